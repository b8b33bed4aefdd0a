package core_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/testkit"
)

// L4, for calls that give up: a 429 pauses the whole client even when the call that got it
// returns *RateLimitError at once (retries used up, Retry-After beyond the cap, or past the
// caller's deadline).
func TestRateLimitPausesClientWhenCallGivesUp(t *testing.T) {
	cases := map[string]struct {
		retryAfter string
		pause      time.Duration
		rl         core.RateLimitConfig
		deadline   time.Duration
	}{
		"retries used up": {"10", 10 * time.Second, core.RateLimitConfig{RetryAfter: time.Second}, 0},
		"beyond the cap":  {"3600", time.Hour, core.DefaultRateLimitConfig(), 0},
		"past deadline":   {"30", 30 * time.Second, core.DefaultRateLimitConfig(), 2 * time.Second},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				srv := fake(t, testkit.WithoutDemoData())
				id := addAgents(t, srv, 1)[0]
				c := clientFor(t, srv, core.WithRateLimit(tc.rl))
				srv.Script("GET", "/agents/{agentId}", testkit.RetryAfter(429, tc.retryAfter))
				ctx := context.Background()
				if tc.deadline > 0 {
					var cancel context.CancelFunc
					ctx, cancel = context.WithTimeout(ctx, tc.deadline)
					defer cancel()
				}
				begin := time.Now()
				if _, err := core.Do[agent](ctx, c, getAgent, core.Path(id)); !errors.Is(err, core.ErrRateLimited) || time.Since(begin) != 0 {
					t.Fatalf("err %v after %v, want an immediate rate-limit error", err, time.Since(begin))
				}
				if _, err := core.Do[agent](context.Background(), c, getAgent, core.Path(id)); err != nil {
					t.Fatal(err)
				}
				if waited := time.Since(begin); waited != tc.pause {
					t.Fatalf("the next call went out after %v, want %v", waited, tc.pause)
				}
			})
		})
	}
}

// Dot segments would change the route, so they are refused as path parameters; named integer
// and string types are accepted.
func TestPathParamDotSegmentsAndNamedTypes(t *testing.T) {
	srv := fake(t, testkit.WithoutDemoData())
	c := clientFor(t, srv)
	for _, p := range []string{".", ".."} {
		if _, err := core.List[agent](context.Background(), c, byMachine, core.Path(p)); !errors.Is(err, core.ErrInvalidInput) || !strings.Contains(err.Error(), "change the route") {
			t.Fatalf("%q: err %v", p, err)
		}
	}
	if len(srv.Requests()) != 0 {
		t.Fatal("a dot segment was sent")
	}
	type agentID int32
	type machine string
	ids := addAgents(t, srv, 1)
	if a, err := core.Do[agent](context.Background(), c, getAgent, core.Path(agentID(ids[0]))); err != nil || a.AgentID != ids[0] {
		t.Fatalf("named int id: %+v %v", a, err)
	}
	if _, err := core.List[agent](context.Background(), c, byMachine, core.Path(machine("M0001"))); err != nil {
		t.Fatalf("named string: %v", err)
	}
	if reqs := srv.Requests(); reqs[len(reqs)-1].Route != "/agents/machine/{machineName}" {
		t.Fatalf("routed to %q", reqs[len(reqs)-1].Route)
	}
}

// keyEcho is a transport that fails with an error quoting the key, as a broken proxy might.
type keyEcho struct{}

func (keyEcho) RoundTrip(r *http.Request) (*http.Response, error) {
	return nil, fmt.Errorf("proxy refused X-API-KEY=%s for %s", r.Header.Get("X-API-KEY"), r.URL.Path)
}

// S1 and F1 at the edges: a transport error quoting the key is redacted in the log and the
// error; a key cut by the body cap leaves no start of it behind; an error for a huge path stays
// within 1 KiB.
func TestKeyRedactedAtTheEdges(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const key = "tk_SECRET_0123456789abcdef"
		var logs strings.Builder
		c, err := core.NewClient(key, core.WithHTTPClient(&http.Client{Transport: keyEcho{}}), core.WithRetry(exactRetry),
			core.WithLogger(slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))))
		if err != nil {
			t.Fatal(err)
		}
		_, err = core.Do[agent](context.Background(), c, getAgent, core.Path(int64(1)))
		if err == nil || strings.Contains(err.Error(), key) || strings.Contains(logs.String(), key) || !strings.Contains(logs.String(), "[REDACTED]") {
			t.Fatalf("err %v\nlogs %s", err, logs.String())
		}

		srv := fake(t, testkit.WithAPIKey(key), testkit.WithoutDemoData())
		kc := clientFor(t, srv)
		srv.Script("GET", "/agents/{agentId}", testkit.Fault{Status: 404, Body: strings.Repeat("x", 4084) + key + " trailing"})
		_, err = core.Do[agent](context.Background(), kc, getAgent, core.Path(int64(1)))
		var e *core.Error
		if !errors.As(err, &e) || strings.Contains(string(e.Body), key[:6]) || len(e.Body) > 4096 {
			t.Fatalf("body keeps %q at its end (%d bytes)", e.Body[len(e.Body)-16:], len(e.Body))
		}

		srv.Script("GET", "/agents/machine/{machineName}", testkit.Fault{Drop: true}, testkit.Fault{Drop: true})
		_, err = core.List[agent](context.Background(), kc, byMachine, core.Path(strings.Repeat("m", 2000)))
		if err == nil || len(err.Error()) > 1024 {
			t.Fatalf("error text is %d bytes", len(err.Error()))
		}
	})
}

