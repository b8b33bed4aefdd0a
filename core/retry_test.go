package core_test

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"testing"
	"testing/synctest"
	"time"

	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/testkit"
)

// R1: 429 with Retry-After in seconds, then as an HTTP date, then none, then success.
func TestRetryAfterHonouredThenBackoff(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		srv := fake(t)
		ids := addAgents(t, srv, 1)
		date := time.Now().Add(5 * time.Second).UTC().Format(http.TimeFormat) // 3 s after the second attempt
		srv.Script("GET", "/agents/{agentId}",
			testkit.RetryAfter(429, "2"), testkit.RetryAfter(429, date), testkit.Status(429))
		c := clientFor(t, srv)
		a, err := core.Do[agent](context.Background(), c, getAgent, core.Path(ids[0]))
		if err != nil {
			t.Fatalf("Do: %v", err)
		}
		if a.AgentID != ids[0] {
			t.Fatalf("got agent %d, want %d", a.AgentID, ids[0])
		}
		reqs := routed(srv, "GET", "/agents/{agentId}")
		if len(reqs) != 4 {
			t.Fatalf("%d attempts, want 4", len(reqs))
		}
		// The third 429 had no header: the backoff starts from RetryAfter (5s), doubled twice.
		want := []time.Duration{2 * time.Second, 3 * time.Second, 20 * time.Second}
		if got := gaps(reqs); !slices.Equal(got, want) {
			t.Fatalf("waits %v, want %v", got, want)
		}
	})
}

// R2: a 429 that never ends gives up after MaxRetries with *RateLimitError, and a wait that
// would pass the caller's deadline returns before it.
func TestRateLimitedGivesUp(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		srv := fake(t)
		ids := addAgents(t, srv, 1)
		for range 4 {
			srv.Script("GET", "/agents/{agentId}", testkit.RetryAfter(429, "1"))
		}
		c := clientFor(t, srv)
		_, err := core.Do[agent](context.Background(), c, getAgent, core.Path(ids[0]))
		var rl *core.RateLimitError
		if !errors.As(err, &rl) || !errors.Is(err, core.ErrRateLimited) {
			t.Fatalf("err %v, want *core.RateLimitError", err)
		}
		if rl.RetryAfter != time.Second || rl.Attempts != 4 {
			t.Fatalf("RetryAfter %v after %d attempts, want 1s after 4", rl.RetryAfter, rl.Attempts)
		}
		if n := len(routed(srv, "GET", "/agents/{agentId}")); n != 4 {
			t.Fatalf("%d attempts, want 4", n)
		}

		srv.Script("GET", "/agents/{agentId}", testkit.RetryAfter(429, "30"))
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		begin := time.Now()
		_, err = core.Do[agent](ctx, c, getAgent, core.Path(ids[0]))
		if !errors.As(err, &rl) || rl.RetryAfter != 30*time.Second {
			t.Fatalf("err %v, want *core.RateLimitError with RetryAfter 30s", err)
		}
		if waited := time.Since(begin); waited >= 10*time.Second {
			t.Fatalf("returned after %v, past the 10s deadline", waited)
		}
	})
}

// A Retry-After beyond RetryConfig.MaxDelay fails at once rather than sending early.
func TestRetryAfterBeyondCapFailsAtOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		srv := fake(t)
		ids := addAgents(t, srv, 1)
		srv.Script("GET", "/agents/{agentId}", testkit.RetryAfter(429, "3600"))
		c := clientFor(t, srv)
		begin := time.Now()
		_, err := core.Do[agent](context.Background(), c, getAgent, core.Path(ids[0]))
		var rl *core.RateLimitError
		if !errors.As(err, &rl) || rl.RetryAfter != time.Hour || time.Since(begin) != 0 {
			t.Fatalf("err %v after %v, want an immediate *core.RateLimitError asking for 1h", err, time.Since(begin))
		}
	})
}

