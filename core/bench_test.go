package core_test

import (
	"context"
	"testing"

	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/testkit"
)

// BenchmarkGet measures one Get through the whole stack (limiter off, in-memory transport).
func BenchmarkGet(b *testing.B) {
	srv := testkit.NewServer(b, testkit.InMemory(), testkit.WithoutDemoData())
	ids, _ := testkit.Add(srv, "agents", agent{MachineName: "M1"})
	c, err := core.NewClient(srv.APIKey, core.WithBaseURL(srv.URL), core.WithHTTPClient(srv.HTTPClient()),
		core.WithRateLimit(core.RateLimitConfig{RetryAfter: 1, MaxRetries: 1}))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := core.Do[agent](context.Background(), c, getAgent, core.Path(ids[0])); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGetLimited measures the same Get with the default limiter on a budget it never
// exhausts, so the figure is the limiter's own bookkeeping cost.
func BenchmarkGetLimited(b *testing.B) {
	srv := testkit.NewServer(b, testkit.InMemory(), testkit.WithoutDemoData())
	ids, _ := testkit.Add(srv, "agents", agent{MachineName: "M1"})
	cfg := core.DefaultRateLimitConfig()
	cfg.MaxRequests = 1 << 30
	c, err := core.NewClient(srv.APIKey, core.WithBaseURL(srv.URL), core.WithHTTPClient(srv.HTTPClient()), core.WithRateLimit(cfg))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := core.Do[agent](context.Background(), c, getAgent, core.Path(ids[0])); err != nil {
			b.Fatal(err)
		}
	}
}
