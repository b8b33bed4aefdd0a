package rmm_test

import (
	"os"
	"testing"

	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/rmm"
	"github.com/wyre-technology/go-atera/testkit"
)

// routes records the operations every test server served, so TestMain can prove that the
// suite requested each operation the module declares.
var routes testkit.RouteLog

// TestMain runs the suite and, when it ran whole (no -run or -skip), fails if some operation
// of rmm.Operations was never requested.
func TestMain(m *testing.M) {
	var ops []string
	for _, op := range rmm.Operations() {
		ops = append(ops, op.Key())
	}
	os.Exit(routes.RunCovering(m, ops...))
}

// newServer starts an in-memory fake Atera that records into routes, and returns it with an
// agents service connected to it with the right key.
func newServer(t *testing.T, opts ...testkit.Option) (*testkit.Server, *rmm.AgentsService) {
	t.Helper()
	srv := testkit.NewServer(t, append(opts, testkit.InMemory(), testkit.WithRouteLog(&routes))...)
	return srv, connect(t, srv, srv.APIKey)
}

// connect returns an agents service talking to srv with key.
func connect(t *testing.T, srv *testkit.Server, key string, opts ...core.Option) *rmm.AgentsService {
	t.Helper()
	opts = append([]core.Option{core.WithBaseURL(srv.URL), core.WithHTTPClient(srv.HTTPClient())}, opts...)
	c, err := core.NewClient(key, opts...)
	if err != nil {
		t.Fatalf("core.NewClient: %v", err)
	}
	return rmm.New(c).Agents
}

// add stores items in a collection of srv, failing the test if it cannot.
func add(t *testing.T, srv *testkit.Server, collection string, items ...any) {
	t.Helper()
	if _, err := testkit.Add(srv, collection, items...); err != nil {
		t.Fatalf("testkit.Add(%q): %v", collection, err)
	}
}
