package testkit

import "time"

// Option configures a Server built by New or NewServer.
type Option func(*config)

// config holds the settings the options collect.
type config struct {
	apiKey       string
	inMemory     bool
	demo         bool
	seed         uint64
	latencyMin   time.Duration
	latencyMax   time.Duration
	rateLimit    *RateLimit
	routeLog     *RouteLog
	nullNextLink bool
}

// defaultSeed is the seed used when WithSeed is not given.
const defaultSeed uint64 = 0x5eed_a7e2a

func defaultConfig() config {
	return config{demo: true, seed: defaultSeed}
}

// InMemory builds a server without any listener. Its URL is
// "https://atera.invalid/api/v3" and only HTTPClient reaches it, which makes it
// safe inside a testing/synctest bubble.
func InMemory() Option { return func(c *config) { c.inMemory = true } }

// WithAPIKey sets the key the server accepts. By default the key is "tk_"
// followed by 32 hex digits derived from the seed.
func WithAPIKey(key string) Option { return func(c *config) { c.apiKey = key } }

// WithoutDemoData starts the server with empty collections.
func WithoutDemoData() Option { return func(c *config) { c.demo = false } }

// WithSeed sets the seed of the deterministic generator behind the demo data,
// the default key and the latency draws.
func WithSeed(seed uint64) Option { return func(c *config) { c.seed = seed } }

// WithLatency delays every request by a duration drawn uniformly from
// [min, max]: half is waited before the handler runs, half after it. Waits end
// early, with the context's error, when the request's context ends. A max
// below min is treated as min.
func WithLatency(min, max time.Duration) Option {
	if max < min {
		max = min
	}
	return func(c *config) { c.latencyMin, c.latencyMax = min, max }
}

// WithRateLimit makes the server answer 429 to authorised requests that exceed rl.
func WithRateLimit(rl RateLimit) Option { return func(c *config) { c.rateLimit = &rl } }

// WithRouteLog records every routed request of the server into l as
// "METHOD /route/template".
func WithRouteLog(l *RouteLog) Option { return func(c *config) { c.routeLog = l } }

// WithNullNextLink makes the last page of a list answer "nextLink": null
// (and the first page "prevLink": null) instead of "".
func WithNullNextLink() Option { return func(c *config) { c.nullNextLink = true } }
