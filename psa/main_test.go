package psa_test

import (
	"os"
	"testing"

	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/psa"
	"github.com/wyre-technology/go-atera/testkit"
)

// routes records every route any test's server was asked for.
var routes testkit.RouteLog

// TestMain fails the full suite unless every declared operation was requested by some test.
func TestMain(m *testing.M) {
	var ops []string
	for _, op := range psa.Operations() {
		ops = append(ops, op.Key())
	}
	os.Exit(routes.RunCovering(m, ops...))
}

// newPSA starts an in-memory fake Atera (the demo tenant unless opts say otherwise) and
// returns the psa client on it.
func newPSA(t *testing.T, opts ...testkit.Option) (*testkit.Server, *psa.Client) {
	t.Helper()
	srv := testkit.NewServer(t, append([]testkit.Option{testkit.InMemory(), testkit.WithRouteLog(&routes)}, opts...)...)
	c, err := core.NewClient(srv.APIKey, core.WithBaseURL(srv.URL), core.WithHTTPClient(srv.HTTPClient()))
	if err != nil {
		t.Fatal(err)
	}
	return srv, psa.New(c)
}
