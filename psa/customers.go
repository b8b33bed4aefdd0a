package psa

import (
	"context"
	"net/http"

	"github.com/wyre-technology/go-atera/core"
)

// CustomersService serves Atera's Customers operations: the customers of the MSP, their
// agent folders and their file attachments.
type CustomersService struct {
	client *core.Client
}

var (
	opCustomersList             = operations.Declare("Customers.List", http.MethodGet, "/customers", core.RetrySafe)
	opCustomersGet              = operations.Declare("Customers.Get", http.MethodGet, "/customers/{customerId}", core.RetrySafe)
	opCustomersCreate           = operations.Declare("Customers.Create", http.MethodPost, "/customers", core.NotRetrySafe)
	opCustomersUpdate           = operations.Declare("Customers.Update", http.MethodPut, "/customers/{customerId}", core.RetrySafe)
	opCustomersDelete           = operations.Declare("Customers.Delete", http.MethodDelete, "/customers/{customerId}", core.RetrySafe)
	opCustomersCreateFolder     = operations.Declare("Customers.CreateFolder", http.MethodPost, "/customers/folders", core.NotRetrySafe)
	opCustomersCreateAttachment = operations.Declare("Customers.CreateAttachment", http.MethodPost, "/customers/attachments", core.NotRetrySafe)
)

// List returns one page of customers. It calls GET /customers.
func (s *CustomersService) List(ctx context.Context, opts *CustomerListOptions) (*core.Page[Customer], error) {
	return core.List[Customer](ctx, s.client, opCustomersList, core.Path().Query(opts))
}

// ListAll iterates over every customer, page after page. It calls GET /customers.
func (s *CustomersService) ListAll(ctx context.Context, opts *CustomerListOptions) core.Pager[Customer] {
	return core.ListAll[Customer](ctx, s.client, opCustomersList, core.Path().Query(opts))
}

// Get returns one customer by its CustomerID. It calls GET /customers/{customerId}.
func (s *CustomersService) Get(ctx context.Context, customerID int64) (*Customer, error) {
	return core.Do[Customer](ctx, s.client, opCustomersGet, core.Path(customerID))
}

// Create adds a customer and returns its new CustomerID. CustomerName is required. It calls
// POST /customers.
func (s *CustomersService) Create(ctx context.Context, c *CustomerCreate) (int64, error) {
	if c == nil || blank(c.CustomerName) {
		return 0, missing(opCustomersCreate, "CustomerName", "the customer's company name")
	}
	return core.Create(ctx, s.client, opCustomersCreate, core.Path().Body(c))
}

// Update changes the fields of a customer that u sets and leaves the others as they are. It
// calls PUT /customers/{customerId}.
func (s *CustomersService) Update(ctx context.Context, customerID int64, u *CustomerUpdate) error {
	if err := present(opCustomersUpdate, u); err != nil {
		return err
	}
	return core.Exec(ctx, s.client, opCustomersUpdate, core.Path(customerID).Body(u))
}

// Delete removes a customer. It calls DELETE /customers/{customerId}.
func (s *CustomersService) Delete(ctx context.Context, customerID int64) error {
	return core.Exec(ctx, s.client, opCustomersDelete, core.Path(customerID))
}

// CreateFolder adds an agent folder to a customer and returns the new folder's id. Name and
// CustomerId are required. It calls POST /customers/folders.
func (s *CustomersService) CreateFolder(ctx context.Context, f *CustomerFolderCreate) (int64, error) {
	if err := f.check(); err != nil {
		return 0, err
	}
	return core.Create(ctx, s.client, opCustomersCreateFolder, core.Path().Body(f))
}

// CreateAttachment uploads a file to a customer and returns the new attachment's id.
// CustomerId, Name and ContentBased64 are required. It calls POST /customers/attachments.
func (s *CustomersService) CreateAttachment(ctx context.Context, a *CustomerAttachmentCreate) (int64, error) {
	if err := a.check(); err != nil {
		return 0, err
	}
	return core.Create(ctx, s.client, opCustomersCreateAttachment, core.Path().Body(a))
}
