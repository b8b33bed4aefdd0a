package psa_test

import (
	"encoding/json"
	"net/http"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wyre-technology/go-atera/psa"
	"github.com/wyre-technology/go-atera/testkit"
)

// TestBulkDurations checks both bulk reads for 0, 1, 50, 51 and 120 ids: chunks of at most
// 50 on the wire, in order, and the answers concatenated in the order of the ids.
func TestBulkDurations(t *testing.T) {
	reads := map[string]struct {
		route string
		read  func(*psa.TicketsService, []int64) ([]int64, error)
	}{
		"BillableDurations": {"/tickets/billableduration", func(s *psa.TicketsService, ids []int64) ([]int64, error) {
			return idsOf(s.BillableDurations(t.Context(), ids...))(func(d psa.TicketDurations) int64 { return d.TicketID })
		}},
		"BillableSiteDurations": {"/tickets/billableworkhourssiteduration", func(s *psa.TicketsService, ids []int64) ([]int64, error) {
			return idsOf(s.BillableSiteDurations(t.Context(), ids...))(func(d psa.TicketSiteDurations) int64 { return d.TicketID })
		}},
	}
	for name, rd := range reads {
		for _, n := range []int{0, 1, 50, 51, 120} {
			srv, p := newPSA(t, testkit.WithoutDemoData())
			ids := make([]int64, n)
			for i := range ids {
				ids[i] = int64(1000 - 7*i) // not sorted, so order is checked
			}
			got, err := rd.read(p.Tickets, ids)
			if err != nil {
				t.Fatalf("%s(%d ids): %v", name, n, err)
			}
			if diff := cmp.Diff(ids, got); diff != "" {
				t.Fatalf("%s(%d ids) answer order (-want +got):\n%s", name, n, diff)
			}
			var sent []int64
			reqs := srv.Requests()
			for i, r := range reqs {
				var chunk []int64
				if err := json.Unmarshal(r.Body, &chunk); err != nil || r.Method != http.MethodPost || r.Route != rd.route {
					t.Fatalf("%s request %d: %s %s %s", name, i, r.Method, r.Route, r.Body)
				}
				if wantLen := min(50, n-50*i); len(chunk) != wantLen {
					t.Fatalf("%s(%d ids) chunk %d has %d ids, want %d", name, n, i, len(chunk), wantLen)
				}
				sent = append(sent, chunk...)
			}
			if len(reqs) != (n+49)/50 || !slices.Equal(sent, ids) {
				t.Fatalf("%s(%d ids): %d requests sent %v", name, n, len(reqs), sent)
			}
		}
	}
}

// TestBulkDurationValues checks the values of both bulk reads against the work hours.
func TestBulkDurationValues(t *testing.T) {
	srv, p := ticketTenant(t)
	seedTickets(t, srv, 2)
	seed(t, srv, "work-hours",
		map[string]any{"TicketID": 2, "StartWorkHour": "2000-01-03T09:00:00Z", "EndWorkHour": "2000-01-03T10:00:00Z", "Billiable": true, "OnCustomerSite": true},
		map[string]any{"TicketID": 2, "StartWorkHour": "2000-01-03T20:00:00Z", "EndWorkHour": "2000-01-03T20:30:00Z", "Billiable": true},
		map[string]any{"TicketID": 2, "StartWorkHour": "2000-01-04T09:00:00Z", "EndWorkHour": "2000-01-04T12:00:00Z", "Billiable": false})
	durations, err := p.Tickets.BillableDurations(t.Context(), 2, 1)
	want := []psa.TicketDurations{
		{OnSLADurationHours: 1, OffSLADurationHours: 0.5, OnSiteDurationHours: 1, OffSiteDurationHours: 0.5, TotalDurationHours: 1.5, TicketID: 2},
		{TicketID: 1},
	}
	if diff := cmp.Diff(want, durations); err != nil || diff != "" {
		t.Fatalf("BillableDurations: %v (-want +got):\n%s", err, diff)
	}
	sites, err := p.Tickets.BillableSiteDurations(t.Context(), 2)
	wantSites := []psa.TicketSiteDurations{{TicketID: 2, TotalDurationSeconds: 5400, OnSiteDurationSeconds: 3600, OffSiteDurationSeconds: 1800}}
	if diff := cmp.Diff(wantSites, sites); err != nil || diff != "" {
		t.Fatalf("BillableSiteDurations: %v (-want +got):\n%s", err, diff)
	}
}

// TestBulkDurationsRefused checks that a bad id anywhere refuses the whole call.
func TestBulkDurationsRefused(t *testing.T) {
	ids := make([]int64, 70)
	for i := range ids {
		ids[i] = int64(i + 1)
	}
	ids[60] = 0
	srv, p := newPSA(t, testkit.WithoutDemoData())
	_, err := p.Tickets.BillableDurations(t.Context(), ids...)
	wantRefused(t, srv, err)
	_, err = p.Tickets.BillableSiteDurations(t.Context(), -3)
	wantRefused(t, srv, err)
}

// TestBulkDurationsError checks that a failing chunk ends the call with the chunks before it.
func TestBulkDurationsError(t *testing.T) {
	srv, p := newPSA(t, testkit.WithoutDemoData())
	ids := make([]int64, 60)
	for i := range ids {
		ids[i] = int64(i + 1)
	}
	srv.Script("POST", "/tickets/billableduration", testkit.Fault{}, testkit.Fault{Status: http.StatusBadRequest,
		Body: `{"title":"One or more validation errors occurred.","status":400,"errors":{"ticketIds":["bad"]}}`})
	got, err := p.Tickets.BillableDurations(t.Context(), ids...)
	if len(got) != 50 {
		t.Fatalf("got %d durations before the error, want 50", len(got))
	}
	wantValidation(t, err, "ticketIds")
	srv.Script("POST", "/tickets/billableworkhourssiteduration", testkit.Fault{Status: http.StatusNotFound})
	sites, err := p.Tickets.BillableSiteDurations(t.Context(), ids...)
	if len(sites) != 0 {
		t.Fatalf("got %d site durations before the error, want 0", len(sites))
	}
	wantNotFound(t, err)
}

// idsOf maps a bulk answer to its ticket ids with the error it came with.
func idsOf[T any](items []T, err error) func(func(T) int64) ([]int64, error) {
	return func(id func(T) int64) ([]int64, error) {
		out := []int64{}
		for _, item := range items {
			out = append(out, id(item))
		}
		return out, err
	}
}
