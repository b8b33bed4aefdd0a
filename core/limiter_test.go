package core

import (
	"context"
	"errors"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

// maxInWindow returns the most sends that fall in any half-open window [t, t+w).
func maxInWindow(sends []time.Time, w time.Duration) int {
	slices.SortFunc(sends, func(a, b time.Time) int { return a.Compare(b) })
	best, j := 0, 0
	for i := range sends {
		for j < len(sends) && sends[j].Before(sends[i].Add(w)) {
			j++
		}
		best = max(best, j-i)
	}
	return best
}

// L1: random schedules of arrivals and latencies never put more than the budget in any window.
func TestLimiterNeverExceedsBudgetInAnyWindow(t *testing.T) {
	for _, budget := range []int{1, 7, 560, 700} {
		for seed := range uint64(3) {
			synctest.Test(t, func(t *testing.T) {
				rng := rand.New(rand.NewPCG(seed, uint64(budget)))
				window := time.Minute
				l := newLimiter(RateLimitConfig{Enabled: true, MaxRequests: budget, Window: window, ThrottleThreshold: rng.Float64()*0.9 + 0.1, RetryAfter: time.Second})
				var mu sync.Mutex
				var sends []time.Time
				var wg sync.WaitGroup
				callers := min(4*budget, 1500)
				for range callers {
					start := time.Duration(rng.Int64N(int64(3 * window)))
					latency := time.Duration(rng.Int64N(int64(2 * time.Second)))
					wg.Go(func() {
						time.Sleep(start)
						s, err := l.acquire(context.Background())
						if err != nil {
							t.Errorf("acquire: %v", err)
							return
						}
						mu.Lock()
						sends = append(sends, time.Now())
						mu.Unlock()
						time.Sleep(latency)
						l.done(s)
					})
				}
				wg.Wait()
				if len(sends) != callers {
					t.Fatalf("%d sends, want %d", len(sends), callers)
				}
				if got := maxInWindow(sends, window); got > budget {
					t.Fatalf("budget %d seed %d: %d sends in one window", budget, seed, got)
				}
			})
		}
	}
}

// Below the threshold the limiter adds no delay; past it, the rest is paced evenly.
func TestLimiterNoDelayBelowThresholdThenPaces(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		l := newLimiter(RateLimitConfig{Enabled: true, MaxRequests: 10, Window: 10 * time.Second, ThrottleThreshold: 0.5, RetryAfter: time.Second})
		begin := time.Now()
		var starts []time.Duration
		for range 10 {
			s, err := l.acquire(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			starts = append(starts, time.Since(begin))
			l.done(s)
		}
		for i := range 5 {
			if starts[i] != 0 {
				t.Fatalf("send %d below the threshold waited %v", i, starts[i])
			}
		}
		// 5 remaining slots spread over the 10 s horizon: a gap of 10s/6 each.
		gap := 10 * time.Second / 6
		for i := 5; i < 10; i++ {
			if want := time.Duration(i-4) * gap; starts[i]-want > time.Millisecond || want-starts[i] > time.Millisecond {
				t.Fatalf("send %d at %v, want about %v (starts %v)", i, starts[i], want, starts)
			}
		}
		// The eleventh waits for the first slot to free: one window after its answer.
		if _, err := l.acquire(context.Background()); err != nil {
			t.Fatal(err)
		}
		if got := time.Since(begin); got != 10*time.Second {
			t.Fatalf("send 11 at %v, want 10s", got)
		}
	})
}

