package testkit

import (
	"strconv"
	"sync"
	"time"
)

// LimitModel is how a RateLimit counts arrivals.
type LimitModel int

const (
	// SlidingLog rejects a request when Requests arrivals already happened
	// in the Window ending now.
	SlidingLog LimitModel = iota
	// FixedWindow rejects a request when its window, aligned to the
	// server's start time, already had Requests arrivals.
	FixedWindow
)

// RateLimit makes the server answer 429 to requests over a budget. A
// RateLimit with Requests < 1 or Window <= 0 limits nothing.
type RateLimit struct {
	// Requests is the number of arrivals allowed per Window.
	Requests int
	// Window is the length of the window.
	Window time.Duration
	// Model is how arrivals are counted.
	Model LimitModel
	// RetryAfter is the Retry-After header of a 429: "" sends the seconds
	// until a slot frees, rounded up; "-" omits the header; anything else
	// is sent verbatim.
	RetryAfter string
}

// limiter counts arrivals; rejected requests are not counted.
type limiter struct {
	mu       sync.Mutex
	rl       RateLimit
	start    time.Time
	log      []time.Time // SlidingLog: arrivals inside the window, oldest first
	window   int64       // FixedWindow: index of the current window
	inWindow int         // FixedWindow: arrivals in the current window
}

func newLimiter(rl RateLimit, start time.Time) *limiter {
	return &limiter{rl: rl, start: start}
}

// admit counts an arrival at now, or rejects it with the Retry-After value to send.
func (l *limiter) admit(now time.Time) (ok bool, retryAfter string) {
	if l.rl.Requests < 1 || l.rl.Window <= 0 {
		return true, ""
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	var wait time.Duration
	if l.rl.Model == FixedWindow {
		wait = l.fixed(now)
	} else {
		wait = l.sliding(now)
	}
	if wait == 0 {
		return true, ""
	}
	switch l.rl.RetryAfter {
	case "":
		secs := (wait + time.Second - 1) / time.Second
		return false, strconv.FormatInt(int64(secs), 10)
	case "-":
		return false, ""
	}
	return false, l.rl.RetryAfter
}

// sliding counts now in the log, or returns how long until a slot frees.
func (l *limiter) sliding(now time.Time) time.Duration {
	cut := 0
	for cut < len(l.log) && !l.log[cut].After(now.Add(-l.rl.Window)) {
		cut++
	}
	l.log = l.log[cut:]
	if len(l.log) >= l.rl.Requests {
		return l.log[0].Add(l.rl.Window).Sub(now)
	}
	l.log = append(l.log, now)
	return 0
}

// fixed counts now in its window, or returns how long until the next window.
func (l *limiter) fixed(now time.Time) time.Duration {
	elapsed := now.Sub(l.start)
	idx := int64(elapsed / l.rl.Window)
	if elapsed < 0 && elapsed%l.rl.Window != 0 {
		idx-- // windows before the start are aligned too: round down, not toward zero
	}
	if idx != l.window {
		l.window, l.inWindow = idx, 0
	}
	if l.inWindow >= l.rl.Requests {
		return time.Duration(idx+1)*l.rl.Window - elapsed
	}
	l.inWindow++
	return 0
}
