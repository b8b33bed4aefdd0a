package core

import (
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"
)

// DefaultBaseURL is Atera's API v3 endpoint.
const DefaultBaseURL = "https://app.atera.com/api/v3"

// DefaultMaxResponseSize caps a response body read into memory (32 MiB).
const DefaultMaxResponseSize = 32 << 20

// DefaultTimeout bounds each attempt of a request.
const DefaultTimeout = 60 * time.Second

// Option configures a Client in NewClient.
type Option func(*settings) error

type settings struct {
	baseURL    string
	httpClient *http.Client
	rateLimit  RateLimitConfig
	retry      RetryConfig
	userAgent  string
	logger     *slog.Logger
	timeout    time.Duration
	auth       AuthScheme
	maxBody    int64
}

func defaultSettings() settings {
	return settings{
		baseURL:   DefaultBaseURL,
		rateLimit: DefaultRateLimitConfig(),
		retry:     DefaultRetryConfig(),
		logger:    slog.New(slog.DiscardHandler),
		timeout:   DefaultTimeout,
		maxBody:   DefaultMaxResponseSize,
	}
}

// WithBaseURL sets the API root, "https://app.atera.com/api/v3" by default. Plain http is
// accepted only for loopback hosts (local fakes such as testkit).
func WithBaseURL(u string) Option {
	return func(s *settings) error {
		s.baseURL = u
		return nil
	}
}

// WithHTTPClient sets the HTTP client whose transport carries the requests. The client is
// copied, never modified: the SDK adds its own redirect check and key handling to the copy.
// Its Timeout is not used: WithTimeout bounds each attempt instead, so that a retry gets a
// full timeout of its own.
func WithHTTPClient(hc *http.Client) Option {
	return func(s *settings) error {
		if hc == nil {
			return fmt.Errorf("WithHTTPClient: the client is nil; pass an *http.Client or leave the option out")
		}
		s.httpClient = hc
		return nil
	}
}

// WithRateLimit replaces the rate-limit configuration (DefaultRateLimitConfig by default).
func WithRateLimit(cfg RateLimitConfig) Option {
	return func(s *settings) error {
		if err := cfg.validate(); err != nil {
			return fmt.Errorf("WithRateLimit: %w", err)
		}
		s.rateLimit = cfg
		return nil
	}
}

// WithRetry replaces the retry configuration for 5xx answers and transport failures
// (DefaultRetryConfig by default).
func WithRetry(cfg RetryConfig) Option {
	return func(s *settings) error {
		if err := cfg.validate(); err != nil {
			return fmt.Errorf("WithRetry: %w", err)
		}
		s.retry = cfg
		return nil
	}
}

// WithUserAgent puts an application name before the SDK's own User-Agent, e.g. "mysync/1.2".
func WithUserAgent(ua string) Option {
	return func(s *settings) error {
		if strings.ContainsAny(ua, "\r\n") {
			return fmt.Errorf("WithUserAgent: the value contains a line break")
		}
		s.userAgent = strings.TrimSpace(ua)
		return nil
	}
}

// WithLogger sets the structured logger (silent by default). Requests are logged at Debug with
// method, path, status, attempt and duration; retries at Warn with the wait. Headers and bodies
// are never logged, so the key never reaches a log.
func WithLogger(l *slog.Logger) Option {
	return func(s *settings) error {
		if l == nil {
			return fmt.Errorf("WithLogger: the logger is nil; leave the option out for silence")
		}
		s.logger = l
		return nil
	}
}

// WithTimeout bounds each attempt of a request (60s by default); 0 means no bound beyond the
// caller's context.
func WithTimeout(d time.Duration) Option {
	return func(s *settings) error {
		if d < 0 {
			return fmt.Errorf("WithTimeout: %v is negative; use 0 for none or a positive duration", d)
		}
		s.timeout = d
		return nil
	}
}

// WithAuthScheme forces how the key is sent, instead of guessing from its shape.
func WithAuthScheme(a AuthScheme) Option {
	return func(s *settings) error {
		if a < AuthAuto || a > AuthBearer {
			return fmt.Errorf("WithAuthScheme: unknown scheme %d; use core.AuthAPIKey or core.AuthBearer", a)
		}
		s.auth = a
		return nil
	}
}

// WithMaxResponseSize caps the bytes of a response body read into memory (32 MiB by default).
func WithMaxResponseSize(n int64) Option {
	return func(s *settings) error {
		if n < 1 {
			return fmt.Errorf("WithMaxResponseSize: %d is not a positive byte count", n)
		}
		s.maxBody = n
		return nil
	}
}