// R3: retry-safe operations are re-sent once after a 5xx; a second 5xx is a *ServerError.
func TestServerErrorsRetriedOnceForSafeOperations(t *testing.T) {
	faults := map[string]testkit.Fault{
		"500":      testkit.Status(500),
		"502":      testkit.Status(502),
		"503":      testkit.Status(503),
		"504":      testkit.Status(504),
		"HTML 502": {Status: 502, Body: "<html><head><title>502 - Web server received an invalid response</title></head><body>bad gateway</body></html>", ContentType: "text/html"},
	}
	calls := map[string]func(c *core.Client, ids []int64) error{
		"GET": func(c *core.Client, ids []int64) error {
			_, err := core.Do[agent](context.Background(), c, getAgent, core.Path(ids[0]))
			return err
		},
		"PUT": func(c *core.Client, ids []int64) error {
			return core.Exec(context.Background(), c, updateCustomer, core.Path(ids[1]).Body(customer{City: "Leeds"}))
		},
		"DELETE": func(c *core.Client, ids []int64) error {
			return core.Exec(context.Background(), c, deleteAgent, core.Path(ids[0]))
		},
	}
	routes := map[string]string{"GET": "/agents/{agentId}", "PUT": "/customers/{customerId}", "DELETE": "/agents/{agentId}"}
	for method, call := range calls {
		for name, fault := range faults {
			t.Run(method+" "+name, func(t *testing.T) {
				synctest.Test(t, func(t *testing.T) {
					srv := fake(t, testkit.WithoutDemoData())
					ids := addAgents(t, srv, 1)
					cust, _ := testkit.Add(srv, "customers", customer{CustomerName: "Acme"})
					ids = append(ids, cust[0])
					c := clientFor(t, srv)

					srv.Script(method, routes[method], fault)
					begin := time.Now()
					if err := call(c, ids); err != nil {
						t.Fatalf("after one %s: %v", name, err)
					}
					if n := len(routed(srv, method, routes[method])); n != 2 {
						t.Fatalf("%d attempts, want 2", n)
					}
					if waited := time.Since(begin); waited != exactRetry.Delay {
						t.Fatalf("waited %v before the retry, want %v", waited, exactRetry.Delay)
					}

					srv.Script(method, routes[method], fault, fault)
					err := call(c, ids)
					var se *core.ServerError
					if !errors.As(err, &se) || !errors.Is(err, core.ErrServer) || se.Attempts != 2 {
						t.Fatalf("err %v, want *core.ServerError after 2 attempts", err)
					}
					if name == "HTML 502" && se.Message != "HTML error page: 502 - Web server received an invalid response" {
						t.Fatalf("message %q, want the page title", se.Message)
					}
				})
			})
		}
	}
}

// R4: a create is never sent twice once it may have reached Atera; the server commits at most
// one record, and exactly one whenever the SDK reports success.
func TestCreateNeverDuplicated(t *testing.T) {
	cases := map[string]struct {
		faults []testkit.Fault
		ok     bool
	}{
		"500 after commit":     {[]testkit.Fault{{Status: 500, AfterCommit: true}}, false},
		"reset after commit":   {[]testkit.Fault{{Drop: true, AfterCommit: true}}, false},
		"timeout after commit": {[]testkit.Fault{{Hang: true, AfterCommit: true}}, false},
		"reset before commit":  {[]testkit.Fault{{Drop: true}}, false},
		"429 then success":     {[]testkit.Fault{testkit.RetryAfter(429, "1")}, true},
		"dial refused":         {[]testkit.Fault{{Refuse: true}}, true},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				srv := fake(t, testkit.WithoutDemoData())
				c := clientFor(t, srv, core.WithTimeout(5*time.Second))
				srv.Script("POST", "/customers", tc.faults...)
				id, err := core.Create(context.Background(), c, createCustomer, core.Path().Body(customer{CustomerName: "Globex"}))
				committed := testkit.Count(srv, "customers")
				if committed > 1 {
					t.Fatalf("server committed %d customers", committed)
				}
				if (err == nil) != tc.ok {
					t.Fatalf("err %v, want success %v", err, tc.ok)
				}
				if err == nil {
					if committed != 1 {
						t.Fatalf("success reported but %d committed", committed)
					}
					got, found, _ := testkit.Item[customer](srv, "customers", id)
					if !found || got.CustomerName != "Globex" {
						t.Fatalf("created id %d not found as Globex: %+v", id, got)
					}
				}
			})
		})
	}
}

// An opted-in client re-sends creates after a 5xx.
func TestRetryUnsafeOptIn(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		srv := fake(t, testkit.WithoutDemoData())
		cfg := exactRetry
		cfg.RetryUnsafe = true
		c := clientFor(t, srv, core.WithRetry(cfg))
		srv.Script("POST", "/customers", testkit.Status(503))
		if _, err := core.Create(context.Background(), c, createCustomer, core.Path().Body(customer{CustomerName: "Initech"})); err != nil {
			t.Fatal(err)
		}
		if n := len(routed(srv, "POST", "/customers")); n != 2 {
			t.Fatalf("%d attempts, want 2", n)
		}
	})
}

// R6: every attempt sends the identical body bytes.
func TestBodyIdenticalOnEveryAttempt(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		srv := fake(t, testkit.WithoutDemoData())
		ids, _ := testkit.Add(srv, "customers", customer{CustomerName: "Acme"})
		c := clientFor(t, srv)
		srv.Script("PUT", "/customers/{customerId}", testkit.RetryAfter(429, "1"), testkit.Status(500))
		body := map[string]any{"City": "Zürich", "Notes": "<b>&</b>", "Longitude": 8.54}
		if err := core.Exec(context.Background(), c, updateCustomer, core.Path(ids[0]).Body(body)); err != nil {
			t.Fatal(err)
		}
		reqs := routed(srv, "PUT", "/customers/{customerId}")
		if len(reqs) != 3 {
			t.Fatalf("%d attempts, want 3", len(reqs))
		}
		for i, r := range reqs {
			if string(r.Body) != string(reqs[0].Body) || len(r.Body) == 0 {
				t.Fatalf("attempt %d sent %q, attempt 1 sent %q", i+1, r.Body, reqs[0].Body)
			}
		}
		got, _, _ := testkit.Item[customer](srv, "customers", ids[0])
		if got.City != "Zürich" {
			t.Fatalf("city %q after update", got.City)
		}
	})
}
