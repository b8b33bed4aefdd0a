package psa_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/psa"
	"github.com/wyre-technology/go-atera/testkit"
)

// ticketTenant starts an empty fake Atera with one customer (1, Acme) and its contact Ann Lee
// (EndUserID 7).
func ticketTenant(t *testing.T) (*testkit.Server, *psa.Client) {
	t.Helper()
	srv, p := newPSA(t, testkit.WithoutDemoData())
	seed(t, srv, "customers", map[string]any{"CustomerID": 1, "CustomerName": "Acme", "BusinessNumber": "81-1", "Domain": "acme.com"})
	seed(t, srv, "contacts", map[string]any{"EndUserID": 7, "CustomerID": 1, "CustomerName": "Acme", "Firstname": "Ann",
		"Lastname": "Lee", "Email": "ann@acme.com", "Phone": "+1 555 0100"})
	return srv, p
}

// openTicket creates a ticket for Ann Lee and returns its id.
func openTicket(t *testing.T, p *psa.Client, title string) int64 {
	t.Helper()
	id, err := p.Tickets.Create(t.Context(), &psa.TicketCreate{TicketTitle: title, Description: title + ", please help", EndUserID: 7})
	if err != nil {
		t.Fatalf("Create %q: %v", title, err)
	}
	return id
}

// ticketIDs are the TicketIDs of tickets, in order.
func ticketIDs(tickets []psa.Ticket) []int64 {
	ids := make([]int64, len(tickets))
	for i, tk := range tickets {
		ids[i] = tk.TicketID
	}
	return ids
}

// wantValidation fails the test unless err is a *core.ValidationError naming field.
func wantValidation(t *testing.T, err error, field string) {
	t.Helper()
	var ve *core.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("err = %v, want a *core.ValidationError", err)
	}
	if !slices.ContainsFunc(ve.Errors, func(fe core.FieldError) bool { return fe.Field == field }) {
		t.Fatalf("field errors %v, want one for %s", ve.Errors, field)
	}
}

// seedTickets stores n simple open tickets of customer 1, ids 1 to n.
func seedTickets(t *testing.T, srv *testkit.Server, n int) {
	t.Helper()
	for i := 1; i <= n; i++ {
		seed(t, srv, "tickets", map[string]any{"TicketID": i, "TicketTitle": "ticket", "TicketStatus": "Open", "CustomerID": 1,
			"TicketCreatedDate": "1999-12-01T00:00:00Z"})
	}
}
