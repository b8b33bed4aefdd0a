package psa_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/psa"
	"github.com/wyre-technology/go-atera/testkit"
)

// at is a UTC time of January 2000 (the 3rd is a Monday).
func at(day, hour, minute int) core.Time {
	return core.Time{Time: time.Date(2000, time.January, day, hour, minute, 0, 0, time.UTC)}
}

// TestTicketWorkHours logs billable and non-billable time and checks every read that follows
// from it: the records, the summary, both durations and the ticket's duration fields.
func TestTicketWorkHours(t *testing.T) {
	srv, p := ticketTenant(t)
	id := openTicket(t, p, "Disk failing")
	onSite := &psa.WorkHoursCreate{StartWorkHour: at(3, 9, 0), EndWorkHour: at(3, 11, 0), TechnicianContactID: 4, Billiable: true,
		OnCustomerSite: true, Description: "Replaced disk", RateID: 2}
	remote := &psa.WorkHoursCreate{StartWorkHour: at(1, 10, 0), EndWorkHour: at(1, 10, 30), TechnicianEmail: "tom.becker@wyre-msp.com"}
	wid, err := p.Tickets.CreateWorkHours(t.Context(), id, onSite)
	if err != nil || wid != 1 {
		t.Fatalf("CreateWorkHours = %d, %v", wid, err)
	}
	r, body := lastRequest(t, srv)
	wantBody := map[string]any{"StartWorkHour": "2000-01-03T09:00:00Z", "EndWorkHour": "2000-01-03T11:00:00Z", "TechnicianContactID": 4.0,
		"Billiable": true, "OnCustomerSite": true, "Description": "Replaced disk", "RateID": 2.0}
	if diff := cmp.Diff(wantBody, body); r.Path != "/api/v3/tickets/1/workhours" || diff != "" {
		t.Fatalf("%s body (-want +got):\n%s", r.Path, diff)
	}
	if _, err := p.Tickets.CreateWorkHours(t.Context(), id, remote); err != nil {
		t.Fatal(err)
	}
	if _, body := lastRequest(t, srv); body["Billiable"] != false || body["OnCustomerSite"] != false {
		t.Fatalf("false flags not sent: %v", body)
	}

	records, err := p.Tickets.ListAllWorkHours(t.Context(), id, nil).Collect()
	if err != nil {
		t.Fatal(err)
	}
	want := []psa.TicketWorkHours{
		{TicketID: 1, WorkHoursID: 1, StartWorkHour: at(3, 9, 0), EndWorkHour: at(3, 11, 0), TechnicianContactID: 4, Billiable: true,
			OnCustomerSite: true, Description: "Replaced disk", TechnicianFullName: "Tom Becker", TechnicianEmail: "tom.becker@wyre-msp.com",
			RateID: 2, RateAmount: 125},
		{TicketID: 1, WorkHoursID: 2, StartWorkHour: at(1, 10, 0), EndWorkHour: at(1, 10, 30), TechnicianContactID: 4,
			TechnicianFullName: "Tom Becker", TechnicianEmail: "tom.becker@wyre-msp.com"},
	}
	if diff := cmp.Diff(want, records); diff != "" {
		t.Fatalf("records (-want +got):\n%s", diff)
	}
	page, err := p.Tickets.ListWorkHours(t.Context(), id, &core.ListOptions{ItemsInPage: 1, Page: 2})
	if err != nil || len(page.Items) != 1 || page.Items[0].WorkHoursID != 2 || page.TotalPages != 2 {
		t.Fatalf("ListWorkHours page 2: %+v, %v", page, err)
	}

	billable := psa.TicketDurations{OnSLADurationHours: 2, OnSiteDurationHours: 2, TotalDurationHours: 2, TicketID: 1}
	nonBillable := psa.TicketDurations{OffSLADurationHours: 0.5, OffSiteDurationHours: 0.5, TotalDurationHours: 0.5, TicketID: 1}
	summary, err := p.Tickets.WorkHoursSummary(t.Context(), id)
	if diff := cmp.Diff(&psa.TicketWorkHoursSummary{TicketID: 1, Billable: billable, NonBillable: nonBillable}, summary); err != nil || diff != "" {
		t.Fatalf("WorkHoursSummary: %v (-want +got):\n%s", err, diff)
	}
	got, err := p.Tickets.BillableDuration(t.Context(), id)
	if diff := cmp.Diff(&billable, got); err != nil || diff != "" {
		t.Fatalf("BillableDuration: %v (-want +got):\n%s", err, diff)
	}
	got, err = p.Tickets.NonBillableDuration(t.Context(), id)
	if diff := cmp.Diff(&nonBillable, got); err != nil || diff != "" {
		t.Fatalf("NonBillableDuration: %v (-want +got):\n%s", err, diff)
	}
	tk, err := p.Tickets.Get(t.Context(), id, nil)
	if err != nil || tk.TotalDurationSeconds != 9000 || tk.TotalDurationMinutes != 150 || tk.OnSiteDurationSeconds != 7200 ||
		tk.OffSiteDurationMinutes != 30 || tk.OnSLADurationMinutes != 120 || tk.OffSLADurationSeconds != 1800 {
		t.Fatalf("ticket durations: %+v, %v", tk, err)
	}

	_, err = p.Tickets.WorkHoursSummary(t.Context(), 9)
	wantNotFound(t, err)
	_, err = p.Tickets.BillableDuration(t.Context(), 9)
	wantNotFound(t, err)
	_, err = p.Tickets.CreateWorkHours(t.Context(), 9, onSite)
	wantNotFound(t, err)
}

// TestTicketWorkHoursRefused checks records refused before sending.
func TestTicketWorkHoursRefused(t *testing.T) {
	for name, w := range map[string]*psa.WorkHoursCreate{
		"nil":           nil,
		"no start":      {EndWorkHour: at(1, 10, 0)},
		"no end":        {StartWorkHour: at(1, 10, 0)},
		"end too early": {StartWorkHour: at(1, 10, 0), EndWorkHour: at(1, 9, 0)},
		"empty":         {StartWorkHour: at(1, 10, 0), EndWorkHour: at(1, 10, 0)},
	} {
		t.Run(name, func(t *testing.T) {
			srv, p := newPSA(t, testkit.WithoutDemoData())
			_, err := p.Tickets.CreateWorkHours(t.Context(), 1, w)
			wantRefused(t, srv, err)
		})
	}
}