// ListAll stops on the last page even when Atera still sends a nextLink, keeps going when
// totalPages is missing, and stops on an empty page without asking for more.
func TestListAllStopConditions(t *testing.T) {
	page := func(t *testing.T, srv *testkit.Server, n, total int, ids ...int64) testkit.Fault {
		return envelope(t, n, total, fmt.Sprintf("%s/agents?page=%d", srv.URL, n+1), ids...)
	}
	srv := fake(t, testkit.WithoutDemoData())
	c := clientFor(t, srv)
	srv.Script("GET", "/agents", page(t, srv, 1, 1, 1))
	if items, err := core.ListAll[agent](context.Background(), c, listAgents, core.Path()).Collect(); err != nil || len(items) != 1 || len(srv.Requests()) != 1 {
		t.Fatalf("last page: %d items, %d requests, %v", len(items), len(srv.Requests()), err)
	}
	srv = fake(t, testkit.WithoutDemoData())
	c = clientFor(t, srv)
	srv.Script("GET", "/agents", page(t, srv, 1, 0, 1), page(t, srv, 2, 0, 2), page(t, srv, 3, 0))
	if items, err := core.ListAll[agent](context.Background(), c, listAgents, core.Path()).Collect(); err != nil || len(items) != 2 || len(srv.Requests()) != 3 {
		t.Fatalf("no totalPages: %d items, %d requests, %v", len(items), len(srv.Requests()), err)
	}
}

// Atera's ids as JSON: exotic float forms and ids beyond float precision are refused.
func TestFlexIntRefusesInexactNumbers(t *testing.T) {
	for _, in := range []string{`"0x1p3"`, `"NaN"`, `"Inf"`, `"9007199254740993.0"`, `1e300`} {
		var n core.FlexInt
		if err := json.Unmarshal([]byte(in), &n); err == nil {
			t.Errorf("%s read as %d", in, n)
		}
	}
}

type hidden struct {
	Size int `url:"size"`
}

// hiddenQuery embeds an unexported struct; its exported fields are promoted and sent.
type hiddenQuery struct {
	hidden
}

func TestQueryWithUnexportedEmbeddedStruct(t *testing.T) {
	srv := fake(t, testkit.WithoutDemoData())
	c := clientFor(t, srv)
	if _, err := core.List[agent](context.Background(), c, listAgents, core.Path().Query(hiddenQuery{hidden{Size: 3}})); err != nil {
		t.Fatal(err)
	}
	if got := srv.Requests()[0].Query.Get("size"); got != "3" {
		t.Fatalf("size=%q, want 3", got)
	}
}

// Each redirect hop is one more send: it takes a slot of the budget like the first request.
func TestRedirectHopsCountAgainstTheBudget(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		srv := fake(t, testkit.WithoutDemoData())
		id := addAgents(t, srv, 1)[0]
		c := clientFor(t, srv, core.WithRateLimit(core.RateLimitConfig{
			Enabled: true, MaxRequests: 2, Window: time.Minute, ThrottleThreshold: 1, RetryAfter: time.Second, MaxRetries: 1,
		}))
		srv.Script("GET", "/agents/{agentId}", testkit.Fault{Status: 307, Header: http.Header{"Location": {fmt.Sprintf("%s/agents/%d", srv.URL, id)}}})
		begin := time.Now()
		if _, err := core.Do[agent](context.Background(), c, getAgent, core.Path(id)); err != nil {
			t.Fatal(err)
		}
		if _, err := core.Do[agent](context.Background(), c, getAgent, core.Path(id)); err != nil {
			t.Fatal(err)
		}
		if n, waited := len(srv.Requests()), time.Since(begin); n != 3 || waited != time.Minute {
			t.Fatalf("%d sends, the third after %v; want it one window after the redirected pair", n, waited)
		}
	})
}

// A nextLink that names the first page again, with its query in another order, is a repeat.
func TestListAllRepeatOfFirstPageInOtherOrder(t *testing.T) {
	srv := fake(t, testkit.WithoutDemoData())
	c := clientFor(t, srv)
	srv.Script("GET", "/agents", envelope(t, 0, 3, srv.URL+"/agents?page=1&itemsInPage=50", 1))
	_, err := core.ListAll[agent](context.Background(), c, listAgents, core.Path().Query(core.ListOptions{Page: 1})).Collect()
	if err == nil || !strings.Contains(err.Error(), "nextLink repeats") || len(srv.Requests()) != 1 {
		t.Fatalf("err %v after %d requests", err, len(srv.Requests()))
	}
}
