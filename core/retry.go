package core

import (
	"fmt"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// RetryConfig sets how 5xx answers and transport failures are retried, and caps every wait
// (Retry-After included).
//
// Only retry-safe operations (GET, PUT, DELETE and read-only POSTs) are re-sent after a 5xx or
// a transport failure; a create is re-sent only when the request provably never left (the
// connection was refused), unless RetryUnsafe opts in. Atera has no idempotency keys, so a
// create re-sent after it reached the server can make a second record.
type RetryConfig struct {
	// MaxRetries is how many times a call is re-sent after a 5xx or a transport failure.
	MaxRetries int
	// Delay is the wait before the first such retry; it doubles on each further one.
	Delay time.Duration
	// MaxDelay caps any single wait. A 429 whose Retry-After asks for more fails at once with
	// *RateLimitError rather than sending early.
	MaxDelay time.Duration
	// Jitter adds a random fraction, up to Jitter (0 to 1), of each backoff wait; waits the
	// server named with Retry-After are honoured exactly.
	Jitter float64
	// RetryUnsafe lets creates be re-sent after a 5xx or a transport failure too. Leave it
	// off unless a duplicate record is harmless to you.
	RetryUnsafe bool
}

// DefaultRetryConfig returns {MaxRetries: 1, Delay: 1s, MaxDelay: 2m, Jitter: 0.2}.
func DefaultRetryConfig() RetryConfig {
	return RetryConfig{MaxRetries: 1, Delay: time.Second, MaxDelay: 2 * time.Minute, Jitter: 0.2}
}

func (c RetryConfig) validate() error {
	switch {
	case c.MaxRetries < 0:
		return fmt.Errorf("retry: MaxRetries is %d; use 0 or more", c.MaxRetries)
	case c.Delay < 0:
		return fmt.Errorf("retry: Delay is %v; use 0 or a positive duration", c.Delay)
	case c.MaxDelay <= 0:
		return fmt.Errorf("retry: MaxDelay is %v; use a positive duration such as 2*time.Minute", c.MaxDelay)
	case c.Jitter < 0 || c.Jitter > 1:
		return fmt.Errorf("retry: Jitter is %v; use a fraction from 0 to 1", c.Jitter)
	}
	return nil
}

// backoff returns base doubled n times plus jitter, capped at MaxDelay.
func (c RetryConfig) backoff(base time.Duration, n int) time.Duration {
	d := base
	for range n {
		if d > c.MaxDelay/2 {
			d = c.MaxDelay
			break
		}
		d *= 2
	}
	if c.Jitter > 0 && d > 0 {
		d += time.Duration(rand.Float64() * c.Jitter * float64(d))
	}
	return min(d, c.MaxDelay)
}

// maxRetryAfter bounds what parseRetryAfter answers; RetryConfig.MaxDelay caps it further.
const maxRetryAfter = 24 * time.Hour

// parseRetryAfter reads a Retry-After value: delay-seconds or an HTTP date. A date in the past
// means no wait. ok is false when the header is absent or unreadable.
func parseRetryAfter(v string, now time.Time) (wait time.Duration, ok bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs < 0 {
			return 0, false
		}
		return time.Duration(min(secs, int64(maxRetryAfter/time.Second))) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	return min(max(t.Sub(now), 0), maxRetryAfter), true
}
