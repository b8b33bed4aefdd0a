package core_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/testkit"
)

// C1: a context that ends while the call waits on the limiter, on a backoff, or on the answer
// returns ctx.Err() at once; the slot is given back and no goroutine is left behind (synctest
// fails the test if one is).
func TestCancelReturnsAtOnce(t *testing.T) {
	cases := map[string]func(t *testing.T, srv *testkit.Server, c *core.Client, id int64){
		"limiter wait": func(t *testing.T, srv *testkit.Server, c *core.Client, id int64) {
			if _, err := core.Do[agent](context.Background(), c, getAgent, core.Path(id)); err != nil {
				t.Fatal(err) // takes the only slot for a minute
			}
		},
		"backoff": func(t *testing.T, srv *testkit.Server, c *core.Client, id int64) {
			srv.Script("GET", "/agents/{agentId}", testkit.RetryAfter(429, "30"))
		},
		"request": func(t *testing.T, srv *testkit.Server, c *core.Client, id int64) {
			srv.Script("GET", "/agents/{agentId}", testkit.Fault{Hang: true})
		},
	}
	for name, setup := range cases {
		t.Run(name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				srv := fake(t, testkit.WithoutDemoData())
				id := addAgents(t, srv, 1)[0]
				c := clientFor(t, srv, core.WithRateLimit(core.RateLimitConfig{
					Enabled: true, MaxRequests: 1, Window: time.Minute, ThrottleThreshold: 1, RetryAfter: time.Second, MaxRetries: 3,
				}))
				setup(t, srv, c, id)
				ctx, cancel := context.WithCancel(context.Background())
				errc := make(chan error, 1)
				go func() {
					_, err := core.Do[agent](ctx, c, getAgent, core.Path(id))
					errc <- err
				}()
				time.Sleep(5 * time.Second)
				synctest.Wait()
				canceled := time.Now()
				cancel()
				if err := <-errc; !errors.Is(err, context.Canceled) || err != context.Canceled {
					t.Fatalf("err %v, want exactly context.Canceled", err)
				}
				if time.Since(canceled) != 0 {
					t.Fatalf("returned %v after cancel", time.Since(canceled))
				}
			})
		})
	}
}

// The slot of a cancelled wait goes back: with a budget of 2, one call holds a slot, nine
// cancelled waiters come and go, and the next call still gets the second slot at once.
func TestCancelledWaitersGiveSlotsBack(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		srv := fake(t, testkit.WithoutDemoData())
		id := addAgents(t, srv, 1)[0]
		c := clientFor(t, srv, core.WithRateLimit(core.RateLimitConfig{
			Enabled: true, MaxRequests: 2, Window: time.Minute, ThrottleThreshold: 0.5, RetryAfter: time.Second, MaxRetries: 3,
		}))
		if _, err := core.Do[agent](context.Background(), c, getAgent, core.Path(id)); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		var wg sync.WaitGroup
		for range 9 {
			wg.Go(func() {
				if _, err := core.Do[agent](ctx, c, getAgent, core.Path(id)); !errors.Is(err, context.Canceled) {
					t.Errorf("err %v, want context.Canceled", err)
				}
			})
		}
		synctest.Wait()
		cancel()
		wg.Wait()
		// Pacing spreads the last slot over the window, so it comes at 30 s, not at 60 s.
		begin := time.Now()
		if _, err := core.Do[agent](context.Background(), c, getAgent, core.Path(id)); err != nil {
			t.Fatal(err)
		}
		if waited := time.Since(begin); waited > 30*time.Second {
			t.Fatalf("waited %v for the second slot; a cancelled waiter kept it", waited)
		}
	})
}
