package testkit

import (
	"net/http"
	"strings"
	"testing"
)

func TestGetAgent(t *testing.T) {
	s := NewServer(t, InMemory())
	code, h, body := send(t, s, "GET", "/agents/7", "")
	wantStatus(t, code, 200, body)
	a := decode[agentRow](t, body)
	if a.AgentID != 7 || a.MachineName == "" || !strings.HasPrefix(h.Get("Content-Type"), "application/json") {
		t.Fatalf("agent %+v", a)
	}
	if !strings.Contains(string(body), `"MachineID":"`) {
		t.Fatalf("MachineID must be a string: %s", body)
	}
}

func TestGetAgentNotFound(t *testing.T) {
	s := NewServer(t, InMemory())
	code, h, body := send(t, s, "GET", "/agents/42000", "")
	wantStatus(t, code, 404, body)
	if h.Get("Content-Type") != "application/problem+json; charset=utf-8" {
		t.Fatalf("content type %q", h.Get("Content-Type"))
	}
	want := `{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.5","title":"Not Found","status":404,"detail":"Agent 42000 was not found.","instance":"/api/v3/agents/42000"}`
	if string(body) != want {
		t.Fatalf("body %s\nwant %s", body, want)
	}
}

func TestGetAgentBadID(t *testing.T) {
	s := NewServer(t, InMemory())
	code, _, body := send(t, s, "GET", "/agents/abc", "")
	wantStatus(t, code, 400, body)
	want := `{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"One or more validation errors occurred.","status":400,"errors":{"agentId":["The value 'abc' is not valid."]}}`
	if string(body) != want {
		t.Fatalf("body %s\nwant %s", body, want)
	}
}

func TestAgentsByCustomer(t *testing.T) {
	s := NewServer(t, InMemory())
	_, _, body := send(t, s, "GET", "/agents/customer/2?itemsInPage=50", "")
	p := decode[pageEnvelope[agentRow]](t, body)
	if p.TotalItemCount != 34 || len(p.Items) != 34 {
		t.Fatalf("customer 2 has %d agents, want 34", p.TotalItemCount)
	}
	for _, a := range p.Items {
		if a.CustomerID != 2 || a.CustomerName != "Northwind Logistics" {
			t.Fatalf("agent %+v", a)
		}
	}
	code, _, body := send(t, s, "GET", "/agents/customer/none", "")
	wantStatus(t, code, 400, body)
	code, _, body = send(t, s, "GET", "/agents/customer/2?itemsInPage=0", "")
	wantStatus(t, code, 400, body)
	_, _, body = send(t, s, "GET", "/agents/customer/999", "")
	if p := decode[pageEnvelope[agentRow]](t, body); p.TotalItemCount != 0 {
		t.Fatalf("unknown customer has %d agents", p.TotalItemCount)
	}
}

func TestAgentsByMachineName(t *testing.T) {
	s := NewServer(t, InMemory())
	_, _, body := send(t, s, "GET", "/agents/machine/reception-pc", "")
	p := decode[pageEnvelope[agentRow]](t, body)
	if p.TotalItemCount != 2 || p.Items[0].CustomerID == p.Items[1].CustomerID {
		t.Fatalf("RECEPTION-PC: %+v", p.Items)
	}
	if _, err := Add(s, "agents", map[string]any{"MachineName": "Front Desk", "CustomerID": 1}); err != nil {
		t.Fatal(err)
	}
	_, _, body = send(t, s, "GET", "/agents/machine/front%20desk", "")
	if p := decode[pageEnvelope[agentRow]](t, body); p.TotalItemCount != 1 || p.Items[0].MachineName != "Front Desk" {
		t.Fatalf("escaped name: %s", body)
	}
}

func TestDeleteAgent(t *testing.T) {
	s := NewServer(t, InMemory())
	code, _, body := send(t, s, "DELETE", "/agents/5", "")
	if code != http.StatusNoContent || len(body) != 0 {
		t.Fatalf("delete: %d %q", code, body)
	}
	if _, ok, _ := Item[agentRow](s, "agents", 5); ok || Count(s, "agents") != 159 {
		t.Fatal("agent 5 still stored")
	}
	code, _, body = send(t, s, "DELETE", "/agents/5", "")
	wantStatus(t, code, 404, body)
	code, _, body = send(t, s, "GET", "/agents/5", "")
	wantStatus(t, code, 404, body)
	code, _, body = send(t, s, "DELETE", "/agents/x", "")
	wantStatus(t, code, 400, body)
}

type availableResp struct {
	DeviceGuid       string     `json:"deviceGuid"`
	Timestamp        string     `json:"timestamp"`
	AvailableUpdates []patchDTO `json:"availableUpdates"`
	InstalledUpdates []patchDTO `json:"installedUpdates"`
}

