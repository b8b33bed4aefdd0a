package psa

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/wyre-technology/go-atera/core"
)

// WorkHoursService serves Atera's WorkHours operations: the work-hours records of every ticket.
type WorkHoursService struct {
	client *core.Client
}

// WorkhourRecord is one work-hours record (Atera's WorkhourRecordDto): a ticket's record with
// the ticket's customer and end user. RateID and RateAmount are filled only when the list
// asked for rates.
type WorkhourRecord struct {
	TicketWorkHours
	CustomerID int64 `json:"CustomerID"`
	EndUserID  int64 `json:"EndUserID"`
}

// WorkHoursListOptions selects a page of work-hours records.
type WorkHoursListOptions struct {
	core.ListOptions
	// StartWorkHour keeps records that start on or after it, read in the account's time zone.
	StartWorkHour AccountTime `url:"startWorkhour,omitempty"`
	// EndWorkHour keeps records that end on or before it, read in the account's time zone.
	EndWorkHour AccountTime `url:"endWorkhour,omitempty"`
	// IncludeRates fills RateID and RateAmount.
	IncludeRates bool `url:"includeRates,omitempty"`
}

// Validate refuses a page Atera would refuse and a date bound in another form than
// yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss.
func (o WorkHoursListOptions) Validate() error {
	if err := o.ListOptions.Validate(); err != nil {
		return err
	}
	if err := checkAccountTime("StartWorkHour", o.StartWorkHour); err != nil {
		return err
	}
	return checkAccountTime("EndWorkHour", o.EndWorkHour)
}

// checkAccountTime refuses a non-empty bound that is not yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss.
func checkAccountTime(name string, v AccountTime) error {
	for _, layout := range []string{time.DateOnly, accountDateTime} {
		if _, err := time.Parse(layout, string(v)); v == "" || err == nil {
			return nil
		}
	}
	return fmt.Errorf("%s %q is not yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss without offset; build it with psa.AccountDate or psa.AccountDateTime", name, string(v))
}

var opWorkHoursList = operations.Declare("WorkHours.List", http.MethodGet, "/workhours", core.RetrySafe)

// List returns one page of work-hours records. It calls GET /workhours.
func (s *WorkHoursService) List(ctx context.Context, opts *WorkHoursListOptions) (*core.Page[WorkhourRecord], error) {
	return core.List[WorkhourRecord](ctx, s.client, opWorkHoursList, core.Path().Query(opts))
}

// ListAll iterates over every work-hours record the options select. It calls GET /workhours.
func (s *WorkHoursService) ListAll(ctx context.Context, opts *WorkHoursListOptions) core.Pager[WorkhourRecord] {
	return core.ListAll[WorkhourRecord](ctx, s.client, opWorkHoursList, core.Path().Query(opts))
}
