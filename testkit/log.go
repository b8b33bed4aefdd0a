package testkit

import (
	"net/http"
	"net/url"
	"slices"
	"sync"
	"time"
)

// Request is one request the server received.
type Request struct {
	Method string
	Host   string
	// Path is the decoded URL path, including /api/v3.
	Path   string
	Query  url.Values
	Header http.Header
	Body   []byte
	// Route is the matched template, e.g. "/agents/{agentId}", "" if none.
	Route string
	// Status is the status answered, 0 when the connection was dropped or
	// the request hung.
	Status int
	// Time is the arrival time, when the handler started.
	Time time.Time
}

// requestLog keeps every request in arrival order.
type requestLog struct {
	mu      sync.Mutex
	entries []Request
}

// add logs r and returns its index.
func (l *requestLog) add(r *http.Request, body []byte, route string, now time.Time) int {
	req := Request{
		Method: r.Method,
		Host:   r.Host,
		Path:   r.URL.Path,
		Query:  r.URL.Query(),
		Header: r.Header.Clone(),
		Body:   slices.Clone(body),
		Route:  route,
		Time:   now,
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.entries = append(l.entries, req)
	return len(l.entries) - 1
}

// setStatus records the status answered to request i.
func (l *requestLog) setStatus(i, status int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.entries[i].Status = status
}

// Requests returns a copy of every request received, in arrival order. It
// stays readable after Close.
func (s *Server) Requests() []Request {
	s.log.mu.Lock()
	defer s.log.mu.Unlock()
	out := make([]Request, len(s.log.entries))
	for i, r := range s.log.entries {
		r.Body = slices.Clone(r.Body)
		r.Header = r.Header.Clone()
		r.Query = cloneValues(r.Query)
		out[i] = r
	}
	return out
}

// RouteLog records which operations a server served, so a test can prove that
// every operation was requested. The zero RouteLog is ready to use and may be
// shared by several servers.
type RouteLog struct {
	mu   sync.Mutex
	seen map[string]bool
}

// record marks "METHOD /route" as seen; a nil RouteLog records nothing.
func (l *RouteLog) record(method, route string) {
	if l == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.seen == nil {
		l.seen = map[string]bool{}
	}
	l.seen[method+" "+route] = true
}

// Seen reports whether a request for method and route template was routed.
func (l *RouteLog) Seen(method, route string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.seen[method+" "+route]
}

// Missing returns, sorted and without duplicates, the "METHOD /route"
// strings of ops that were never seen.
func (l *RouteLog) Missing(ops ...string) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, op := range ops {
		if !l.seen[op] {
			out = append(out, op)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// cloneValues copies a query, value slices included.
func cloneValues(v url.Values) url.Values {
	out := make(url.Values, len(v))
	for k, vals := range v {
		out[k] = slices.Clone(vals)
	}
	return out
}