// C1 (limiter part): a caller whose context ends while queued returns ctx.Err() at once and
// gives its slot back; no goroutine is left behind.
func TestLimiterCancelGivesSlotBack(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		l := newLimiter(RateLimitConfig{Enabled: true, MaxRequests: 1, Window: time.Minute, ThrottleThreshold: 1, RetryAfter: time.Second})
		first, err := l.acquire(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		errc := make(chan error)
		go func() {
			_, err := l.acquire(ctx)
			errc <- err
		}()
		synctest.Wait()
		began := time.Now()
		cancel()
		if err := <-errc; !errors.Is(err, context.Canceled) {
			t.Fatalf("err %v, want context.Canceled", err)
		}
		if time.Since(began) != 0 {
			t.Fatal("cancel did not return at once")
		}
		l.giveBack(first)
		if _, err := l.acquire(context.Background()); err != nil || time.Since(began) != 0 {
			t.Fatalf("slot not free after give-back: %v after %v", err, time.Since(began))
		}
		l.mu.Lock()
		defer l.mu.Unlock()
		if l.waiting != 0 || len(l.slots) != 1 {
			t.Fatalf("waiting %d, slots %d; want 0 and 1", l.waiting, len(l.slots))
		}
	})
}

// A reserved but paced slot is given back when the caller's context ends during its wait.
func TestLimiterCancelDuringPacedWait(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		l := newLimiter(RateLimitConfig{Enabled: true, MaxRequests: 2, Window: time.Minute, ThrottleThreshold: 0.5, RetryAfter: time.Second})
		if _, err := l.acquire(context.Background()); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		if _, err := l.acquire(ctx); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("err %v, want deadline exceeded", err)
		}
		if len(l.slots) != 1 {
			t.Fatalf("%d slots held, want 1", len(l.slots))
		}
	})
}

// A pause holds every new send until it has passed; an unlimited limiter honours it too.
func TestLimiterPause(t *testing.T) {
	for _, enabled := range []bool{true, false} {
		synctest.Test(t, func(t *testing.T) {
			l := newLimiter(RateLimitConfig{Enabled: enabled, MaxRequests: 5, Window: time.Minute, ThrottleThreshold: 1, RetryAfter: time.Second})
			begin := time.Now()
			l.pause(begin.Add(3 * time.Second))
			l.pause(begin.Add(time.Second)) // an earlier pause never shortens a later one
			s, err := l.acquire(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			l.done(s)
			if got := time.Since(begin); got != 3*time.Second {
				t.Fatalf("enabled=%v: sent after %v, want 3s", enabled, got)
			}
		})
	}
}

func TestLimiterAcquireWithEndedContext(t *testing.T) {
	l := newLimiter(DefaultRateLimitConfig())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := l.acquire(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v, want context.Canceled", err)
	}
}

// BenchmarkLimiterAcquire measures reserving and releasing a slot with 700 slots held, the
// worst case of the default budget.
func BenchmarkLimiterAcquire(b *testing.B) {
	l := newLimiter(RateLimitConfig{Enabled: true, MaxRequests: 1 << 30, Window: time.Hour, ThrottleThreshold: 1, RetryAfter: time.Second})
	for range 700 {
		s, _ := l.acquire(context.Background())
		l.done(s)
	}
	b.ReportAllocs()
	for b.Loop() {
		s, err := l.acquire(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		l.done(s)
		l.giveBack(s)
	}
}

// A caller already queued is served before a newcomer that arrives the instant a slot frees:
// newcomers never take the fast path past a queue.
func TestLimiterQueuedCallerBeatsNewcomer(t *testing.T) {
	for range 20 {
		synctest.Test(t, func(t *testing.T) {
			l := newLimiter(RateLimitConfig{Enabled: true, MaxRequests: 1, Window: time.Minute, ThrottleThreshold: 1, RetryAfter: time.Second})
			first, _ := l.acquire(context.Background())
			l.done(first) // frees at one minute
			order := make(chan string, 2)
			go func() {
				time.Sleep(time.Second)
				s, _ := l.acquire(context.Background())
				order <- "queued"
				l.done(s)
			}()
			go func() {
				time.Sleep(time.Minute)
				s, _ := l.acquire(context.Background())
				order <- "newcomer"
				l.done(s)
			}()
			if got := <-order; got != "queued" {
				t.Fatalf("%s went first", got)
			}
			<-order
		})
	}
}
