package core

import (
	"fmt"
	"time"
)

// RateLimitConfig sets the client-side limiter and the handling of 429 answers.
//
// Atera documents no rate-limit figure or header; 700 requests a minute is this SDK's default,
// not Atera's word. The limiter is an exact sliding log: never more than MaxRequests sends in any
// Window, shared by every goroutine that uses the client.
type RateLimitConfig struct {
	// Enabled turns the client-side limiter on. 429 answers are handled either way.
	Enabled bool
	// MaxRequests is the budget of sends in any Window.
	MaxRequests int
	// Window is the length of the sliding window.
	Window time.Duration
	// ThrottleThreshold is the fraction of the budget (0 < t <= 1) after which the limiter paces
	// the rest of the budget evenly over the window instead of sending it in a burst.
	ThrottleThreshold float64
	// RetryAfter is the first wait after a 429 that carries no Retry-After header; it doubles on
	// each further 429 of the same call.
	RetryAfter time.Duration
	// MaxRetries is how many times a call is re-sent after a 429 before *RateLimitError.
	MaxRetries int
}

// DefaultRateLimitConfig returns {Enabled: true, MaxRequests: 700, Window: time.Minute,
// ThrottleThreshold: 0.8, RetryAfter: 5s, MaxRetries: 3}.
func DefaultRateLimitConfig() RateLimitConfig {
	return RateLimitConfig{
		Enabled:           true,
		MaxRequests:       700,
		Window:            time.Minute,
		ThrottleThreshold: 0.8,
		RetryAfter:        5 * time.Second,
		MaxRetries:        3,
	}
}

func (c RateLimitConfig) validate() error {
	switch {
	case c.MaxRetries < 0:
		return fmt.Errorf("rate limit: MaxRetries is %d; use 0 or more", c.MaxRetries)
	case c.RetryAfter <= 0:
		return fmt.Errorf("rate limit: RetryAfter is %v; use a positive duration such as 5*time.Second", c.RetryAfter)
	case !c.Enabled:
		return nil
	case c.MaxRequests < 1:
		return fmt.Errorf("rate limit: MaxRequests is %d; use 1 or more (or Enabled: false)", c.MaxRequests)
	case c.Window <= 0:
		return fmt.Errorf("rate limit: Window is %v; use a positive duration such as time.Minute", c.Window)
	case c.ThrottleThreshold <= 0 || c.ThrottleThreshold > 1:
		return fmt.Errorf("rate limit: ThrottleThreshold is %v; use a fraction in (0, 1], such as 0.8", c.ThrottleThreshold)
	}
	return nil
}
