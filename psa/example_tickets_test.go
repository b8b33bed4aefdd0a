package psa_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/psa"
	"github.com/wyre-technology/go-atera/testkit"
)

// exampleTicketTenant is one customer and its contact (EndUserID 7).
var exampleTicketTenant = map[string][]any{
	"customers": {map[string]any{"CustomerID": 1, "CustomerName": "Acme", "Domain": "acme.com"}},
	"contacts":  {map[string]any{"EndUserID": 7, "CustomerID": 1, "Firstname": "Ann", "Lastname": "Lee", "Email": "ann@acme.com"}},
}

// Open a ticket for a contact, reply to it, log an hour of billable work, and list the
// customer's open tickets.
func ExampleTicketsService() {
	srv, p := exampleClient(exampleTicketTenant)
	defer srv.Close()
	ctx := context.Background()

	id, err := p.Tickets.Create(ctx, &psa.TicketCreate{
		TicketTitle:    "Printer offline",
		Description:    "The printer on floor 2 shows offline for everyone.",
		TicketPriority: psa.TicketPriorityHigh,
		EndUserID:      7,
	})
	if err != nil {
		log.Fatal(err)
	}
	if err := p.Tickets.CreateComment(ctx, id, psa.TechnicianComment(2, "On my way.", false)); err != nil {
		log.Fatal(err)
	}
	start := time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
	if _, err := p.Tickets.CreateWorkHours(ctx, id, &psa.WorkHoursCreate{
		StartWorkHour: core.Time{Time: start}, EndWorkHour: core.Time{Time: start.Add(time.Hour)},
		TechnicianContactID: 2, Billiable: true, OnCustomerSite: true, Description: "Replaced the fuser",
	}); err != nil {
		log.Fatal(err)
	}
	billable, err := p.Tickets.BillableDuration(ctx, id)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("ticket %d: %.1f billable hours on site\n", id, billable.OnSiteDurationHours)

	for ticket, err := range p.Tickets.ListAll(ctx, &psa.TicketListOptions{CustomerID: 1, TicketStatus: psa.TicketStatusOpen}) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("#%s %s (%s) for %s %s, last reply: %s\n", ticket.TicketNumber, ticket.TicketTitle, ticket.TicketPriority,
			ticket.EndUserFirstName, ticket.EndUserLastName, ticket.LastTechnicianComment)
	}
	// Output:
	// ticket 1: 1.0 billable hours on site
	// #1 Printer offline (High) for Ann Lee, last reply: On my way.
}

// List the work logged in January 2025, on the account's calendar.
func ExampleWorkHoursService() {
	srv, p := exampleClient(exampleTicketTenant)
	defer srv.Close()
	ctx := context.Background()
	if _, err := testkit.Add(srv, "work-hours",
		map[string]any{"TicketID": 1, "StartWorkHour": "2025-01-06T09:00:00Z", "EndWorkHour": "2025-01-06T10:30:00Z", "Billiable": true, "TechnicianFullName": "Marco Alvarez"},
		map[string]any{"TicketID": 2, "StartWorkHour": "2025-02-03T09:00:00Z", "EndWorkHour": "2025-02-03T09:15:00Z", "TechnicianFullName": "Priya Raman"},
	); err != nil {
		log.Fatal(err)
	}
	opts := &psa.WorkHoursListOptions{
		StartWorkHour: psa.AccountDate(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)),
		EndWorkHour:   psa.AccountDate(time.Date(2025, 1, 31, 0, 0, 0, 0, time.UTC)),
	}
	for w, err := range p.WorkHours.ListAll(ctx, opts) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("ticket %d: %s, %v, billable %t\n", w.TicketID, w.TechnicianFullName, w.EndWorkHour.Sub(w.StartWorkHour.Time), w.Billiable)
	}
	// Output:
	// ticket 1: Marco Alvarez, 1h30m0s, billable true
}