func TestAgentPatches(t *testing.T) {
	s := NewServer(t, InMemory())
	agents, err := Items[agentRow](s, "agents")
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, a := range agents[:20] {
		for _, kind := range []string{"available", "installed"} {
			code, _, body := send(t, s, "GET", "/agents/"+strings.ToUpper(a.DeviceGuid)+"/"+kind+"-patches", "")
			wantStatus(t, code, 200, body)
			r := decode[availableResp](t, body)
			if r.DeviceGuid != a.DeviceGuid || r.Timestamp == "" || strings.Contains(string(body), "AgentID") {
				t.Fatalf("%s: %s", kind, body)
			}
			stored, ok, err := Item[availableResp](s, kind+"-patches", a.AgentID)
			if !ok || err != nil {
				t.Fatalf("stored %s patches of %d: %v", kind, a.AgentID, err)
			}
			if kind == "available" {
				total += len(r.AvailableUpdates)
				if len(r.AvailableUpdates) != len(stored.AvailableUpdates) || r.InstalledUpdates != nil {
					t.Fatalf("available: %s", body)
				}
				for _, u := range r.AvailableUpdates {
					if u.Status == "" || u.Name == "" || u.Class == "" {
						t.Fatalf("available update %+v", u)
					}
				}
			} else {
				if len(r.InstalledUpdates) == 0 || len(r.InstalledUpdates) != len(stored.InstalledUpdates) {
					t.Fatalf("installed: %s", body)
				}
				if r.InstalledUpdates[0].InstallDate == "" {
					t.Fatalf("installed update without date: %s", body)
				}
			}
		}
	}
	if total == 0 {
		t.Fatal("no agent has available patches")
	}
}

func TestAgentPatchesEmptyAndMissing(t *testing.T) {
	s := NewServer(t, InMemory(), WithoutDemoData())
	guid := "0f8fad5b-d9cb-469f-a165-70867728950e"
	if _, err := Add(s, "agents", map[string]any{"DeviceGuid": guid}); err != nil {
		t.Fatal(err)
	}
	_, _, body := send(t, s, "GET", "/agents/"+guid+"/installed-patches", "")
	r := decode[availableResp](t, body)
	if r.DeviceGuid != guid || r.InstalledUpdates == nil || len(r.InstalledUpdates) != 0 {
		t.Fatalf("body %s", body)
	}
	code, _, body := send(t, s, "GET", "/agents/11111111-2222-4333-8444-555555555555/available-patches", "")
	wantStatus(t, code, 404, body)
	if pd := decode[problemBody](t, body); pd.Detail != "Agent 11111111-2222-4333-8444-555555555555 was not found." {
		t.Fatalf("detail %q", pd.Detail)
	}
}

func TestUnknownRouteIsHTML(t *testing.T) {
	s := NewServer(t, InMemory())
	for _, path := range []string{"/api/v3/nothing", "/api/v2/agents", "/api/v3/agents/1/2/3", "/", "/api/v3/agents//installed-patches"} {
		code, h, body := sendCtx(t, t.Context(), s, s.HTTPClient(), "GET", "https://atera.invalid"+path, "")
		if code != 404 || h.Get("Content-Type") != "text/html" ||
			!strings.Contains(string(body), "<title>404 - File or directory not found.</title>") {
			t.Fatalf("%s: %d %q", path, code, h.Get("Content-Type"))
		}
	}
	if r := s.Requests()[0]; r.Route != "" || r.Status != 404 {
		t.Fatalf("logged %+v", r)
	}
}

func TestMethodNotAllowed(t *testing.T) {
	s := NewServer(t, InMemory())
	code, _, body := send(t, s, "POST", "/agents", `{}`)
	if code != http.StatusMethodNotAllowed || len(body) != 0 {
		t.Fatalf("POST /agents: %d %q", code, body)
	}
}

func TestRouterPrefersLiterals(t *testing.T) {
	s := NewServer(t, InMemory())
	send(t, s, "GET", "/agents/customer/3", "")
	send(t, s, "GET", "/agents/machine/customer", "")
	send(t, s, "GET", "/Agents/12/", "")
	var routes []string
	for _, r := range s.Requests() {
		routes = append(routes, r.Route)
	}
	want := []string{"/agents/customer/{customerId}", "/agents/machine/{machineName}", "/agents/{agentId}"}
	if strings.Join(routes, " ") != strings.Join(want, " ") {
		t.Fatalf("routes %v, want %v", routes, want)
	}
}

func TestRouteBeats(t *testing.T) {
	rt := &router{}
	rt.add("GET", "/x/{a}/{b}", nil)
	rt.add("GET", "/x/{a}/lit", nil)
	rt.add("GET", "/x/lit/{b}", nil)
	best, params, _ := rt.match("GET", "/api/v3/x/lit/lit")
	if best.template != "/x/lit/{b}" || params["b"] != "lit" {
		t.Fatalf("best %s %v", best.template, params)
	}
	best, _, _ = rt.match("GET", "/api/v3/x/q/z")
	if best.template != "/x/{a}/{b}" {
		t.Fatalf("best %s", best.template)
	}
}
