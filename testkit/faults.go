package testkit

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Fault is one scripted misbehaviour of a route. The zero Fault runs the real
// handler normally.
type Fault struct {
	// Status answers this status instead of the real handler (0 = run it normally).
	Status int
	// Body is the body sent with Status (default empty).
	Body string
	// ContentType defaults to application/json when Body starts with { or
	// [, else text/plain.
	ContentType string
	// Header holds extra response headers, e.g. Retry-After or Location.
	Header http.Header
	// Latency is an extra delay before handling; it honours the request's context.
	Latency time.Duration
	// AfterCommit runs the real handler first, so its state changes commit,
	// then applies Status, Drop or Hang.
	AfterCommit bool
	// Drop resets the connection: the client gets a transport error.
	Drop bool
	// Hang never answers: the request blocks until its context ends.
	Hang bool
	// Refuse refuses the connection before anything reaches the handler; the
	// request is not logged. It needs the in-memory transport: on a listener
	// it acts as Drop.
	Refuse bool
}

// Status is a fault answering code with an empty body.
func Status(code int) Fault { return Fault{Status: code} }

// RetryAfter is a fault answering code with a Retry-After header of value.
func RetryAfter(code int, value string) Fault {
	return Fault{Status: code, Header: http.Header{"Retry-After": {value}}}
}

// faultBook holds the scripted faults per "METHOD /route".
type faultBook struct {
	mu     sync.Mutex
	queues map[string][]Fault
}

// Script queues faults for requests matching method and route, a template
// without /api/v3 such as "/agents/{agentId}". Matching requests consume them
// in order, then normal behaviour resumes. Calling again appends.
func (s *Server) Script(method, route string, faults ...Fault) {
	b := s.faults
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.queues == nil {
		b.queues = map[string][]Fault{}
	}
	k := faultKey(method, route)
	b.queues[k] = append(b.queues[k], faults...)
}

func faultKey(method, route string) string { return strings.ToUpper(method) + " " + route }

// next consumes the next fault for method and route.
func (b *faultBook) next(method, route string) (Fault, bool) {
	return b.take(method, route, func(Fault) bool { return true })
}

// takeRefuse consumes the next fault for method and route if it is a Refuse.
func (b *faultBook) takeRefuse(method, route string) bool {
	_, ok := b.take(method, route, func(f Fault) bool { return f.Refuse })
	return ok
}

// take consumes the head of the queue when want accepts it.
func (b *faultBook) take(method, route string, want func(Fault) bool) (Fault, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	k := faultKey(method, route)
	q := b.queues[k]
	if len(q) == 0 || !want(q[0]) {
		return Fault{}, false
	}
	b.queues[k] = q[1:]
	return q[0], true
}

// applyFault answers c according to f.
func (s *Server) applyFault(c *call, rt *route, f Fault) {
	rec := c.w
	ctx := c.r.Context()
	if err := s.wait(ctx, f.Latency); err != nil {
		rec.err = err
		return
	}
	if f.Status == 0 && !f.Drop && !f.Hang && !f.Refuse {
		rt.handle(c)
		return
	}
	if f.AfterCommit {
		committed := *c
		committed.w = newRecorder()
		rt.handle(&committed)
	}
	switch {
	case f.Hang:
		rec.err = s.hang(ctx)
	case f.Drop || f.Refuse:
		rec.drop = true
	default:
		writeFault(rec, f)
	}
}

// hang blocks until ctx ends or the server closes.
func (s *Server) hang(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-s.done:
		return http.ErrServerClosed
	}
}

// writeFault answers f's status, headers and body.
func writeFault(w http.ResponseWriter, f Fault) {
	for k, v := range f.Header {
		w.Header()[http.CanonicalHeaderKey(k)] = v
	}
	if f.Body != "" {
		ct := f.ContentType
		if ct == "" {
			ct = "text/plain; charset=utf-8"
			if strings.HasPrefix(f.Body, "{") || strings.HasPrefix(f.Body, "[") {
				ct = "application/json; charset=utf-8"
			}
		}
		w.Header().Set("Content-Type", ct)
	} else if f.ContentType != "" {
		w.Header().Set("Content-Type", f.ContentType)
	}
	w.WriteHeader(f.Status)
	_, _ = w.Write([]byte(f.Body))
}
