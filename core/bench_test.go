package core_test

import (
	"context"
	"testing"

	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/testkit"
)

// benchGet measures one Get through the whole stack on the in-memory transport.
func benchGet(b *testing.B, rl core.RateLimitConfig) {
	srv := testkit.NewServer(b, testkit.InMemory(), testkit.WithoutDemoData())
	ids, _ := testkit.Add(srv, "agents", agent{MachineName: "M1"})
	c, err := core.NewClient(srv.APIKey, core.WithBaseURL(srv.URL), core.WithHTTPClient(srv.HTTPClient()), core.WithRateLimit(rl))
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

// BenchmarkGet is a Get with the limiter off.
func BenchmarkGet(b *testing.B) {
	benchGet(b, core.RateLimitConfig{RetryAfter: 1, MaxRetries: 1})
}

// BenchmarkGetLimited is the same Get with the default limiter on a budget it never exhausts,
// so the difference is the limiter's own bookkeeping.
func BenchmarkGetLimited(b *testing.B) {
	cfg := core.DefaultRateLimitConfig()
	cfg.MaxRequests = 1 << 30
	benchGet(b, cfg)
}
