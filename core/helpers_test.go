package core_test

import (
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/testkit"
)

// Operations the tests drive against testkit's routes.
var (
	testOps        = core.NewOperationSet("test")
	listAgents     = testOps.Declare("Agents.List", http.MethodGet, "/agents", core.RetrySafe)
	getAgent       = testOps.Declare("Agents.Get", http.MethodGet, "/agents/{agentId}", core.RetrySafe)
	deleteAgent    = testOps.Declare("Agents.Delete", http.MethodDelete, "/agents/{agentId}", core.RetrySafe)
	byMachine      = testOps.Declare("Agents.GetByMachineName", http.MethodGet, "/agents/machine/{machineName}", core.RetrySafe)
	createCustomer = testOps.Declare("Customers.Create", http.MethodPost, "/customers", core.NotRetrySafe)
	updateCustomer = testOps.Declare("Customers.Update", http.MethodPut, "/customers/{customerId}", core.RetrySafe)
	getCustomer    = testOps.Declare("Customers.Get", http.MethodGet, "/customers/{customerId}", core.RetrySafe)
	unknownRoute   = testOps.Declare("Nothing.Get", http.MethodGet, "/nothing/{id}", core.RetrySafe)
)

// agent is the slice of Atera's AgentDto the tests read.
type agent struct {
	AgentID      int64     `json:"AgentID"`
	MachineName  string    `json:"MachineName"`
	CustomerID   int64     `json:"CustomerID"`
	CustomerName string    `json:"CustomerName"`
	LastSeen     core.Time `json:"LastSeen"`
}

// customer is the slice of Atera's CustomerDto the tests read and write.
type customer struct {
	CustomerID   int64  `json:"CustomerID,omitempty"`
	CustomerName string `json:"CustomerName,omitempty"`
	City         string `json:"City,omitempty"`
}

// fake starts an in-memory testkit server (safe inside synctest bubbles).
func fake(t *testing.T, opts ...testkit.Option) *testkit.Server {
	t.Helper()
	return testkit.NewServer(t, append([]testkit.Option{testkit.InMemory()}, opts...)...)
}

// exactRetry has no jitter, so tests can assert exact waits.
var exactRetry = core.RetryConfig{MaxRetries: 1, Delay: time.Second, MaxDelay: 2 * time.Minute}

// clientFor builds the real client on srv.
func clientFor(t *testing.T, srv *testkit.Server, opts ...core.Option) *core.Client {
	t.Helper()
	base := []core.Option{core.WithBaseURL(srv.URL), core.WithHTTPClient(srv.HTTPClient()), core.WithRetry(exactRetry)}
	c, err := core.NewClient(srv.APIKey, append(base, opts...)...)
	if err != nil {
		t.Fatalf("NewClient: %v", err)
	}
	return c
}

// addAgents adds n agents named M0001... to srv and returns their ids.
func addAgents(t *testing.T, srv *testkit.Server, n int) []int64 {
	t.Helper()
	items := make([]any, n)
	for i := range items {
		items[i] = agent{MachineName: fmt.Sprintf("M%04d", i+1), CustomerID: 1}
	}
	ids, err := testkit.Add(srv, "agents", items...)
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

// routed returns the requests srv received on method and route.
func routed(srv *testkit.Server, method, route string) []testkit.Request {
	var out []testkit.Request
	for _, r := range srv.Requests() {
		if r.Method == method && r.Route == route {
			out = append(out, r)
		}
	}
	return out
}

// gaps returns the time between consecutive requests.
func gaps(reqs []testkit.Request) []time.Duration {
	var out []time.Duration
	for i := 1; i < len(reqs); i++ {
		out = append(out, reqs[i].Time.Sub(reqs[i-1].Time))
	}
	return out
}
