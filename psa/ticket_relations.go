package psa

import (
	"context"
	"net/http"

	"github.com/wyre-technology/go-atera/core"
)

// TicketRelation links a ticket to another (Atera's AddTicketRelationModel): RelationParent
// makes RelatedTicketId the ticket's parent, RelationChild its child.
type TicketRelation struct {
	RelatedTicketId int64        `json:"RelatedTicketId"`
	RelationType    RelationType `json:"RelationType"`
}

var (
	opTicketsAddRelation    = operations.Declare("Tickets.AddRelation", http.MethodPost, "/tickets/{ticketId}/relations", core.NotRetrySafe)
	opTicketsRemoveRelation = operations.Declare("Tickets.RemoveRelation", http.MethodDelete, "/tickets/{ticketId}/relations/{relationType}", core.RetrySafe)
)

// AddRelation links a ticket to another as its parent or child. It refuses a relation
// without a related ticket, to the ticket itself, or of a type other than RelationParent
// and RelationChild before sending anything. It calls POST /tickets/{ticketId}/relations.
func (s *TicketsService) AddRelation(ctx context.Context, ticketID int64, relation *TicketRelation) error {
	if err := relation.validate(ticketID); err != nil {
		return err
	}
	return core.Exec(ctx, s.client, opTicketsAddRelation, core.Path(ticketID).Body(relation))
}

// RemoveRelation removes a ticket's parent (RelationParent) or child (RelationChild)
// relation. It calls DELETE /tickets/{ticketId}/relations/{relationType}.
func (s *TicketsService) RemoveRelation(ctx context.Context, ticketID int64, relationType RelationType) error {
	if err := checkRelationType(opTicketsRemoveRelation, relationType); err != nil {
		return err
	}
	return core.Exec(ctx, s.client, opTicketsRemoveRelation, core.Path(ticketID, string(relationType)))
}

// validate refuses a relation Atera cannot make.
func (r *TicketRelation) validate(ticketID int64) error {
	if err := present(opTicketsAddRelation, r); err != nil {
		return err
	}
	switch {
	case r.RelatedTicketId <= 0:
		return core.InvalidInput(opTicketsAddRelation, "RelatedTicketId is %d; pass the id of an existing ticket", r.RelatedTicketId)
	case r.RelatedTicketId == ticketID:
		return core.InvalidInput(opTicketsAddRelation, "ticket %d cannot be related to itself; pass another RelatedTicketId", ticketID)
	}
	return checkRelationType(opTicketsAddRelation, r.RelationType)
}

// checkRelationType refuses a relation type other than Parent and Child.
func checkRelationType(op core.Operation, t RelationType) error {
	if t != RelationParent && t != RelationChild {
		return core.InvalidInput(op, "RelationType is %q; use RelationParent or RelationChild", t)
	}
	return nil
}
