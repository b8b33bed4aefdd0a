package testkit

import (
	"bytes"
	"io"
	"net"
	"net/http"
	"strings"
	"time"
)

// call is one routed request as a resource handler sees it.
type call struct {
	s      *Server
	w      *recorder
	r      *http.Request
	body   []byte
	params map[string]string
}

// serveListener is the handler mounted on a listener: latency, then the
// request, then the rest of the latency, then the buffered response.
func (s *Server) serveListener(w http.ResponseWriter, r *http.Request) {
	before, after := s.latency()
	if s.wait(r.Context(), before) != nil {
		return
	}
	rec := s.serve(r)
	if rec.err != nil {
		return
	}
	if rec.drop {
		resetConn(w)
		return
	}
	if s.wait(r.Context(), after) != nil {
		return
	}
	rec.copyTo(w)
}

// resetConn aborts the connection under w with a TCP reset. A writer that
// cannot be hijacked gets an empty 502 instead.
func resetConn(w http.ResponseWriter) {
	conn, _, err := http.NewResponseController(w).Hijack()
	if err != nil {
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	if tc, ok := conn.(*net.TCPConn); ok {
		_ = tc.SetLinger(0)
	}
	_ = conn.Close()
}

// serve logs r and answers it into a recorder.
func (s *Server) serve(r *http.Request) *recorder {
	now := time.Now()
	body, _ := io.ReadAll(r.Body)
	r.Body = io.NopCloser(bytes.NewReader(body))
	rt, params, known := s.router.match(r.Method, r.URL.EscapedPath())
	template := ""
	if rt != nil {
		template = rt.template
	}
	entry := s.log.add(r, body, template, now)
	rec := newRecorder()
	s.dispatch(&call{s: s, w: rec, r: r, body: body, params: params}, rt, known, now)
	s.log.setStatus(entry, rec.loggedStatus())
	return rec
}

// dispatch runs auth, the rate limit, routing and faults, in Atera's order.
func (s *Server) dispatch(c *call, rt *route, known bool, now time.Time) {
	if !s.authorised(c.r) {
		c.w.WriteHeader(http.StatusUnauthorized)
		return
	}
	if s.limiter != nil {
		if ok, retryAfter := s.limiter.admit(now); !ok {
			writeTooMany(c.w, retryAfter)
			return
		}
	}
	if rt == nil {
		if known {
			c.w.WriteHeader(http.StatusMethodNotAllowed)
		} else {
			writeHTML404(c.w)
		}
		return
	}
	s.cfg.routeLog.record(rt.method, rt.template)
	if f, ok := s.faults.next(rt.method, rt.template); ok {
		s.applyFault(c, rt, f)
		return
	}
	rt.handle(c)
}

// authorised reports whether r carries the server's key.
func (s *Server) authorised(r *http.Request) bool {
	if r.Header.Get("X-API-KEY") == s.APIKey {
		return true
	}
	const bearer = "Bearer "
	a := r.Header.Get("Authorization")
	return len(a) > len(bearer) && strings.EqualFold(a[:len(bearer)], bearer) && a[len(bearer):] == s.APIKey
}
