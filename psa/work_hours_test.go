package psa_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/psa"
	"github.com/wyre-technology/go-atera/testkit"
)

// workRecord is a stored work-hours record of ticket 1, starting at start for an hour.
func workRecord(id int, start string) map[string]any {
	s, _ := time.Parse("2006-01-02T15:04", start)
	return map[string]any{"WorkHoursID": id, "TicketID": 1, "CustomerID": 1, "EndUserID": 7, "StartWorkHour": s.Format(time.RFC3339),
		"EndWorkHour": s.Add(time.Hour).Format(time.RFC3339), "TechnicianContactID": 2, "Billiable": true, "OnCustomerSite": false,
		"Description": "work", "TechnicianFullName": "Marco Alvarez", "TechnicianEmail": "marco.alvarez@wyre-msp.com", "RateID": 1, "RateAmount": 95}
}

// TestWorkHoursList checks the date filters on the wire, in the account's wall-clock form,
// and the records they keep, with and without rates.
func TestWorkHoursList(t *testing.T) {
	srv, p := newPSA(t, testkit.WithoutDemoData())
	seed(t, srv, "work-hours", workRecord(1, "2025-01-01T07:00"), workRecord(2, "2025-01-01T09:00"),
		workRecord(3, "2025-01-31T15:00"), workRecord(4, "2025-01-31T16:30"), workRecord(5, "2025-02-01T08:00"))
	berlin := time.FixedZone("CET", 3600)
	opts := &psa.WorkHoursListOptions{
		StartWorkHour: psa.AccountDateTime(time.Date(2025, 1, 1, 8, 30, 0, 0, berlin)),
		EndWorkHour:   psa.AccountDateTime(time.Date(2025, 1, 31, 17, 0, 0, 0, berlin)),
		IncludeRates:  true,
	}
	page, err := p.WorkHours.List(t.Context(), opts)
	if err != nil {
		t.Fatal(err)
	}
	want := []psa.WorkhourRecord{{CustomerID: 1, EndUserID: 7, TicketWorkHours: psa.TicketWorkHours{WorkHoursID: 2, TicketID: 1,
		StartWorkHour: core.Time{Time: time.Date(2025, 1, 1, 9, 0, 0, 0, time.UTC)}, EndWorkHour: core.Time{Time: time.Date(2025, 1, 1, 10, 0, 0, 0, time.UTC)},
		TechnicianContactID: 2, Billiable: true, Description: "work", TechnicianFullName: "Marco Alvarez",
		TechnicianEmail: "marco.alvarez@wyre-msp.com", RateID: 1, RateAmount: 95}}}
	if len(page.Items) != 2 || page.Items[1].WorkHoursID != 3 {
		t.Fatalf("kept %+v", page.Items)
	}
	if diff := cmp.Diff(want, page.Items[:1]); diff != "" {
		t.Fatalf("record (-want +got):\n%s", diff)
	}
	r, _ := lastRequest(t, srv)
	if q := r.Query.Encode(); r.Route != "/workhours" || q != "endWorkhour=2025-01-31T17%3A00%3A00&includeRates=true&startWorkhour=2025-01-01T08%3A30%3A00" {
		t.Fatalf("%s?%s", r.Route, q)
	}

	all, err := p.WorkHours.ListAll(t.Context(), &psa.WorkHoursListOptions{EndWorkHour: psa.AccountDate(time.Date(2025, 1, 31, 0, 0, 0, 0, time.UTC))}).Collect()
	if err != nil || len(all) != 4 || all[3].RateID != 0 || all[3].RateAmount != 0 {
		t.Fatalf("ListAll to 2025-01-31: %+v, %v", all, err)
	}
	if r, _ := lastRequest(t, srv); r.Query.Get("endWorkhour") != "2025-01-31" || r.Query.Has("includeRates") {
		t.Fatalf("query %s", r.Query.Encode())
	}
}

// TestWorkHoursListAllPages reads more than two pages of records.
func TestWorkHoursListAllPages(t *testing.T) {
	srv, p := newPSA(t, testkit.WithoutDemoData())
	for i := 1; i <= 120; i++ {
		seed(t, srv, "work-hours", workRecord(i, "2025-03-01T10:00"))
	}
	all, err := p.WorkHours.ListAll(t.Context(), nil).Collect()
	if err != nil || len(all) != 120 || all[119].WorkHoursID != 120 || len(srv.Requests()) != 3 {
		t.Fatalf("%d records in %d requests, %v", len(all), len(srv.Requests()), err)
	}
}

// TestWorkHoursListRefused checks bounds Atera would refuse, refused before sending.
func TestWorkHoursListRefused(t *testing.T) {
	for name, opts := range map[string]*psa.WorkHoursListOptions{
		"offset":    {StartWorkHour: "2025-01-01T08:00:00Z"},
		"no time":   {EndWorkHour: "31/01/2025"},
		"page size": {ListOptions: core.ListOptions{ItemsInPage: 51}},
	} {
		t.Run(name, func(t *testing.T) {
			srv, p := newPSA(t, testkit.WithoutDemoData())
			_, err := p.WorkHours.List(t.Context(), opts)
			wantRefused(t, srv, err)
		})
	}
}

// TestWorkHoursDemoTenant checks that the demo tenant has records across tickets.
func TestWorkHoursDemoTenant(t *testing.T) {
	_, p := newPSA(t)
	all, err := p.WorkHours.ListAll(t.Context(), nil).Collect()
	if err != nil || len(all) < 50 {
		t.Fatalf("%d demo records, %v", len(all), err)
	}
	tickets := map[int64]bool{}
	for _, w := range all {
		if !w.EndWorkHour.After(w.StartWorkHour.Time) || w.TechnicianFullName == "" || w.CustomerID == 0 {
			t.Fatalf("record %+v", w)
		}
		tickets[w.TicketID] = true
	}
	if len(tickets) < 20 {
		t.Fatalf("records on %d tickets", len(tickets))
	}
}
