package psa

import "github.com/wyre-technology/go-atera/core"

// Client groups the PSA services. Its fields are safe for concurrent use.
type Client struct {
	// Tickets serves tickets and their comments, work hours, durations, attachments and relations.
	Tickets *TicketsService
	// Customers serves customers, their folders and attachments.
	Customers *CustomersService
	// Contacts serves the end-user contacts of customers.
	Contacts *ContactsService
	// Departments serves the technician departments.
	Departments *DepartmentsService
	// KnowledgeBase serves the knowledge-base articles.
	KnowledgeBase *KnowledgeBaseService
	// WorkHours serves the work-hours records across tickets.
	WorkHours *WorkHoursService
	// Account serves the account the key belongs to.
	Account *AccountService
}

// New returns the PSA services on top of a core client.
func New(c *core.Client) *Client {
	return &Client{
		Tickets:       &TicketsService{client: c},
		Customers:     &CustomersService{client: c},
		Contacts:      &ContactsService{client: c},
		Departments:   &DepartmentsService{client: c},
		KnowledgeBase: &KnowledgeBaseService{client: c},
		WorkHours:     &WorkHoursService{client: c},
		Account:       &AccountService{client: c},
	}
}

// operations is every Atera operation this module declares, for tests and CI.
var operations = core.NewOperationSet("psa")

// Operations returns the Atera operations this module serves.
func Operations() []core.Operation { return operations.All() }
