package rmm_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/rmm"
	"github.com/wyre-technology/go-atera/testkit"
)

// TestAgentDecoding checks every field of a stored agent as Get decodes it, for the shapes
// Atera sends.
func TestAgentDecoding(t *testing.T) {
	tests := []struct {
		name   string
		fields map[string]any
		want   func(*rmm.Agent)
	}{
		{"as sent", nil, func(*rmm.Agent) {}},
		{"MachineID as a number", map[string]any{"MachineID": json.Number("4815162342")},
			func(a *rmm.Agent) { a.MachineID = "4815162342" }},
		{"desktop without battery, one disk", map[string]any{
			"BatteryInfo":   nil,
			"HardwareDisks": []any{map[string]any{"Drive": "C:", "Free": 12.25, "Used": 243.75, "Total": 256}},
		}, func(a *rmm.Agent) {
			a.BatteryInfo = nil
			a.HardwareDisks = []rmm.HardwareDisk{{Drive: "C:", Free: 12.25, Used: 243.75, Total: 256}}
		}},
		{"null and empty times", map[string]any{"LastSeen": nil, "LastRebootTime": ""},
			func(a *rmm.Agent) { a.LastSeen, a.LastRebootTime = core.Time{}, core.Time{} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, agents := newServer(t, testkit.WithoutDemoData())
			add(t, srv, "agents", laptopWith(t, tt.fields))
			want := laptop()
			tt.want(&want)
			got, err := agents.Get(t.Context(), 501)
			if err != nil {
				t.Fatalf("Get: %v", err)
			}
			if diff := cmp.Diff(&want, got); diff != "" {
				t.Errorf("Get(501) mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReadsReturnTheAgent checks that every read of the agents decodes the same agent.
func TestReadsReturnTheAgent(t *testing.T) {
	reads := map[string]func(context.Context, *rmm.AgentsService) ([]rmm.Agent, error){
		"List": func(ctx context.Context, s *rmm.AgentsService) ([]rmm.Agent, error) {
			page, err := s.List(ctx, nil)
			if err != nil {
				return nil, err
			}
			return page.Items, nil
		},
		"ListAll": func(ctx context.Context, s *rmm.AgentsService) ([]rmm.Agent, error) {
			return s.ListAll(ctx, nil).Collect()
		},
		"ListByCustomer": func(ctx context.Context, s *rmm.AgentsService) ([]rmm.Agent, error) {
			return s.ListByCustomer(ctx, 2, nil).Collect()
		},
		"GetByMachineName": func(ctx context.Context, s *rmm.AgentsService) ([]rmm.Agent, error) {
			return s.GetByMachineName(ctx, "NWL-LT-007")
		},
	}
	for name, read := range reads {
		t.Run(name, func(t *testing.T) {
			srv, agents := newServer(t, testkit.WithoutDemoData())
			add(t, srv, "agents", laptopWith(t, nil))
			got, err := read(t.Context(), agents)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if diff := cmp.Diff([]rmm.Agent{laptop()}, got); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", name, diff)
			}
		})
	}
}

// TestListAllPages checks that ListAll yields every agent once, in order, with one request a
// page of the expected size, following nextLink.
func TestListAllPages(t *testing.T) {
	tests := []struct {
		agents, size int // size 0 leaves the page size to ListAll
		wantSize     int
	}{
		{agents: 1, wantSize: 50},
		{agents: 50, wantSize: 50},
		{agents: 51, wantSize: 50},
		{agents: 151, wantSize: 50},
		{agents: 45, size: 20, wantSize: 20},
	}
	for _, tt := range tests {
		srv, agents := newServer(t, testkit.WithoutDemoData())
		items, wantIDs := simpleAgents(tt.agents)
		add(t, srv, "agents", items...)
		var opts *rmm.AgentListOptions
		if tt.size > 0 {
			opts = &rmm.AgentListOptions{ListOptions: core.ListOptions{ItemsInPage: tt.size}}
		}
		got, err := agents.ListAll(t.Context(), opts).Collect()
		if err != nil {
			t.Fatalf("ListAll over %d agents: %v", tt.agents, err)
		}
		if diff := cmp.Diff(wantIDs, agentIDs(got)); diff != "" {
			t.Errorf("ListAll over %d agents: ids (-want +got):\n%s", tt.agents, diff)
		}
		wantPages := (tt.agents + tt.wantSize - 1) / tt.wantSize
		reqs := srv.Requests()
		if len(reqs) != wantPages {
			t.Fatalf("ListAll over %d agents sent %d requests, want %d", tt.agents, len(reqs), wantPages)
		}
		for i, r := range reqs {
			if r.Method != http.MethodGet || r.Route != "/agents" || pageOf(r) != i+1 || r.Query.Get("itemsInPage") != strconv.Itoa(tt.wantSize) {
				t.Errorf("request %d: %s %s?%s, want GET /agents page %d itemsInPage %d", i, r.Method, r.Path, r.Query.Encode(), i+1, tt.wantSize)
			}
		}
	}
}

// TestListAllStopsWhenTheLoopDoes checks that breaking out of the range stops fetching.
func TestListAllStopsWhenTheLoopDoes(t *testing.T) {
	srv, agents := newServer(t)
	n := 0
	for _, err := range agents.ListAll(t.Context(), nil) {
		if err != nil {
			t.Fatalf("ListAll: %v", err)
		}
		if n++; n == 3 {
			break
		}
	}
	if got := len(srv.Requests()); got != 1 {
		t.Errorf("stopping after 3 agents sent %d requests, want 1", got)
	}
}

// TestListAllDemoTenant checks that ListAll reads the whole demo tenant (more than 3 pages) as
// the server holds it.
func TestListAllDemoTenant(t *testing.T) {
	srv, agents := newServer(t)
	want, err := testkit.Items[rmm.Agent](srv, "agents")
	if err != nil {
		t.Fatal(err)
	}
	if len(want) <= 3*core.MaxItemsInPage {
		t.Fatalf("the demo tenant has %d agents; the test needs more than 3 pages", len(want))
	}
	got, err := agents.ListAll(t.Context(), nil).Collect()
	if err != nil {
		t.Fatalf("ListAll: %v", err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ListAll mismatch (-want +got):\n%s", diff)
	}
	if got, want := len(srv.Requests()), (len(want)+49)/50; got != want {
		t.Errorf("ListAll sent %d requests, want %d", got, want)
	}
}

// TestList checks that List sends the page it is asked for and returns Atera's envelope.
func TestList(t *testing.T) {
	tests := []struct {
		name      string
		opts      *rmm.AgentListOptions
		wantQuery map[string]string
		wantIDs   []int64
		wantPage  int
		wantSize  int
		wantNext  bool
	}{
		{"defaults", nil, map[string]string{"page": "", "itemsInPage": ""}, seq(1, 20), 1, 20, true},
		{"page 2 of 7", &rmm.AgentListOptions{ListOptions: core.ListOptions{Page: 2, ItemsInPage: 7}},
			map[string]string{"page": "2", "itemsInPage": "7"}, seq(8, 14), 2, 7, true},
		{"last page", &rmm.AgentListOptions{ListOptions: core.ListOptions{Page: 3, ItemsInPage: 12}},
			map[string]string{"page": "3", "itemsInPage": "12"}, seq(25, 30), 3, 12, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, agents := newServer(t, testkit.WithoutDemoData())
			items, _ := simpleAgents(30)
			add(t, srv, "agents", items...)
			page, err := agents.List(t.Context(), tt.opts)
			if err != nil {
				t.Fatalf("List: %v", err)
			}
			if diff := cmp.Diff(tt.wantIDs, agentIDs(page.Items)); diff != "" {
				t.Errorf("ids (-want +got):\n%s", diff)
			}
			if page.Page != tt.wantPage || page.ItemsInPage != tt.wantSize || page.TotalItemCount != 30 ||
				page.TotalPages != (30+tt.wantSize-1)/tt.wantSize || (page.NextLink != "") != tt.wantNext {
				t.Errorf("envelope = %+v", page)
			}
			reqs := srv.Requests()
			if len(reqs) != 1 {
				t.Fatalf("List sent %d requests, want 1", len(reqs))
			}
			for k, v := range tt.wantQuery {
				if got := reqs[0].Query.Get(k); got != v {
					t.Errorf("query %s = %q, want %q", k, got, v)
				}
			}
		})
	}
}

// TestListByCustomer checks that ListByCustomer asks Atera for one customer's agents and reads
// all its pages.
func TestListByCustomer(t *testing.T) {
	srv, agents := newServer(t, testkit.WithoutDemoData())
	items, _ := simpleAgents(160)
	add(t, srv, "agents", items...)
	for _, customer := range []int64{1, 2, 3, 4} {
		var want []int64
		for i := int64(1); i <= 160; i++ {
			if 1+i%3 == customer {
				want = append(want, i)
			}
		}
		before := len(srv.Requests())
		got, err := agents.ListByCustomer(t.Context(), customer, nil).Collect()
		if err != nil {
			t.Fatalf("ListByCustomer(%d): %v", customer, err)
		}
		if diff := cmp.Diff(want, agentIDs(got)); diff != "" {
			t.Errorf("ListByCustomer(%d) ids (-want +got):\n%s", customer, diff)
		}
		reqs := srv.Requests()[before:]
		if wantReqs := max(1, (len(want)+49)/50); len(reqs) != wantReqs {
			t.Errorf("ListByCustomer(%d) sent %d requests, want %d", customer, len(reqs), wantReqs)
		}
		for _, r := range reqs {
			if r.Path != "/api/v3/agents/customer/"+strconv.FormatInt(customer, 10) {
				t.Errorf("ListByCustomer(%d) requested %s", customer, r.Path)
			}
		}
	}
}

// TestGetByMachineName checks that a machine name shared by several customers returns every
// agent of that name, and that names are escaped as one path segment.
func TestGetByMachineName(t *testing.T) {
	srv, agents := newServer(t, testkit.WithoutDemoData())
	add(t, srv, "agents",
		rmm.Agent{AgentID: 1, CustomerID: 2, MachineName: "RECEPTION-PC"},
		rmm.Agent{AgentID: 2, CustomerID: 2, MachineName: "NWL-WS-001"},
		rmm.Agent{AgentID: 3, CustomerID: 3, MachineName: "RECEPTION-PC"},
		rmm.Agent{AgentID: 4, CustomerID: 4, MachineName: "Front Desk/2"},
	)
	tests := []struct {
		name     string
		wantIDs  []int64
		wantPath string
	}{
		{"RECEPTION-PC", []int64{1, 3}, "/api/v3/agents/machine/RECEPTION-PC"},
		{"Front Desk/2", []int64{4}, "/api/v3/agents/machine/Front Desk/2"},
		{"NOBODY", nil, "/api/v3/agents/machine/NOBODY"},
	}
	for _, tt := range tests {
		before := len(srv.Requests())
		got, err := agents.GetByMachineName(t.Context(), tt.name)
		if err != nil {
			t.Fatalf("GetByMachineName(%q): %v", tt.name, err)
		}
		if diff := cmp.Diff(tt.wantIDs, agentIDs(got)); diff != "" {
			t.Errorf("GetByMachineName(%q) ids (-want +got):\n%s", tt.name, diff)
		}
		reqs := srv.Requests()[before:]
		if len(reqs) != 1 || reqs[0].Path != tt.wantPath || reqs[0].Route != "/agents/machine/{machineName}" {
			t.Errorf("GetByMachineName(%q) requests = %+v, want one to %s", tt.name, reqs, tt.wantPath)
		}
	}
}

// TestDelete checks that a deleted agent is gone: Get and a second Delete answer not found.
func TestDelete(t *testing.T) {
	srv, agents := newServer(t, testkit.WithoutDemoData())
	items, _ := simpleAgents(2)
	add(t, srv, "agents", items...)
	if err := agents.Delete(t.Context(), 1); err != nil {
		t.Fatalf("Delete(1): %v", err)
	}
	if _, found, _ := testkit.Item[rmm.Agent](srv, "agents", 1); found || testkit.Count(srv, "agents") != 1 {
		t.Errorf("after Delete(1): agent 1 still stored = %v, count = %d", found, testkit.Count(srv, "agents"))
	}
	_, getErr := agents.Get(t.Context(), 1)
	for name, err := range map[string]error{"Get": getErr, "Delete again": agents.Delete(t.Context(), 1)} {
		var nf *core.NotFoundError
		if !errors.As(err, &nf) || !errors.Is(err, core.ErrNotFound) {
			t.Fatalf("%s after Delete: %v, want *core.NotFoundError matching core.ErrNotFound", name, err)
		}
		if nf.StatusCode != http.StatusNotFound || nf.ProblemDetails == nil || nf.ProblemDetails.Detail != "Agent 1 was not found." {
			t.Errorf("%s: NotFoundError = %+v", name, nf)
		}
		if !strings.Contains(err.Error(), "Agent 1 was not found.") {
			t.Errorf("%s: message %q does not say what was not found", name, err)
		}
	}
	if got, err := agents.Get(t.Context(), 2); err != nil || got.AgentID != 2 {
		t.Errorf("Get(2) after Delete(1) = %v, %v; the other agent must stay", got, err)
	}
}

// TestPatches checks both patch lists of an agent, found by its DeviceGuid.
func TestPatches(t *testing.T) {
	srv, agents := newServer(t, testkit.WithoutDemoData())
	guid := laptop().DeviceGuid
	add(t, srv, "agents", laptopWith(t, nil))
	add(t, srv, "available-patches", map[string]any{
		"AgentID": 501, "timestamp": "2026-12-01T06:05:00.5000000Z",
		"availableUpdates": []any{
			map[string]any{"name": "2026-11 Cumulative Update for Windows (KB5046617)", "class": "Security Updates", "kbId": "KB5046617", "status": "Pending reboot"},
			map[string]any{"name": "Intel - System - 10.1.19444.8378", "class": "Drivers", "kbId": "", "status": "Available"},
		},
	})
	add(t, srv, "installed-patches", map[string]any{
		"AgentID": 501, "timestamp": "2026-12-01T06:05:00Z",
		"installedUpdates": []any{
			map[string]any{"name": "2026-10 Servicing Stack Update (KB5043937)", "class": "Critical Updates", "kbId": "KB5043937", "installDate": "2026-10-15T03:00:00.0000000"},
		},
	})

	available, err := agents.AvailablePatches(t.Context(), guid)
	if err != nil {
		t.Fatalf("AvailablePatches: %v", err)
	}
	wantAvailable := &rmm.AvailablePatches{
		DeviceGuid: guid,
		Timestamp:  utc(2026, time.December, 1, 6, 5, 0, 500000000),
		AvailableUpdates: []rmm.AvailableUpdate{
			{Name: "2026-11 Cumulative Update for Windows (KB5046617)", Class: "Security Updates", KbId: "KB5046617", Status: "Pending reboot"},
			{Name: "Intel - System - 10.1.19444.8378", Class: "Drivers", Status: "Available"},
		},
	}
	if diff := cmp.Diff(wantAvailable, available); diff != "" {
		t.Errorf("AvailablePatches mismatch (-want +got):\n%s", diff)
	}

	installed, err := agents.InstalledPatches(t.Context(), guid)
	if err != nil {
		t.Fatalf("InstalledPatches: %v", err)
	}
	wantInstalled := &rmm.InstalledPatches{
		DeviceGuid: guid,
		Timestamp:  utc(2026, time.December, 1, 6, 5, 0, 0),
		InstalledUpdates: []rmm.InstalledUpdate{
			{Name: "2026-10 Servicing Stack Update (KB5043937)", Class: "Critical Updates", KbId: "KB5043937", InstallDate: utc(2026, time.October, 15, 3, 0, 0, 0)},
		},
	}
	if diff := cmp.Diff(wantInstalled, installed); diff != "" {
		t.Errorf("InstalledPatches mismatch (-want +got):\n%s", diff)
	}

	if _, err := agents.AvailablePatches(t.Context(), "00000000-0000-4000-8000-000000000000"); !errors.Is(err, core.ErrNotFound) {
		t.Errorf("AvailablePatches of an unknown DeviceGuid: %v, want core.ErrNotFound", err)
	}
}

// agentIDs returns the AgentID of each agent, in order.
func agentIDs(agents []rmm.Agent) []int64 {
	var ids []int64
	for _, a := range agents {
		ids = append(ids, a.AgentID)
	}
	return ids
}

// seq returns the ids from..to.
func seq(from, to int64) []int64 {
	var ids []int64
	for i := from; i <= to; i++ {
		ids = append(ids, i)
	}
	return ids
}

// pageOf returns the page a request asked for; no page parameter means page 1.
func pageOf(r testkit.Request) int {
	if p := r.Query.Get("page"); p != "" {
		n, _ := strconv.Atoi(p)
		return n
	}
	return 1
}
