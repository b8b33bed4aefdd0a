package core

import (
	"context"
	"math"
	"sync"
	"time"
)

// limiter is an exact sliding-log rate limiter. Each send holds a slot from its reservation until
// its response has arrived plus one window, so at any instant the number of held slots bounds
// the sends the server can have seen in its last window, whatever the network latency. Slots are
// reserved under the lock; callers wait outside it. Callers that cannot reserve at once queue for
// a single turn, so only one of them polls for capacity at a time (no thundering herd).
type limiter struct {
	max       int           // budget per window; 0 means unlimited (only pauses apply)
	window    time.Duration // sliding window
	paceAfter int           // held slots from which new sends are paced

	turn chan struct{} // one slow-path caller at a time

	mu          sync.Mutex
	slots       []*slot // held slots, in reservation order
	waiting     int     // callers queued for the turn
	pausedUntil time.Time
	changed     chan struct{} // closed and replaced when a slot is released or given back, or a pause moves
}

// slot is one send's share of the budget.
type slot struct {
	start   time.Time // when the send may start
	release time.Time // when the slot frees (response + window); zero while in flight
}

func newLimiter(cfg RateLimitConfig) *limiter {
	l := &limiter{turn: make(chan struct{}, 1), changed: make(chan struct{})}
	if cfg.Enabled {
		l.max = cfg.MaxRequests
		l.window = cfg.Window
		l.paceAfter = int(math.Ceil(cfg.ThrottleThreshold * float64(cfg.MaxRequests)))
	}
	return l
}

// acquire reserves a slot and waits until it may be used. If ctx ends first it gives the slot
// back and returns ctx.Err(). The returned slot (nil when unlimited) must be passed to done.
func (l *limiter) acquire(ctx context.Context) (*slot, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	l.mu.Lock()
	s := l.tryReserve(time.Now(), l.waiting == 0)
	if s == nil {
		l.waiting++
	}
	l.mu.Unlock()
	if s == nil {
		var err error
		if s, err = l.queue(ctx); err != nil {
			return nil, err
		}
	}
	if err := l.waitFor(ctx, s); err != nil {
		l.giveBack(s)
		return nil, err
	}
	return s, nil
}

// queue takes the turn and polls for capacity until a slot is reserved or ctx ends.
func (l *limiter) queue(ctx context.Context) (*slot, error) {
	defer func() {
		l.mu.Lock()
		l.waiting--
		l.mu.Unlock()
	}()
	select {
	case l.turn <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-l.turn }()
	for {
		l.mu.Lock()
		now := time.Now()
		s := l.tryReserve(now, true)
		wake, changed := l.nextRelease(), l.changed
		l.mu.Unlock()
		if s != nil {
			return s, nil
		}
		if err := sleep(ctx, wake, changed); err != nil {
			return nil, err
		}
	}
}

// tryReserve reserves a slot if the budget allows; l.mu is held. fast says whether the caller
// may take capacity without queueing (nobody else is waiting).
func (l *limiter) tryReserve(now time.Time, fast bool) *slot {
	if l.max == 0 {
		return &slot{start: now}
	}
	l.expire(now)
	if !fast || len(l.slots) >= l.max {
		return nil
	}
	start := latest(now, l.paced())
	s := &slot{start: start}
	l.slots = append(l.slots, s)
	return s
}

// paced returns the earliest start the pacing rule allows: past the threshold, the remaining
// budget is spread evenly between the latest held start and the moment the oldest slot can free.
func (l *limiter) paced() time.Time {
	held := len(l.slots)
	if held < l.paceAfter || held == 0 {
		return time.Time{}
	}
	oldest, last := l.slots[0].start, l.slots[0].start
	for _, s := range l.slots[1:] {
		oldest = earliest(oldest, s.start)
		last = latest(last, s.start)
	}
	gap := oldest.Add(l.window).Sub(last) / time.Duration(l.max-held+1)
	if gap <= 0 {
		return time.Time{}
	}
	return last.Add(gap)
}

// expire drops the slots whose hold has ended; l.mu is held.
func (l *limiter) expire(now time.Time) {
	kept := l.slots[:0]
	for _, s := range l.slots {
		if s.release.IsZero() || s.release.After(now) {
			kept = append(kept, s)
		}
	}
	clear(l.slots[len(kept):])
	l.slots = kept
}

// nextRelease is the earliest known moment a held slot frees, or zero if none is known.
func (l *limiter) nextRelease() time.Time {
	var next time.Time
	for _, s := range l.slots {
		if !s.release.IsZero() && (next.IsZero() || s.release.Before(next)) {
			next = s.release
		}
	}
	return next
}

// waitFor sleeps until the slot's start and any pause have passed.
func (l *limiter) waitFor(ctx context.Context, s *slot) error {
	for {
		l.mu.Lock()
		until := latest(s.start, l.pausedUntil)
		l.mu.Unlock()
		if !until.After(time.Now()) {
			return nil
		}
		// A pause can only move later; the loop re-reads it after each sleep.
		if err := sleep(ctx, until, nil); err != nil {
			return err
		}
	}
}

// done records that the send of s has been answered (or failed): the slot frees one window later.
func (l *limiter) done(s *slot) {
	if s == nil || l.max == 0 {
		return
	}
	l.mu.Lock()
	s.release = time.Now().Add(l.window)
	l.broadcast()
	l.mu.Unlock()
}

// giveBack returns an unused slot to the budget at once.
func (l *limiter) giveBack(s *slot) {
	if l.max == 0 {
		return
	}
	l.mu.Lock()
	for i, held := range l.slots {
		if held == s {
			l.slots = append(l.slots[:i], l.slots[i+1:]...)
			break
		}
	}
	l.broadcast()
	l.mu.Unlock()
}

// pause stops every send of the client until the given time (a 429's Retry-After).
func (l *limiter) pause(until time.Time) {
	l.mu.Lock()
	if until.After(l.pausedUntil) {
		l.pausedUntil = until
		l.broadcast()
	}
	l.mu.Unlock()
}

// broadcast wakes every sleeper so it re-reads the state; l.mu is held.
func (l *limiter) broadcast() {
	close(l.changed)
	l.changed = make(chan struct{})
}

// sleep waits until wake (forever when zero), a change, or the end of ctx.
func sleep(ctx context.Context, wake time.Time, changed <-chan struct{}) error {
	var timer <-chan time.Time
	if !wake.IsZero() {
		t := time.NewTimer(time.Until(wake))
		defer t.Stop()
		timer = t.C
	}
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-timer:
	case <-changed:
	}
	return nil
}

func earliest(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func latest(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// hops collects the slots that the redirects of one attempt take, so that they are held, like
// the attempt's own slot, until its answer has come.
type hops struct {
	mu    sync.Mutex
	slots []*slot
}

type hopsKey struct{}

// withHops returns a context that carries a fresh hops, and the hops.
func withHops(ctx context.Context) (context.Context, *hops) {
	h := &hops{}
	return context.WithValue(ctx, hopsKey{}, h), h
}

// hop takes a slot for a redirect followed within the attempt whose context is ctx.
func (l *limiter) hop(ctx context.Context) error {
	h, ok := ctx.Value(hopsKey{}).(*hops)
	if !ok {
		return nil
	}
	s, err := l.acquire(ctx)
	if err != nil {
		return err
	}
	h.mu.Lock()
	h.slots = append(h.slots, s)
	h.mu.Unlock()
	return nil
}

// doneAll records that the attempt that took these hops has been answered.
func (l *limiter) doneAll(h *hops) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, s := range h.slots {
		l.done(s)
	}
}
