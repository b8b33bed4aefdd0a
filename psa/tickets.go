package psa

import (
	"context"
	"net/http"
	"time"

	"github.com/wyre-technology/go-atera/core"
)

// TicketsService serves Atera's Tickets operations: tickets and their comments, work hours,
// durations, attachments and relations.
type TicketsService struct {
	client *core.Client
}

// TicketListOptions selects a page of tickets, filtered as Atera filters them.
type TicketListOptions struct {
	core.ListOptions
	// CustomerID keeps the tickets of one customer.
	CustomerID int64 `url:"customerId,omitempty"`
	// TicketStatus keeps the tickets with that status (built-in or custom).
	TicketStatus TicketStatus `url:"ticketStatus,omitempty"`
	// IncludeRelations fills RelationType and RelatedTicketId.
	IncludeRelations bool `url:"includeRelations,omitempty"`
}

// TicketStatusModifiedOptions selects a page of the resolved and closed tickets.
type TicketStatusModifiedOptions struct {
	core.ListOptions
	// IncludeComments chooses whether FirstComment, LastEndUserComment and
	// LastTechnicianComment are filled; nil leaves Atera's default (true).
	IncludeComments *bool `url:"includeComments,omitempty"`
	// IncludeRelations fills RelationType and RelatedTicketId.
	IncludeRelations bool `url:"includeRelations,omitempty"`
}

// TicketLastModifiedOptions selects a page of the recently modified tickets.
type TicketLastModifiedOptions struct {
	core.ListOptions
	// IncludeComments fills the ticket's last comments (Atera's default is not to).
	IncludeComments bool `url:"includeComments,omitempty"`
	// IncludeRelations fills RelationType and RelatedTicketId.
	IncludeRelations bool `url:"includeRelations,omitempty"`
}

// lastModifiedQuery is the query of GET /tickets/lastmodified: the options and the date.
type lastModifiedQuery struct {
	TicketLastModifiedOptions
	Date time.Time `url:"date,omitempty"`
}

// TicketGetOptions tunes Get; nil asks for the ticket alone.
type TicketGetOptions struct {
	// IncludeRelations fills RelationType and RelatedTicketId.
	IncludeRelations bool `url:"includeRelations,omitempty"`
}

var (
	opTicketsList                = operations.Declare("Tickets.List", http.MethodGet, "/tickets", core.RetrySafe)
	opTicketsCreate              = operations.Declare("Tickets.Create", http.MethodPost, "/tickets", core.NotRetrySafe)
	opTicketsGet                 = operations.Declare("Tickets.Get", http.MethodGet, "/tickets/{ticketId}", core.RetrySafe)
	opTicketsUpdate              = operations.Declare("Tickets.Update", http.MethodPut, "/tickets/{ticketId}", core.RetrySafe)
	opTicketsDelete              = operations.Declare("Tickets.Delete", http.MethodDelete, "/tickets/{ticketId}", core.RetrySafe)
	opTicketsListStatusModified  = operations.Declare("Tickets.ListStatusModified", http.MethodGet, "/tickets/statusmodified", core.RetrySafe)
	opTicketsListLastModified    = operations.Declare("Tickets.ListLastModified", http.MethodGet, "/tickets/lastmodified", core.RetrySafe)
	opTicketsListWithoutComments = operations.Declare("Tickets.ListWithoutComments", http.MethodGet, "/tickets/noComments", core.RetrySafe)
	opTicketsListAttachments     = operations.Declare("Tickets.ListAttachments", http.MethodGet, "/tickets/{ticketId}/attachments", core.RetrySafe)
)

// List returns one page of tickets. It calls GET /tickets.
func (s *TicketsService) List(ctx context.Context, opts *TicketListOptions) (*core.Page[Ticket], error) {
	return core.List[Ticket](ctx, s.client, opTicketsList, core.Path().Query(opts))
}

// ListAll iterates over every ticket the options select, page after page. It calls
// GET /tickets.
func (s *TicketsService) ListAll(ctx context.Context, opts *TicketListOptions) core.Pager[Ticket] {
	return core.ListAll[Ticket](ctx, s.client, opTicketsList, core.Path().Query(opts))
}

