package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/psa"
	"github.com/wyre-technology/go-atera/rmm"
)

// ticketFlow opens a ticket for the agent that has been offline longest, comments on it as a
// technician, logs half an hour of work, then lists the open tickets of that customer.
func ticketFlow(ctx context.Context, w io.Writer, p *psa.Client, agents []rmm.Agent, technician int64, now time.Time) error {
	offline := offlineAgents(agents)
	if len(offline) == 0 {
		_, err := fmt.Fprintln(w, "\nNo agent is offline, so no ticket to open.")
		return err
	}
	a := offline[0]
	contact, err := firstContact(ctx, p, a.CustomerID)
	if err != nil {
		return err
	}
	id, err := p.Tickets.Create(ctx, &psa.TicketCreate{
		TicketTitle:    agentName(a) + " is offline",
		Description:    fmt.Sprintf("The Atera agent on %s was last seen %s.", agentName(a), lastSeen(a, now)),
		TicketPriority: psa.TicketPriorityHigh,
		TicketType:     psa.TicketTypeIncident,
		EndUserID:      contact.EndUserID,
	})
	if err != nil {
		return fmt.Errorf("opening the ticket: %w", err)
	}
	fmt.Fprintf(w, "\nOpened ticket %d for %s (%s), end user %s %s.\n", id, agentName(a), a.CustomerName, contact.Firstname, contact.Lastname)
	if err := p.Tickets.CreateComment(ctx, id, psa.TechnicianComment(technician, "Checking the machine remotely; will call the user if it stays offline.", false)); err != nil {
		return fmt.Errorf("commenting on ticket %d: %w", id, err)
	}
	start := now.Add(-30 * time.Minute)
	if _, err := p.Tickets.CreateWorkHours(ctx, id, &psa.WorkHoursCreate{
		StartWorkHour: core.Time{Time: start}, EndWorkHour: core.Time{Time: now},
		TechnicianContactID: technician, Billiable: true, Description: "Remote diagnosis",
	}); err != nil {
		return fmt.Errorf("logging time on ticket %d: %w", id, err)
	}
	fmt.Fprintln(w, "Commented on it and logged 30 minutes of billable work.")
	return openTickets(ctx, w, p, a)
}

// firstContact returns a contact of the customer to raise the ticket for.
func firstContact(ctx context.Context, p *psa.Client, customerID int64) (psa.Contact, error) {
	for c, err := range p.Contacts.ListByCustomer(ctx, customerID, nil) {
		if err != nil {
			return psa.Contact{}, fmt.Errorf("finding a contact: %w", err)
		}
		return c, nil
	}
	return psa.Contact{}, fmt.Errorf("customer %d has no contact to raise a ticket for; add one in Atera", customerID)
}

// openTickets lists the open tickets of the agent's customer.
func openTickets(ctx context.Context, w io.Writer, p *psa.Client, a rmm.Agent) error {
	opts := &psa.TicketListOptions{CustomerID: a.CustomerID, TicketStatus: psa.TicketStatusOpen}
	tickets, err := p.Tickets.ListAll(ctx, opts).Collect()
	if err != nil {
		return fmt.Errorf("listing open tickets: %w", err)
	}
	fmt.Fprintf(w, "\nOpen tickets of %s (%d)\n\n", a.CustomerName, len(tickets))
	for _, t := range tickets {
		fmt.Fprintf(w, "  #%-6d %-8s %s\n", t.TicketID, t.TicketPriority, t.TicketTitle)
	}
	return nil
}
