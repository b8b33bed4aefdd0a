package psa

import (
	"context"
	"net/http"

	"github.com/wyre-technology/go-atera/core"
)

// ContactsService serves Atera's Contacts operations: the end users of the MSP's customers.
type ContactsService struct {
	client *core.Client
}

var (
	opContactsList   = operations.Declare("Contacts.List", http.MethodGet, "/contacts", core.RetrySafe)
	opContactsGet    = operations.Declare("Contacts.Get", http.MethodGet, "/contacts/{contactId}", core.RetrySafe)
	opContactsCreate = operations.Declare("Contacts.Create", http.MethodPost, "/contacts", core.NotRetrySafe)
	opContactsUpdate = operations.Declare("Contacts.Update", http.MethodPut, "/contacts/{contactId}", core.RetrySafe)
	opContactsDelete = operations.Declare("Contacts.Delete", http.MethodDelete, "/contacts/{contactId}", core.RetrySafe)
)

// List returns one page of contacts. It calls GET /contacts.
func (s *ContactsService) List(ctx context.Context, opts *ContactListOptions) (*core.Page[Contact], error) {
	return core.List[Contact](ctx, s.client, opContactsList, core.Path().Query(opts))
}

// ListAll iterates over every contact, page after page. It calls GET /contacts.
func (s *ContactsService) ListAll(ctx context.Context, opts *ContactListOptions) core.Pager[Contact] {
	return core.ListAll[Contact](ctx, s.client, opContactsList, core.Path().Query(opts))
}

// ListByCustomer iterates over the contacts of one customer. Atera has no route for this, so
// it is a client-side filter: it pages through every contact (GET /contacts, with the filters
// of opts) from the first page, whatever opts.Page says, and yields those whose CustomerID is
// customerID.
func (s *ContactsService) ListByCustomer(ctx context.Context, customerID int64, opts *ContactListOptions) core.Pager[Contact] {
	if customerID <= 0 {
		return core.FailPager[Contact](missing(opContactsList, "customerID", "the positive CustomerID of an existing customer"))
	}
	all := ContactListOptions{}
	if opts != nil {
		all = *opts // a copy: the caller's options are never changed
	}
	all.Page = 0
	return s.ListAll(ctx, &all).Filter(func(c Contact) bool { return c.CustomerID == customerID })
}

// Get returns one contact by its EndUserID. It calls GET /contacts/{contactId}.
func (s *ContactsService) Get(ctx context.Context, contactID int64) (*Contact, error) {
	return core.Do[Contact](ctx, s.client, opContactsGet, core.Path(contactID))
}

// Create adds a contact and returns its new EndUserID. Email is required. It calls
// POST /contacts.
func (s *ContactsService) Create(ctx context.Context, c *ContactCreate) (int64, error) {
	if c == nil || blank(c.Email) {
		return 0, missing(opContactsCreate, "Email", "the contact's e-mail address")
	}
	return core.Create(ctx, s.client, opContactsCreate, core.Path().Body(c))
}

// Update changes the fields of a contact that u sets and leaves the others as they are. It
// calls PUT /contacts/{contactId}.
func (s *ContactsService) Update(ctx context.Context, contactID int64, u *ContactUpdate) error {
	if err := present(opContactsUpdate, u); err != nil {
		return err
	}
	return core.Exec(ctx, s.client, opContactsUpdate, core.Path(contactID).Body(u))
}

// Delete removes a contact. It calls DELETE /contacts/{contactId}.
func (s *ContactsService) Delete(ctx context.Context, contactID int64) error {
	return core.Exec(ctx, s.client, opContactsDelete, core.Path(contactID))
}
