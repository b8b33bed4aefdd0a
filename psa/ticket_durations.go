package psa

import (
	"context"
	"net/http"
	"slices"

	"github.com/wyre-technology/go-atera/core"
)

// TicketDurations is the time logged on a ticket, in hours (Atera's TicketDurationsDto;
// ticketId is spelled as Atera spells it).
type TicketDurations struct {
	OffSLADurationHours  float64 `json:"OffSLADurationHours"`
	OffSiteDurationHours float64 `json:"OffSiteDurationHours"`
	OnSLADurationHours   float64 `json:"OnSLADurationHours"`
	OnSiteDurationHours  float64 `json:"OnSiteDurationHours"`
	TotalDurationHours   float64 `json:"TotalDurationHours"`
	TicketID             int64   `json:"ticketId"`
}

// TicketSiteDurations is a ticket's billable time on and off the customer's site, in seconds
// (Atera's TicketWorkHoursSiteDurationSummaryDto).
type TicketSiteDurations struct {
	TicketID               int64 `json:"TicketID"`
	TotalDurationSeconds   int   `json:"TotalDurationSeconds"`
	OnSiteDurationSeconds  int   `json:"OnSiteDurationSeconds"`
	OffSiteDurationSeconds int   `json:"OffSiteDurationSeconds"`
}

// siteDurationsAnswer is Atera's TicketsWorkHoursSiteDurationSummaryDto.
type siteDurationsAnswer struct {
	TicketsWorkHoursSiteDurationSummaries []TicketSiteDurations `json:"TicketsWorkHoursSiteDurationSummaries"`
}

// MaxDurationTicketIDs is the most ticket ids Atera takes in one bulk-duration request;
// BillableDurations and BillableSiteDurations send longer lists in chunks of this size.
const MaxDurationTicketIDs = 50

var (
	opTicketsBillableDuration      = operations.Declare("Tickets.BillableDuration", http.MethodGet, "/tickets/{ticketId}/billableduration", core.RetrySafe)
	opTicketsNonBillableDuration   = operations.Declare("Tickets.NonBillableDuration", http.MethodGet, "/tickets/{ticketId}/nonbillableduration", core.RetrySafe)
	opTicketsBillableDurations     = operations.Declare("Tickets.BillableDurations", http.MethodPost, "/tickets/billableduration", core.RetrySafe)
	opTicketsBillableSiteDurations = operations.Declare("Tickets.BillableSiteDurations", http.MethodPost, "/tickets/billableworkhourssiteduration", core.RetrySafe)
)

// BillableDuration returns a ticket's billable time. It calls
// GET /tickets/{ticketId}/billableduration.
func (s *TicketsService) BillableDuration(ctx context.Context, ticketID int64) (*TicketDurations, error) {
	return core.Do[TicketDurations](ctx, s.client, opTicketsBillableDuration, core.Path(ticketID))
}

// NonBillableDuration returns a ticket's non-billable time. It calls
// GET /tickets/{ticketId}/nonbillableduration.
func (s *TicketsService) NonBillableDuration(ctx context.Context, ticketID int64) (*TicketDurations, error) {
	return core.Do[TicketDurations](ctx, s.client, opTicketsNonBillableDuration, core.Path(ticketID))
}

// BillableDurations returns the billable time of any number of tickets, in Atera's order.
// It sends the ids in chunks of MaxDurationTicketIDs, one request each, in order, and
// nothing for no ids. It calls POST /tickets/billableduration.
func (s *TicketsService) BillableDurations(ctx context.Context, ticketIDs ...int64) ([]TicketDurations, error) {
	return inChunks(opTicketsBillableDurations, ticketIDs, func(chunk []int64) ([]TicketDurations, error) {
		page, err := core.Do[[]TicketDurations](ctx, s.client, opTicketsBillableDurations, core.Path().Body(chunk))
		if err != nil {
			return nil, err
		}
		return *page, nil
	})
}

// BillableSiteDurations returns the billable time on and off site of any number of tickets.
// It sends the ids in chunks of MaxDurationTicketIDs, one request each, in order, and
// nothing for no ids. It calls POST /tickets/billableworkhourssiteduration.
func (s *TicketsService) BillableSiteDurations(ctx context.Context, ticketIDs ...int64) ([]TicketSiteDurations, error) {
	return inChunks(opTicketsBillableSiteDurations, ticketIDs, func(chunk []int64) ([]TicketSiteDurations, error) {
		answer, err := core.Do[siteDurationsAnswer](ctx, s.client, opTicketsBillableSiteDurations, core.Path().Body(chunk))
		if err != nil {
			return nil, err
		}
		return answer.TicketsWorkHoursSiteDurationSummaries, nil
	})
}

// inChunks refuses ids that are not positive, then fetches the ids chunk by chunk, in order,
// and concatenates the answers. An error stops it and returns what came before.
func inChunks[T any](op core.Operation, ids []int64, fetch func([]int64) ([]T, error)) ([]T, error) {
	for i, id := range ids {
		if id <= 0 {
			return nil, core.InvalidInput(op, "ticket id %d (at index %d) is not positive; pass ids of existing tickets", id, i)
		}
	}
	out := []T{}
	for chunk := range slices.Chunk(ids, MaxDurationTicketIDs) {
		items, err := fetch(chunk)
		if err != nil {
			return out, err
		}
		out = append(out, items...)
	}
	return out, nil
}
