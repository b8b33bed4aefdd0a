// Package testkit is a stateful, in-memory fake of Atera's REST API v3.
//
// It reproduces Atera's wire behaviour (paged envelopes with absolute
// nextLink, ActionID on create, 401 with an empty body, ProblemDetails 404s,
// IIS HTML 404 for unknown routes) over a demo tenant, and lets a test add and
// read data, script faults, enforce a rate limit and inspect the requests it
// received. Point the real client at Server.URL with Server.APIKey, and use
// Server.HTTPClient to stay off the network.
package testkit

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// apiPrefix is the path prefix of every Atera v3 route.
const apiPrefix = "/api/v3"

// inMemoryBase is the URL of a server built with InMemory.
const inMemoryBase = "https://atera.invalid"

// Server is a fake Atera. Build it with NewServer or New.
type Server struct {
	// URL is the base URL including /api/v3, e.g. "http://127.0.0.1:PORT/api/v3".
	URL string
	// APIKey is the key the server accepts in X-API-KEY or as a Bearer token.
	APIKey string

	cfg     config
	start   time.Time
	router  *router
	store   *store
	log     *requestLog
	faults  *faultBook
	limiter *limiter
	done    chan struct{}

	closeOnce sync.Once
	rngMu     sync.Mutex
	rng       *rand.Rand
	listener  *httptest.Server
}

// NewServer starts a server that t.Cleanup closes. Inside a testing/synctest
// bubble, pass InMemory: a loopback listener cannot run on fake time.
func NewServer(t testing.TB, opts ...Option) *Server {
	t.Helper()
	s := New(opts...)
	t.Cleanup(s.Close)
	return s
}

// New starts a server; the caller must call Close.
func New(opts ...Option) *Server {
	cfg := defaultConfig()
	for _, opt := range opts {
		opt(&cfg)
	}
	s := &Server{
		cfg:    cfg,
		start:  time.Now(),
		router: &router{},
		store:  newStore(),
		log:    &requestLog{},
		faults: &faultBook{},
		done:   make(chan struct{}),
		rng:    rand.New(rand.NewPCG(cfg.seed, cfg.seed^0x1a7e_9c1e)),
	}
	s.APIKey = cfg.apiKey
	if s.APIKey == "" {
		s.APIKey = defaultKey(cfg.seed)
	}
	if cfg.rateLimit != nil {
		s.limiter = newLimiter(*cfg.rateLimit, s.start)
	}
	for _, r := range resources {
		r.install(s)
	}
	if cfg.demo {
		loadDemo(s)
	}
	if cfg.inMemory {
		s.URL = inMemoryBase + apiPrefix
	} else {
		s.listener = httptest.NewServer(s.Handler())
		s.URL = s.listener.URL + apiPrefix
	}
	return s
}

// defaultKey derives a non-JWT, random-looking key from the seed.
func defaultKey(seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 0x6b65_79))
	return fmt.Sprintf("tk_%016x%016x", r.Uint64(), r.Uint64())
}

// Close stops the listener, if any, and releases requests that hang. It is
// safe to call more than once. Requests stays readable afterwards.
func (s *Server) Close() {
	s.closeOnce.Do(func() {
		close(s.done)
		if s.listener != nil {
			s.listener.Close()
		}
	})
}

// HTTPClient returns a client whose transport calls the handler in memory,
// without sockets, whatever host the request URL names.
func (s *Server) HTTPClient() *http.Client {
	return &http.Client{Transport: &memTransport{s: s}}
}

// Handler returns the server's HTTP handler, latency and faults included, for
// mounting on a listener of the caller's choice.
func (s *Server) Handler() http.Handler {
	return http.HandlerFunc(s.serveListener)
}

// latency draws the delay of one request and splits it into the part waited
// before the handler runs and the part waited after.
func (s *Server) latency() (before, after time.Duration) {
	lo, hi := s.cfg.latencyMin, s.cfg.latencyMax
	if hi <= 0 {
		return 0, 0
	}
	d := lo
	if hi > lo {
		s.rngMu.Lock()
		d += time.Duration(s.rng.Int64N(int64(hi-lo) + 1))
		s.rngMu.Unlock()
	}
	return d / 2, d - d/2
}

// wait sleeps for d, returning early with the context's error when ctx ends
// or with http.ErrServerClosed when the server closes.
func (s *Server) wait(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	case <-s.done:
		return http.ErrServerClosed
	}
}
