package core

import (
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"runtime"
	"strings"
	"time"
	"unicode"

	"github.com/go-resty/resty/v2"
)

// Client talks to one Atera tenant. It is safe for concurrent use; every goroutine using it
// shares one rate-limit budget. Build it with NewClient and hand it to the domain modules
// (psa.New, rmm.New, billing.New, customvalues.New).
type Client struct {
	base      *url.URL
	origin    origin
	scheme    AuthScheme
	secret    string
	rest      *resty.Client
	limiter   *limiter
	retry     RetryConfig
	rateLimit RateLimitConfig
	logger    *slog.Logger
	timeout   time.Duration
	maxBody   int64
	userAgent string
}

// NewClient returns a client for the given API key. It refuses an empty key, a base URL that
// does not parse or is not absolute http(s), and plain http to a host that is not loopback.
func NewClient(apiKey string, opts ...Option) (*Client, error) {
	s := defaultSettings()
	for _, opt := range opts {
		if opt == nil {
			continue
		}
		if err := opt(&s); err != nil {
			return nil, fmt.Errorf("core.NewClient: %w", err)
		}
	}
	key := strings.TrimSpace(apiKey)
	if err := checkKey(key); err != nil {
		return nil, fmt.Errorf("core.NewClient: %w", err)
	}
	base, err := parseBaseURL(s.baseURL)
	if err != nil {
		return nil, fmt.Errorf("core.NewClient: %w", err)
	}
	c := &Client{
		base:      base,
		origin:    originOf(base),
		scheme:    s.auth,
		secret:    key,
		limiter:   newLimiter(s.rateLimit),
		retry:     s.retry,
		rateLimit: s.rateLimit,
		logger:    s.logger,
		timeout:   s.timeout,
		maxBody:   s.maxBody,
		userAgent: userAgent(s.userAgent),
	}
	if c.scheme == AuthAuto {
		c.scheme = AuthAPIKey
		if looksLikeJWT(key) {
			c.scheme = AuthBearer
		}
	}
	c.rest = c.newResty(s.httpClient)
	return c, nil
}

func checkKey(key string) error {
	if key == "" {
		return fmt.Errorf("the API key is empty; pass your Atera API key (Admin > API) or a Bearer token")
	}
	if strings.IndexFunc(key, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) >= 0 {
		return fmt.Errorf("the API key contains white space or control characters; paste it without line breaks")
	}
	return nil
}

func parseBaseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, fmt.Errorf("base URL does not parse (%v); use the form https://app.atera.com/api/v3", stripURL(err))
	}
	switch {
	case u.Scheme != "https" && u.Scheme != "http" || u.Host == "":
		return nil, fmt.Errorf("base URL %q is not an absolute http(s) URL; use the form https://app.atera.com/api/v3", u.Redacted())
	case u.User != nil:
		return nil, fmt.Errorf("base URL must not carry user information; pass the key to NewClient instead")
	case u.RawQuery != "" || u.Fragment != "":
		return nil, fmt.Errorf("base URL %q must not carry a query or fragment", u.Redacted())
	case u.Scheme == "http" && !isLoopback(u.Hostname()):
		return nil, fmt.Errorf("base URL %q uses plain http to a non-loopback host, which would expose the key; use https", u.Redacted())
	}
	u.Path = strings.TrimRight(u.Path, "/")
	u.RawPath = ""
	return u, nil
}

// stripURL keeps a url.Parse error's reason but not the input, which may hold secrets.
func stripURL(err error) error {
	if ue, ok := err.(*url.Error); ok {
		return ue.Err
	}
	return err
}

func userAgent(app string) string {
	ua := fmt.Sprintf("go-atera/%s (%s; %s/%s)", Version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	if app != "" {
		ua = app + " " + ua
	}
	return ua
}

// newResty builds the transport: a copy of the caller's *http.Client with the key handling and
// the origin check on redirects; resty's own retries stay off (go-retry owns retries) and its
// warnings are off (the SDK logs through slog, redacted).
func (c *Client) newResty(hc *http.Client) *resty.Client {
	copied := &http.Client{}
	if hc != nil {
		*copied = *hc
	}
	base := copied.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	header, value := "X-API-KEY", c.secret
	if c.scheme == AuthBearer {
		header, value = "Authorization", "Bearer "+c.secret
	}
	copied.Transport = &authTransport{base: base, origin: c.origin, header: header, value: value}
	copied.CheckRedirect = c.checkRedirect(copied.CheckRedirect)
	copied.Timeout = 0 // the executor bounds each attempt with a context
	return resty.NewWithClient(copied).
		SetRetryCount(0).
		SetDoNotParseResponse(true).
		SetDisableWarn(true)
}

// BaseURL returns the API root the client talks to.
func (c *Client) BaseURL() string { return c.base.String() }

// AuthScheme returns how the key is sent.
func (c *Client) AuthScheme() AuthScheme { return c.scheme }

// String describes the client without its key.
func (c *Client) String() string {
	return fmt.Sprintf("core.Client{BaseURL: %s, Auth: %s %s}", c.base, c.scheme, redacted)
}

// Format prints the client with any verb (%v, %+v, %#v, %s) without its key.
func (c *Client) Format(f fmt.State, verb rune) { fmt.Fprint(f, c.String()) }
