package core_test

import (
	"context"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/testkit"
)

// L2, L3: saturating load from 1 to 100 goroutines against a server enforcing 700/min gets no
// 429 and at least 97% of the budget, over at least nine fake minutes.
func TestLimiterThroughputWithoutRateLimitErrors(t *testing.T) {
	cases := []struct {
		name       string
		goroutines int
		perG       int
		model      testkit.LimitModel
		latMin     time.Duration
		latMax     time.Duration
	}{
		{"sliding log, 100 goroutines", 100, 70, testkit.SlidingLog, 5 * time.Millisecond, 400 * time.Millisecond},
		{"fixed window, 100 goroutines", 100, 70, testkit.FixedWindow, 5 * time.Millisecond, 400 * time.Millisecond},
		{"sliding log, 10 goroutines", 10, 700, testkit.SlidingLog, 5 * time.Millisecond, 400 * time.Millisecond},
		{"sliding log, 1 goroutine", 1, 7000, testkit.SlidingLog, 5 * time.Millisecond, 50 * time.Millisecond},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				srv := fake(t, testkit.WithoutDemoData(),
					testkit.WithLatency(tc.latMin, tc.latMax),
					testkit.WithRateLimit(testkit.RateLimit{Requests: 700, Window: time.Minute, Model: tc.model}))
				ids := addAgents(t, srv, 1)
				c := clientFor(t, srv)
				begin := time.Now()
				var wg sync.WaitGroup
				for range tc.goroutines {
					wg.Go(func() {
						for range tc.perG {
							if _, err := core.Do[agent](context.Background(), c, getAgent, core.Path(ids[0])); err != nil {
								t.Errorf("Do: %v", err)
								return
							}
						}
					})
				}
				wg.Wait()
				elapsed := time.Since(begin)
				reqs := routed(srv, "GET", "/agents/{agentId}")
				limited := 0
				for _, r := range reqs {
					if r.Status == 429 {
						limited++
					}
				}
				sent := tc.goroutines * tc.perG
				perMinute := float64(sent) / elapsed.Minutes()
				t.Logf("%d requests in %v: %.1f/min (%.1f%% of 700), %d × 429", sent, elapsed.Round(time.Millisecond), perMinute, perMinute/7, limited)
				if limited != 0 {
					t.Fatalf("%d answers were 429", limited)
				}
				if elapsed < 9*time.Minute {
					t.Fatalf("ran only %v of fake time; the budget was exceeded", elapsed)
				}
				if perMinute < 0.97*700 {
					t.Fatalf("throughput %.1f/min, below 97%% of 700/min", perMinute)
				}
			})
		})
	}
}

// L4: after a 429 with Retry-After, no request of the client starts before it has passed.
func TestRateLimitPausesWholeClient(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		srv := fake(t, testkit.WithoutDemoData())
		ids := addAgents(t, srv, 1)
		c := clientFor(t, srv)
		noFaults := make([]testkit.Fault, 20)
		srv.Script("GET", "/agents/{agentId}", append(noFaults, testkit.RetryAfter(429, "7"))...)
		var wg sync.WaitGroup
		for range 10 {
			wg.Go(func() {
				for range 10 {
					if _, err := core.Do[agent](context.Background(), c, getAgent, core.Path(ids[0])); err != nil {
						t.Errorf("Do: %v", err)
					}
					time.Sleep(100 * time.Millisecond)
				}
			})
		}
		wg.Wait()
		reqs := routed(srv, "GET", "/agents/{agentId}")
		var limitedAt time.Time
		for _, r := range reqs {
			if r.Status == 429 {
				limitedAt = r.Time
			}
		}
		if limitedAt.IsZero() {
			t.Fatal("the scripted 429 never came")
		}
		for _, r := range reqs {
			if r.Time.After(limitedAt) && r.Time.Before(limitedAt.Add(7*time.Second)) {
				t.Fatalf("a request started %v after the 429, inside its Retry-After of 7s", r.Time.Sub(limitedAt))
			}
		}
		if len(reqs) != 101 {
			t.Fatalf("%d requests, want 100 plus one retry", len(reqs))
		}
	})
}
