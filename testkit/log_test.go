package testkit

import (
	"net/http"
	"slices"
	"strings"
	"testing"
	"testing/synctest"
	"time"
)

func TestRequestsLog(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := New(InMemory())
		start := time.Now()
		time.Sleep(time.Second)
		send(t, s, "POST", "/customers?x=1", `{"CustomerName":"Log Co"}`)
		send(t, s, "GET", "/agents/machine/ACME-WS-001", "")
		s.Close()
		reqs := s.Requests()
		if len(reqs) != 2 {
			t.Fatalf("%d requests", len(reqs))
		}
		r := reqs[0]
		if r.Method != "POST" || r.Host != "atera.invalid" || r.Path != "/api/v3/customers" || r.Query.Get("x") != "1" ||
			r.Header.Get("X-API-KEY") != s.APIKey || string(r.Body) != `{"CustomerName":"Log Co"}` ||
			r.Route != "/customers" || r.Status != 201 || r.Time.Sub(start) != time.Second {
			t.Fatalf("request %+v", r)
		}
		reqs[0].Body[0] = 'X'
		reqs[0].Query["x"][0] = "changed"
		reqs[0].Header.Set("X-API-KEY", "changed")
		if again := s.Requests()[0]; again.Body[0] != '{' || again.Query.Get("x") != "1" || again.Header.Get("X-API-KEY") != s.APIKey {
			t.Fatal("Requests shares its log with the caller")
		}
		if reqs[1].Route != "/agents/machine/{machineName}" || reqs[1].Status != 200 {
			t.Fatalf("request %+v", reqs[1])
		}
	})
}

func TestRouteLog(t *testing.T) {
	var l RouteLog
	s := NewServer(t, InMemory(), WithRouteLog(&l))
	send(t, s, "GET", "/agents", "")
	send(t, s, "GET", "/agents/9", "")
	send(t, s, "GET", "/unknown", "")
	req, _ := http.NewRequest("DELETE", s.URL+"/agents/1", nil) // unauthorised: not routed
	resp, err := s.HTTPClient().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if !l.Seen("GET", "/agents/{agentId}") || l.Seen("DELETE", "/agents/{agentId}") {
		t.Fatal("Seen is wrong")
	}
	ops := []string{"GET /agents", "GET /agents/{agentId}", "DELETE /agents/{agentId}", "GET /agents/customer/{customerId}", "DELETE /agents/{agentId}"}
	want := []string{"DELETE /agents/{agentId}", "GET /agents/customer/{customerId}"}
	if got := l.Missing(ops...); !slices.Equal(got, want) {
		t.Fatalf("Missing = %v, want %v", got, want)
	}
	var empty RouteLog
	if empty.Seen("GET", "/agents") || len(empty.Missing("GET /agents")) != 1 {
		t.Fatal("zero RouteLog")
	}
}

func TestRouteLogCoversEveryAgentRoute(t *testing.T) {
	var l RouteLog
	s := NewServer(t, InMemory(), WithRouteLog(&l))
	a, _, _ := Item[agentRow](s, "agents", 1)
	for _, p := range []string{"/agents", "/agents/1", "/agents/customer/1", "/agents/machine/" + a.MachineName,
		"/agents/" + a.DeviceGuid + "/available-patches", "/agents/" + a.DeviceGuid + "/installed-patches"} {
		if code, _, body := send(t, s, "GET", p, ""); code != 200 {
			t.Fatalf("GET %s: %d %s", p, code, body)
		}
	}
	send(t, s, "DELETE", "/agents/1", "")
	var ops []string
	for _, r := range agentsResource.routes {
		ops = append(ops, r.method+" "+r.template)
	}
	if m := l.Missing(ops...); len(m) != 0 || len(ops) != 7 {
		t.Fatalf("missing %v", m)
	}
	if !strings.HasPrefix(ops[0], "GET /agents") {
		t.Fatal(ops)
	}
}
