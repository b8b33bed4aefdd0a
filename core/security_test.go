package core_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"testing/synctest"

	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/testkit"
)

// S3: a redirect to another origin is refused and the key never leaves; a same-origin
// redirect is followed with the key.
func TestRedirects(t *testing.T) {
	srv := fake(t, testkit.WithoutDemoData())
	ids := addAgents(t, srv, 1)
	c := clientFor(t, srv)
	for _, target := range []string{"https://evil.example/api/v3/agents/1", "https://atera.invalid:444/api/v3/agents/1", "http://atera.invalid/api/v3/agents/1"} {
		srv.Script("GET", "/agents/{agentId}", testkit.Fault{Status: 302, Header: http.Header{"Location": {target}}})
		_, err := core.Do[agent](context.Background(), c, getAgent, core.Path(ids[0]))
		if err == nil || !strings.Contains(err.Error(), "refused to leave the API origin") {
			t.Fatalf("redirect to %s: err %v", target, err)
		}
	}
	for _, r := range srv.Requests() {
		if r.Host != "atera.invalid" {
			t.Fatalf("a request went to %s", r.Host)
		}
	}
	srv.Script("GET", "/agents/{agentId}", testkit.Fault{Status: 307, Header: http.Header{"Location": {srv.URL + "/agents/" + "1"}}})
	a, err := core.Do[agent](context.Background(), c, getAgent, core.Path(ids[0]))
	if err != nil || a.AgentID != 1 {
		t.Fatalf("same-origin redirect: %+v %v", a, err)
	}
	reqs := srv.Requests()
	if last := reqs[len(reqs)-1]; last.Header.Get("X-API-KEY") != srv.APIKey {
		t.Fatal("the key was not sent after a same-origin redirect")
	}
}

// The key is attached only to the base URL's origin, even by a caller's transport or a
// caller's redirect policy that would follow anything.
func TestKeyOnlyToOwnOrigin(t *testing.T) {
	var leaked atomic.Int32
	foreign := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-API-KEY") != "" || r.Header.Get("Authorization") != "" {
			leaked.Add(1)
		}
		w.WriteHeader(204)
	}))
	defer foreign.Close()
	home := testkit.NewServer(t, testkit.WithoutDemoData())
	home.Script("GET", "/agents/{agentId}", testkit.Fault{Status: 302, Header: http.Header{"Location": {foreign.URL + "/x"}}})
	followAll := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return nil }}
	c, err := core.NewClient(home.APIKey, core.WithBaseURL(home.URL), core.WithHTTPClient(followAll))
	if err != nil {
		t.Fatal(err)
	}
	_, err = core.Do[agent](context.Background(), c, getAgent, core.Path(int64(1)))
	if err == nil || leaked.Load() != 0 {
		t.Fatalf("err %v, leaks %d; want an error and no leak", err, leaked.Load())
	}
	if followAll.Transport != nil {
		t.Fatal("the caller's http.Client was modified")
	}
}

// S4: a huge success body is refused with a clear error; a huge HTML error keeps a snippet only.
func TestHugeBodiesBounded(t *testing.T) {
	synctest.Test(t, testHugeBodiesBounded)
}

func testHugeBodiesBounded(t *testing.T) {
	srv := fake(t, testkit.WithoutDemoData())
	ids := addAgents(t, srv, 1)
	c := clientFor(t, srv, core.WithMaxResponseSize(1<<10))
	srv.Script("GET", "/agents/{agentId}", testkit.Fault{Status: 200, Body: `{"AgentID":1,"Notes":"` + strings.Repeat("x", 4<<10) + `"}`})
	_, err := core.Do[agent](context.Background(), c, getAgent, core.Path(ids[0]))
	if err == nil || !strings.Contains(err.Error(), "larger than 1024 bytes") || !strings.Contains(err.Error(), "WithMaxResponseSize") {
		t.Fatalf("err %v, want the size cap named", err)
	}
	page := "<html><head><title>500 - Internal server error.</title></head><body>" + strings.Repeat("<p>stack frame</p>", 200_000) + "</body></html>"
	srv.Script("GET", "/agents/{agentId}", testkit.Fault{Status: 500, Body: page, ContentType: "text/html"}, testkit.Fault{Status: 500, Body: page, ContentType: "text/html"})
	_, err = core.Do[agent](context.Background(), c, getAgent, core.Path(ids[0]))
	var se *core.ServerError
	if !errors.As(err, &se) {
		t.Fatalf("err %v, want *core.ServerError", err)
	}
	if se.Message != "HTML error page: 500 - Internal server error." || len(se.Body) > 4<<10 || len(err.Error()) > 1<<10 {
		t.Fatalf("message %q, body %d bytes, text %d bytes", se.Message, len(se.Body), len(err.Error()))
	}
}
