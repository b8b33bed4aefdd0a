package psa

import "github.com/wyre-technology/go-atera/core"

// Contact is an end user of a customer (Atera's ContactDto). Field names follow Atera's JSON
// exactly, including its spelling Firstname and Lastname.
type Contact struct {
	EndUserID       int64     `json:"EndUserID"`
	CustomerID      int64     `json:"CustomerID"`
	CustomerName    string    `json:"CustomerName"`
	Firstname       string    `json:"Firstname"`
	Lastname        string    `json:"Lastname"`
	JobTitle        string    `json:"JobTitle"`
	Email           string    `json:"Email"`
	Phone           string    `json:"Phone"`
	MobilePhone     string    `json:"MobilePhone"`
	IsContactPerson bool      `json:"IsContactPerson"`
	InIgnoreMode    bool      `json:"InIgnoreMode"`
	CreatedOn       core.Time `json:"CreatedOn"`
	LastModified    core.Time `json:"LastModified"`
	Archived        bool      `json:"Archived"`
	DepartmentID    int64     `json:"DepartmentID"`
	DepartmentName  string    `json:"DepartmentName"`
	DefaultAgentId  int64     `json:"DefaultAgentId"`
}

// ContactCreate is a new contact (Atera's CreateContactRequest). Email is required; the other
// fields are sent only when set. Name the customer by CustomerID or CustomerName.
type ContactCreate struct {
	Email           string     `json:"Email"`
	CustomerID      int64      `json:"CustomerID,omitempty"`
	CustomerName    string     `json:"CustomerName,omitempty"`
	Firstname       string     `json:"Firstname,omitempty"`
	Lastname        string     `json:"Lastname,omitempty"`
	JobTitle        string     `json:"JobTitle,omitempty"`
	Phone           string     `json:"Phone,omitempty"`
	MobilePhone     string     `json:"MobilePhone,omitempty"`
	IsContactPerson bool       `json:"IsContactPerson,omitempty"`
	InIgnoreMode    bool       `json:"InIgnoreMode,omitempty"`
	CreatedOn       *core.Time `json:"CreatedOn,omitempty"`
	DepartmentID    int64      `json:"DepartmentID,omitempty"`
	DepartmentName  string     `json:"DepartmentName,omitempty"`
	DefaultAgentId  int64      `json:"DefaultAgentId,omitempty"`
}

// ContactUpdate changes a contact (Atera's UpdateContactRequest). Only the fields set
// (non-nil) are sent. Atera does not let an update change a contact's Email.
type ContactUpdate struct {
	Firstname       *string `json:"Firstname,omitempty"`
	Lastname        *string `json:"Lastname,omitempty"`
	JobTitle        *string `json:"JobTitle,omitempty"`
	Phone           *string `json:"Phone,omitempty"`
	MobilePhone     *string `json:"MobilePhone,omitempty"`
	IsContactPerson *bool   `json:"IsContactPerson,omitempty"`
	InIgnoreMode    *bool   `json:"InIgnoreMode,omitempty"`
	Archived        *bool   `json:"Archived,omitempty"`
	CustomerID      *int64  `json:"CustomerID,omitempty"`
	CustomerName    *string `json:"CustomerName,omitempty"`
	DepartmentID    *int64  `json:"DepartmentID,omitempty"`
	DepartmentName  *string `json:"DepartmentName,omitempty"`
	DefaultAgentId  *int64  `json:"DefaultAgentId,omitempty"`
}

// ContactSortBy is the order of a contact list (Atera's ContactSortBy).
type ContactSortBy string

// The orders Atera offers for contacts.
const (
	// ContactSortByCreation lists contacts by EndUserID, Atera's default.
	ContactSortByCreation ContactSortBy = "Creation"
	// ContactSortByLastModified lists contacts by their LastModified time.
	ContactSortByLastModified ContactSortBy = "LastModified"
)

// ContactListOptions selects and orders a page of contacts. Atera filters by Email and Phone
// itself; to list one customer's contacts, use ListByCustomer.
type ContactListOptions struct {
	core.ListOptions
	// Email keeps the contacts with this e-mail address.
	Email string `url:"Email,omitempty"`
	// Phone keeps the contacts with this phone number.
	Phone string `url:"Phone,omitempty"`
	// FromLastModifiedDate keeps the contacts modified on or after this time, read in the
	// account's time zone. Build it with AccountDate or AccountDateTime.
	FromLastModifiedDate AccountTime `url:"FromLastModifiedDate,omitempty"`
	// SortBy orders the list; empty leaves Atera's default (creation order).
	SortBy ContactSortBy `url:"SortBy,omitempty"`
}

// Validate reports paging or a FromLastModifiedDate Atera would refuse.
func (o ContactListOptions) Validate() error {
	return validateList(o.ListOptions, o.FromLastModifiedDate)
}
