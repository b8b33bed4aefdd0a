package psa_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/psa"
	"github.com/wyre-technology/go-atera/testkit"
)

// seed stores items in a testkit collection, failing the test on error.
func seed(t *testing.T, srv *testkit.Server, collection string, items ...any) {
	t.Helper()
	if _, err := testkit.Add(srv, collection, items...); err != nil {
		t.Fatal(err)
	}
}

// lastRequest is the last request srv received, with its body decoded as a JSON object.
func lastRequest(t *testing.T, srv *testkit.Server) (testkit.Request, map[string]any) {
	t.Helper()
	reqs := srv.Requests()
	if len(reqs) == 0 {
		t.Fatal("no request was sent")
	}
	r := reqs[len(reqs)-1]
	var body map[string]any
	if len(r.Body) > 0 {
		if err := json.Unmarshal(r.Body, &body); err != nil {
			t.Fatalf("body %s: %v", r.Body, err)
		}
	}
	return r, body
}

// wantNotFound fails the test unless err is a *core.NotFoundError.
func wantNotFound(t *testing.T, err error) {
	t.Helper()
	var nf *core.NotFoundError
	if !errors.As(err, &nf) {
		t.Fatalf("err = %v, want a *core.NotFoundError", err)
	}
}

// wantRefused fails the test unless err wraps core.ErrInvalidInput and nothing was sent.
func wantRefused(t *testing.T, srv *testkit.Server, err error) {
	t.Helper()
	if !errors.Is(err, core.ErrInvalidInput) {
		t.Fatalf("err = %v, want core.ErrInvalidInput", err)
	}
	if n := len(srv.Requests()); n != 0 {
		t.Fatalf("%d requests sent for refused input", n)
	}
}

// ptr returns a pointer to v.
func ptr[T any](v T) *T { return &v }

// refusesAll runs each call on a fresh client, in a subtest of its name, and checks that it
// is refused with core.ErrInvalidInput before anything is sent.
func refusesAll(t *testing.T, calls map[string]func(*psa.Client) error) {
	t.Helper()
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			srv, p := newPSA(t, testkit.WithoutDemoData())
			wantRefused(t, srv, call(p))
		})
	}
}