// Get returns one ticket by its TicketID; opts may ask for its relation too. It calls
// GET /tickets/{ticketId}.
func (s *TicketsService) Get(ctx context.Context, ticketID int64, opts *TicketGetOptions) (*Ticket, error) {
	return core.Do[Ticket](ctx, s.client, opTicketsGet, core.Path(ticketID).Query(opts))
}

// Create opens a ticket and returns its TicketID. It refuses a ticket without title,
// description or end user before sending anything. It calls POST /tickets.
func (s *TicketsService) Create(ctx context.Context, ticket *TicketCreate) (int64, error) {
	if err := ticket.validate(); err != nil {
		return 0, err
	}
	return core.Create(ctx, s.client, opTicketsCreate, core.Path().Body(ticket))
}

// Update changes the fields of a ticket that update sets. It calls PUT /tickets/{ticketId}.
func (s *TicketsService) Update(ctx context.Context, ticketID int64, update *TicketUpdate) error {
	if err := present(opTicketsUpdate, update); err != nil {
		return err
	}
	return core.Exec(ctx, s.client, opTicketsUpdate, core.Path(ticketID).Body(update))
}

// Delete removes a ticket. It calls DELETE /tickets/{ticketId}.
func (s *TicketsService) Delete(ctx context.Context, ticketID int64) error {
	return core.Exec(ctx, s.client, opTicketsDelete, core.Path(ticketID))
}

// ListStatusModified returns one page of the resolved and closed tickets, the most recent
// status change first. It calls GET /tickets/statusmodified.
func (s *TicketsService) ListStatusModified(ctx context.Context, opts *TicketStatusModifiedOptions) (*core.Page[Ticket], error) {
	return core.List[Ticket](ctx, s.client, opTicketsListStatusModified, core.Path().Query(opts))
}

// ListAllStatusModified iterates over the resolved and closed tickets. It calls
// GET /tickets/statusmodified.
func (s *TicketsService) ListAllStatusModified(ctx context.Context, opts *TicketStatusModifiedOptions) core.Pager[Ticket] {
	return core.ListAll[Ticket](ctx, s.client, opTicketsListStatusModified, core.Path().Query(opts))
}

// ListLastModified returns one page of the tickets modified since the given time, which is
// sent in UTC whatever its zone; the zero time leaves Atera's default (today). It calls
// GET /tickets/lastmodified.
func (s *TicketsService) ListLastModified(ctx context.Context, since time.Time, opts *TicketLastModifiedOptions) (*core.Page[Ticket], error) {
	return core.List[Ticket](ctx, s.client, opTicketsListLastModified, core.Path().Query(lastModified(since, opts)))
}

// ListAllLastModified iterates over the tickets modified since the given time (sent in UTC;
// zero means today). It calls GET /tickets/lastmodified.
func (s *TicketsService) ListAllLastModified(ctx context.Context, since time.Time, opts *TicketLastModifiedOptions) core.Pager[Ticket] {
	return core.ListAll[Ticket](ctx, s.client, opTicketsListLastModified, core.Path().Query(lastModified(since, opts)))
}

// lastModified builds the query of GET /tickets/lastmodified without changing opts.
func lastModified(since time.Time, opts *TicketLastModifiedOptions) lastModifiedQuery {
	q := lastModifiedQuery{Date: since}
	if opts != nil {
		q.TicketLastModifiedOptions = *opts
	}
	return q
}

// ListWithoutComments returns one page of the tickets that have no comments. It calls
// GET /tickets/noComments.
func (s *TicketsService) ListWithoutComments(ctx context.Context, opts *TicketListOptions) (*core.Page[Ticket], error) {
	return core.List[Ticket](ctx, s.client, opTicketsListWithoutComments, core.Path().Query(opts))
}

// ListAllWithoutComments iterates over the tickets that have no comments. It calls
// GET /tickets/noComments.
func (s *TicketsService) ListAllWithoutComments(ctx context.Context, opts *TicketListOptions) core.Pager[Ticket] {
	return core.ListAll[Ticket](ctx, s.client, opTicketsListWithoutComments, core.Path().Query(opts))
}

// ListAttachments returns the URLs of a ticket's attachments. It calls
// GET /tickets/{ticketId}/attachments.
func (s *TicketsService) ListAttachments(ctx context.Context, ticketID int64) ([]string, error) {
	urls, err := core.Do[[]string](ctx, s.client, opTicketsListAttachments, core.Path(ticketID))
	if err != nil {
		return nil, err
	}
	return *urls, nil
}
