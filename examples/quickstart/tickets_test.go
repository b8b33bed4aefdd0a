package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/wyre-technology/go-atera/psa"
	"github.com/wyre-technology/go-atera/rmm"
	"github.com/wyre-technology/go-atera/testkit"
)

// TestTicketFlowWithWrite checks that -write opens one ticket for the agent offline longest,
// comments on it, logs 30 minutes of billable work and lists it among the open tickets.
func TestTicketFlowWithWrite(t *testing.T) {
	srv := testkit.NewServer(t, testkit.WithoutDemoData(), testkit.InMemory())
	mustAdd(t, srv, "customers", map[string]any{"CustomerID": 3, "CustomerName": "Acme Ltd"})
	mustAdd(t, srv, "contacts", psa.Contact{EndUserID: 9, CustomerID: 3, CustomerName: "Acme Ltd", Firstname: "Ada", Lastname: "Byron", Email: "ada@acme.example"})
	mustAdd(t, srv, "agents",
		rmm.Agent{AgentID: 1, CustomerID: 3, CustomerName: "Acme Ltd", AgentName: "ACME-WS-01", LastSeen: ago(2 * time.Hour)},
		rmm.Agent{AgentID: 2, CustomerID: 3, CustomerName: "Acme Ltd", AgentName: "ACME-SRV-01", LastSeen: ago(50 * time.Hour)},
		rmm.Agent{AgentID: 3, CustomerID: 3, CustomerName: "Acme Ltd", AgentName: "ACME-WS-02", Online: true})
	var out bytes.Buffer
	cfg := config{APIKey: srv.APIKey, BaseURL: srv.URL, HTTPClient: srv.HTTPClient(), Now: func() time.Time { return now }, Write: true, Technician: 2}
	if err := run(t.Context(), &out, cfg); err != nil {
		t.Fatalf("run: %v\n%s", err, out.String())
	}
	tickets, err := testkit.Items[psa.Ticket](srv, "tickets")
	if err != nil || len(tickets) != 1 {
		t.Fatalf("%d tickets stored (%v), want 1", len(tickets), err)
	}
	tk := tickets[0]
	if tk.TicketTitle != "ACME-SRV-01 is offline" || tk.EndUserID != 9 || tk.TicketPriority != psa.TicketPriorityHigh {
		t.Fatalf("ticket %+v", tk)
	}
	if n := testkit.Count(srv, "ticket-comments"); n != 1 {
		t.Fatalf("%d comments, want 1", n)
	}
	hours, err := testkit.Items[psa.TicketWorkHours](srv, "work-hours")
	if err != nil || len(hours) != 1 || !hours[0].Billiable || hours[0].EndWorkHour.Sub(hours[0].StartWorkHour.Time) != 30*time.Minute {
		t.Fatalf("work hours %+v (%v), want one billable half hour", hours, err)
	}
	for _, want := range []string{"Opened ticket 1 for ACME-SRV-01 (Acme Ltd), end user Ada Byron.", "Open tickets of Acme Ltd (1)", "ACME-SRV-01 is offline"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestTicketFlowNeedsTechnician checks that -write on a real tenant asks for a technician.
func TestTicketFlowNeedsTechnician(t *testing.T) {
	srv := testkit.NewServer(t, testkit.InMemory())
	var out bytes.Buffer
	err := run(t.Context(), &out, config{APIKey: srv.APIKey, BaseURL: srv.URL, HTTPClient: srv.HTTPClient(), Write: true})
	if err == nil || !strings.Contains(err.Error(), "-technician") {
		t.Fatalf("err %v, want one asking for -technician", err)
	}
}

// TestTicketFlowEdgeCases checks a tenant with nobody offline, and one whose customer has no
// contact to raise the ticket for.
func TestTicketFlowEdgeCases(t *testing.T) {
	allOnline := testkit.NewServer(t, testkit.WithoutDemoData(), testkit.InMemory())
	mustAdd(t, allOnline, "agents", rmm.Agent{AgentID: 1, CustomerID: 3, AgentName: "UP", Online: true})
	var out bytes.Buffer
	if err := run(t.Context(), &out, config{APIKey: allOnline.APIKey, BaseURL: allOnline.URL, HTTPClient: allOnline.HTTPClient(), Write: true, Technician: 1}); err != nil || !strings.Contains(out.String(), "No agent is offline") {
		t.Fatalf("all online: %v\n%s", err, out.String())
	}
	noContact := testkit.NewServer(t, testkit.WithoutDemoData(), testkit.InMemory())
	mustAdd(t, noContact, "agents", rmm.Agent{AgentID: 1, CustomerID: 3, AgentName: "DOWN"})
	err := run(t.Context(), &out, config{APIKey: noContact.APIKey, BaseURL: noContact.URL, HTTPClient: noContact.HTTPClient(), Write: true, Technician: 1})
	if err == nil || !strings.Contains(err.Error(), "customer 3 has no contact") {
		t.Fatalf("no contact: err %v", err)
	}
}

func mustAdd(t *testing.T, srv *testkit.Server, collection string, items ...any) {
	t.Helper()
	if _, err := testkit.Add(srv, collection, items...); err != nil {
		t.Fatal(err)
	}
}
