package core

import (
	"encoding/base64"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// AuthScheme says how the API key travels.
type AuthScheme int

const (
	// AuthAuto sends a JWT-shaped token as Bearer and anything else as X-API-KEY.
	AuthAuto AuthScheme = iota
	// AuthAPIKey sends the key in the X-API-KEY header (Atera's legacy API keys).
	AuthAPIKey
	// AuthBearer sends "Authorization: Bearer <key>" (Atera's 2026 token system).
	AuthBearer
)

// String names the scheme.
func (a AuthScheme) String() string {
	switch a {
	case AuthAPIKey:
		return "X-API-KEY"
	case AuthBearer:
		return "Bearer"
	case AuthAuto:
		return "auto"
	}
	return fmt.Sprintf("AuthScheme(%d)", int(a))
}

// errCrossOrigin is returned when a redirect or a nextLink points away from the base URL's
// origin; the key is never sent there.
var errCrossOrigin = errors.New("refused to leave the API origin")

// looksLikeJWT reports whether key has the shape header.payload.signature with a JSON header.
func looksLikeJWT(key string) bool {
	parts := strings.Split(key, ".")
	if len(parts) != 3 || parts[0] == "" || parts[1] == "" {
		return false
	}
	head, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(parts[0], "="))
	return err == nil && strings.HasPrefix(strings.TrimSpace(string(head)), "{")
}

// origin is scheme://host:port with the default port made explicit, so that hosts are never
// compared without their ports.
type origin string

func originOf(u *url.URL) origin {
	scheme := strings.ToLower(u.Scheme)
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[scheme]
	}
	return origin(scheme + "://" + net.JoinHostPort(strings.ToLower(u.Hostname()), port))
}

func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// authTransport attaches the key to requests for the API origin only, and strips it from any
// other, whatever the caller's transport or a redirect does.
type authTransport struct {
	base   http.RoundTripper
	origin origin
	header string
	value  string
}

// RoundTrip implements http.RoundTripper.
func (t *authTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	if originOf(r.URL) == t.origin {
		r.Header.Set(t.header, t.value)
	} else {
		r.Header.Del(t.header)
	}
	return t.base.RoundTrip(r)
}

// checkRedirect refuses redirects that leave the API origin, applies the caller's policy, and
// takes a limiter slot for each hop it lets through, since every hop is one more send.
func (c *Client) checkRedirect(next func(*http.Request, []*http.Request) error) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		if originOf(req.URL) != c.origin {
			return fmt.Errorf("%w: redirect to %s", errCrossOrigin, originOf(req.URL))
		}
		if next != nil {
			if err := next(req, via); err != nil {
				return err
			}
		} else if len(via) >= 10 {
			return errors.New("stopped after 10 redirects")
		}
		return c.limiter.hop(req.Context())
	}
}
