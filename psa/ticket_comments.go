package psa

import (
	"context"
	"net/http"

	"github.com/wyre-technology/go-atera/core"
)

// TicketComment is one comment of a ticket (Atera's TicketCommentDto): written by the end user
// (EndUserID set) or by a technician (TechnicianContactID set, IsInternal for internal notes).
type TicketComment struct {
	Date                core.Time `json:"Date"`
	Comment             string    `json:"Comment"`
	CommentHtml         string    `json:"CommentHtml"`
	EndUserID           int64     `json:"EndUserID"`
	TechnicianContactID int64     `json:"TechnicianContactID"`
	Email               string    `json:"Email"`
	FirstName           string    `json:"FirstName"`
	LastName            string    `json:"LastName"`
	IsInternal          bool      `json:"IsInternal"`
}

// TicketCommentCreate is a new comment (Atera's AddCommentToTicketModel). Exactly one author
// is set: TechnicianCommentDetails for a technician's reply or internal note, or
// EnduserCommentDetails for the end user's message. Build it with TechnicianComment or
// EndUserComment.
type TicketCommentCreate struct {
	CommentText string `json:"CommentText"`
	// CommentTimestampUTC dates the comment; zero lets Atera use the time it arrives.
	CommentTimestampUTC      core.Time                 `json:"CommentTimestampUTC,omitzero"`
	TechnicianCommentDetails *TechnicianCommentDetails `json:"TechnicianCommentDetails,omitempty"`
	EnduserCommentDetails    *EnduserCommentDetails    `json:"EnduserCommentDetails,omitempty"`
}

// TechnicianCommentDetails names the technician writing a comment (Atera's
// TechnicianCommentDetails): TechnicianId, or TechnicianEmail. IsInternal hides the comment
// from the end user.
type TechnicianCommentDetails struct {
	TechnicianId    int64  `json:"TechnicianId,omitempty"`
	IsInternal      bool   `json:"IsInternal"`
	TechnicianEmail string `json:"TechnicianEmail,omitempty"`
}

// EnduserCommentDetails names the end-user contact writing a comment (Atera's
// EnduserCommentDetails).
type EnduserCommentDetails struct {
	EnduserId int64 `json:"EnduserId"`
}

// TechnicianComment is a comment by the technician with that contact id; internal makes it
// a note the end user does not see.
func TechnicianComment(technicianID int64, text string, internal bool) *TicketCommentCreate {
	return &TicketCommentCreate{
		CommentText:              text,
		TechnicianCommentDetails: &TechnicianCommentDetails{TechnicianId: technicianID, IsInternal: internal},
	}
}

// EndUserComment is a comment by the end-user contact with that id.
func EndUserComment(endUserID int64, text string) *TicketCommentCreate {
	return &TicketCommentCreate{CommentText: text, EnduserCommentDetails: &EnduserCommentDetails{EnduserId: endUserID}}
}

// validate refuses a comment without text or without exactly one valid author.
func (c *TicketCommentCreate) validate() error {
	if err := present(opTicketsCreateComment, c); err != nil {
		return err
	}
	tech, user := c.TechnicianCommentDetails, c.EnduserCommentDetails
	switch {
	case blank(c.CommentText):
		return core.InvalidInput(opTicketsCreateComment, "CommentText is empty; write the comment")
	case (tech == nil) == (user == nil):
		return core.InvalidInput(opTicketsCreateComment, "set exactly one of TechnicianCommentDetails and EnduserCommentDetails (use TechnicianComment or EndUserComment)")
	case tech != nil && tech.TechnicianId <= 0 && blank(tech.TechnicianEmail):
		return core.InvalidInput(opTicketsCreateComment, "TechnicianCommentDetails names no technician; set TechnicianId or TechnicianEmail")
	case user != nil && user.EnduserId <= 0:
		return core.InvalidInput(opTicketsCreateComment, "EnduserCommentDetails.EnduserId is %d; pass the id of an existing contact", user.EnduserId)
	}
	return nil
}

var (
	opTicketsListComments  = operations.Declare("Tickets.ListComments", http.MethodGet, "/tickets/{ticketId}/comments", core.RetrySafe)
	opTicketsCreateComment = operations.Declare("Tickets.CreateComment", http.MethodPost, "/tickets/{ticketId}/comments", core.NotRetrySafe)
)

// ListComments returns one page of a ticket's comments, oldest first. It calls
// GET /tickets/{ticketId}/comments.
func (s *TicketsService) ListComments(ctx context.Context, ticketID int64, opts *core.ListOptions) (*core.Page[TicketComment], error) {
	return core.List[TicketComment](ctx, s.client, opTicketsListComments, core.Path(ticketID).Query(opts))
}

// ListAllComments iterates over every comment of a ticket. It calls
// GET /tickets/{ticketId}/comments.
func (s *TicketsService) ListAllComments(ctx context.Context, ticketID int64, opts *core.ListOptions) core.Pager[TicketComment] {
	return core.ListAll[TicketComment](ctx, s.client, opTicketsListComments, core.Path(ticketID).Query(opts))
}

// CreateComment adds a comment to a ticket. Atera may answer 200 with an ActionID or a bare
// 201, and no operation reads a comment by id, so it returns only the error. It refuses a
// comment without text or without exactly one author before sending anything. It calls
// POST /tickets/{ticketId}/comments.
func (s *TicketsService) CreateComment(ctx context.Context, ticketID int64, comment *TicketCommentCreate) error {
	if err := comment.validate(); err != nil {
		return err
	}
	return core.Exec(ctx, s.client, opTicketsCreateComment, core.Path(ticketID).Body(comment))
}
