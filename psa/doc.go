// Package psa serves Atera's PSA operations: tickets (with their comments, attachments,
// relations, work hours and billable durations), customers, contacts, departments, the
// knowledge base, work-hours records and the account. Build a client with core.NewClient and
// pass it to New:
//
//	c, err := core.NewClient(apiKey)
//	if err != nil {
//		return err
//	}
//	p := psa.New(c)
//	id, err := p.Tickets.Create(ctx, &psa.TicketCreate{...})
//
// Contacts of one customer are a documented client-side filter over the full contact list,
// since Atera's API has no such route.
package psa
