package testkit

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"testing/synctest"
	"time"
)

func TestLatencySplitsAroundHandler(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := New(InMemory(), WithLatency(100*time.Millisecond, 100*time.Millisecond))
		defer s.Close()
		start := time.Now()
		if code, _, _ := send(t, s, "GET", "/agents/1", ""); code != 200 {
			t.Fatalf("status %d", code)
		}
		if d := time.Since(start); d != 100*time.Millisecond {
			t.Fatalf("took %v", d)
		}
		if arr := s.Requests()[0].Time.Sub(start); arr != 50*time.Millisecond {
			t.Fatalf("arrival after %v", arr)
		}
	})
}

func TestLatencyRangeIsDeterministic(t *testing.T) {
	durations := func() []time.Duration {
		var out []time.Duration
		synctest.Test(t, func(t *testing.T) {
			s := New(InMemory(), WithLatency(5*time.Millisecond, 400*time.Millisecond), WithSeed(9))
			defer s.Close()
			for range 20 {
				start := time.Now()
				send(t, s, "GET", "/agents/1", "")
				d := time.Since(start)
				if d < 5*time.Millisecond || d > 400*time.Millisecond {
					t.Fatalf("latency %v out of range", d)
				}
				out = append(out, d)
			}
		})
		return out
	}
	a, b := durations(), durations()
	distinct := map[time.Duration]bool{}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("draw %d: %v vs %v", i, a[i], b[i])
		}
		distinct[a[i]] = true
	}
	if len(distinct) < 10 {
		t.Fatalf("latency barely varies: %v", a)
	}
}

func TestLatencyCancellable(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := New(InMemory(), WithLatency(10*time.Second, 10*time.Second))
		defer s.Close()
		for _, timeout := range []time.Duration{2 * time.Second, 7 * time.Second} {
			ctx, cancel := context.WithTimeout(t.Context(), timeout)
			start := time.Now()
			_, err := rawSend(ctx, s, s.HTTPClient(), "DELETE", s.URL+"/agents/3", "")
			cancel()
			if !errors.Is(err, context.DeadlineExceeded) || time.Since(start) != timeout {
				t.Fatalf("timeout %v: %v after %v", timeout, err, time.Since(start))
			}
		}
		// Cancelled before arrival: not received. Cancelled after: received and committed.
		if n := len(s.Requests()); n != 1 || Count(s, "agents") != 159 {
			t.Fatalf("%d requests logged, %d agents", n, Count(s, "agents"))
		}
	})
}

func TestLatencyOnListener(t *testing.T) {
	s := NewServer(t, WithLatency(40*time.Millisecond, 40*time.Millisecond))
	start := time.Now()
	if code, _, _ := sendCtx(t, t.Context(), s, http.DefaultClient, "GET", s.URL+"/agents/1", ""); code != 200 {
		t.Fatalf("status %d", code)
	}
	if d := time.Since(start); d < 40*time.Millisecond {
		t.Fatalf("took %v", d)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Millisecond)
	defer cancel()
	if _, err := rawSend(ctx, s, http.DefaultClient, "GET", s.URL+"/agents/1", ""); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("cancel: %v", err)
	}
}

func TestWithLatencyMaxBelowMin(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := New(InMemory(), WithLatency(time.Second, time.Millisecond))
		defer s.Close()
		start := time.Now()
		send(t, s, "GET", "/agents/1", "")
		if d := time.Since(start); d != time.Second {
			t.Fatalf("took %v", d)
		}
	})
}
