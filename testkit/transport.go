package testkit

import (
	"bytes"
	"io"
	"net"
	"net/http"
	"os"
	"syscall"
)

// memTransport is an http.RoundTripper that calls the server's handler in
// memory. It starts no goroutines and honours the request's context.
type memTransport struct{ s *Server }

// errReset is what a dropped connection looks like to the client.
var errReset = &net.OpError{Op: "read", Net: "tcp", Err: syscall.ECONNRESET}

// errRefused is what a refused connection looks like to the client.
var errRefused = &net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)}

// RoundTrip serves req in memory: latency before, the handler, latency after.
func (t *memTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	s := t.s
	var body []byte
	if req.Body != nil {
		b, err := io.ReadAll(req.Body)
		_ = req.Body.Close()
		if err != nil {
			return nil, err
		}
		body = b
	}
	if s.refused(req) {
		return nil, errRefused
	}
	ctx := req.Context()
	before, after := s.latency()
	if err := s.wait(ctx, before); err != nil {
		return nil, err
	}
	rec := s.serve(serverRequest(req, body))
	switch {
	case rec.err != nil:
		return nil, rec.err
	case rec.drop:
		return nil, errReset
	}
	if err := s.wait(ctx, after); err != nil {
		return nil, err
	}
	return rec.response(req), nil
}

// serverRequest turns a client request into the request a handler sees.
func serverRequest(req *http.Request, body []byte) *http.Request {
	r := req.Clone(req.Context())
	r.Body = io.NopCloser(bytes.NewReader(body))
	r.ContentLength = int64(len(body))
	r.GetBody = nil
	if r.Host == "" {
		r.Host = req.URL.Host
	}
	r.RequestURI = req.URL.RequestURI()
	r.RemoteAddr = "192.0.2.1:49152"
	return r
}

// refused reports whether req meets a scripted Refuse fault, consuming it.
func (s *Server) refused(req *http.Request) bool {
	rt, _, _ := s.router.match(req.Method, req.URL.EscapedPath())
	return rt != nil && s.faults.takeRefuse(req.Method, rt.template)
}
