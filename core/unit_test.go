package core

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

func mustURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	return u
}

func TestTruncateKeepsRunesWhole(t *testing.T) {
	s := strings.Repeat("é", 10) // 20 bytes
	got := truncate(s, 9)
	if len(got) > 9 || !strings.HasSuffix(got, "…") || !strings.HasPrefix(got, "éé") {
		t.Fatalf("truncate: %q (%d bytes)", got, len(got))
	}
	if truncate("short", 9) != "short" {
		t.Fatal("truncate changed a short string")
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	cases := map[string]struct {
		wait time.Duration
		ok   bool
	}{
		"":                              {0, false},
		"3":                             {3 * time.Second, true},
		"-2":                            {0, false},
		"abc":                           {0, false},
		"999999999":                     {24 * time.Hour, true},
		"Thu, 03 Dec 2026 12:00:07 GMT": {7 * time.Second, true},
		"Thu, 03 Dec 2026 11:00:00 GMT": {0, true},
	}
	for in, want := range cases {
		wait, ok := parseRetryAfter(in, now)
		if wait != want.wait || ok != want.ok {
			t.Errorf("%q: %v %v, want %v %v", in, wait, ok, want.wait, want.ok)
		}
	}
}

func TestBackoffDoublesCapsAndJitters(t *testing.T) {
	c := RetryConfig{MaxDelay: 10 * time.Second}
	for n, want := range []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 10 * time.Second, 10 * time.Second} {
		if got := c.backoff(time.Second, n); got != want {
			t.Errorf("backoff(1s, %d) = %v, want %v", n, got, want)
		}
	}
	c.Jitter = 0.5
	for range 100 {
		if got := c.backoff(time.Second, 1); got < 2*time.Second || got >= 3*time.Second {
			t.Fatalf("jittered backoff %v outside [2s, 3s)", got)
		}
	}
}

func TestErrorIsClasses(t *testing.T) {
	cases := map[int][]error{
		401: {ErrUnauthorized}, 403: {ErrUnauthorized}, 404: {ErrNotFound}, 429: {ErrRateLimited}, 503: {ErrServer}, 409: nil,
	}
	all := []error{ErrUnauthorized, ErrNotFound, ErrRateLimited, ErrServer, ErrInvalidInput}
	for status, want := range cases {
		e := &Error{StatusCode: status}
		for _, target := range all {
			is := e.Is(target)
			expected := len(want) > 0 && want[0] == target
			if is != expected {
				t.Errorf("status %d Is(%v) = %v", status, target, is)
			}
		}
	}
}

// countRT records the headers of what reaches it.
type countRT struct{ got http.Header }

func (c *countRT) RoundTrip(r *http.Request) (*http.Response, error) {
	c.got = r.Header.Clone()
	return &http.Response{StatusCode: 204, Body: http.NoBody, Request: r}, nil
}

// The key is attached for the API origin only, and stripped from a request to any other,
// whatever headers it came with.
func TestAuthTransportOnlyOwnOrigin(t *testing.T) {
	base := &countRT{}
	at := &authTransport{base: base, origin: originOf(mustURL("https://app.atera.com/api/v3")), header: "X-API-KEY", value: "k"}
	for target, want := range map[string]string{
		"https://app.atera.com/api/v3/agents":     "k",
		"https://APP.atera.com:443/api/v3/agents": "k",
		"https://app.atera.com:8443/api/v3":       "",
		"http://app.atera.com/api/v3":             "",
		"https://evil.example/api/v3":             "",
	} {
		req, _ := http.NewRequest("GET", target, nil)
		req.Header.Set("X-API-KEY", "forged")
		if _, err := at.RoundTrip(req); err != nil {
			t.Fatal(err)
		}
		if got := base.got.Get("X-API-KEY"); got != want {
			t.Errorf("%s: X-API-KEY %q, want %q", target, got, want)
		}
		if req.Header.Get("X-API-KEY") != "forged" {
			t.Fatal("RoundTrip modified the caller's request")
		}
	}
}
