package core_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/testkit"
)

// countingTransport counts the requests that reach it.
type countingTransport struct{ n int }

func (c *countingTransport) RoundTrip(*http.Request) (*http.Response, error) {
	c.n++
	return nil, errors.New("no network in tests")
}

// S2 and argument checks: NewClient refuses bad input before any dial, with a clear error.
func TestNewClientRefusesBadInput(t *testing.T) {
	cases := []struct {
		name string
		key  string
		opts []core.Option
		want string
	}{
		{"empty key", "  ", nil, "the API key is empty"},
		{"key with newline", "abc\ndef", nil, "white space or control characters"},
		{"unparsable URL", "k", []core.Option{core.WithBaseURL("https://exa mple.com/%zz")}, "does not parse"},
		{"relative URL", "k", []core.Option{core.WithBaseURL("/api/v3")}, "not an absolute http(s) URL"},
		{"ftp URL", "k", []core.Option{core.WithBaseURL("ftp://app.atera.com/api/v3")}, "not an absolute http(s) URL"},
		{"plain http to a remote host", "k", []core.Option{core.WithBaseURL("http://app.atera.com/api/v3")}, "plain http to a non-loopback host"},
		{"user info", "k", []core.Option{core.WithBaseURL("https://me:pw@app.atera.com/api/v3")}, "user information"},
		{"query", "k", []core.Option{core.WithBaseURL("https://app.atera.com/api/v3?x=1")}, "query or fragment"},
		{"nil http client", "k", []core.Option{core.WithHTTPClient(nil)}, "WithHTTPClient"},
		{"nil logger", "k", []core.Option{core.WithLogger(nil)}, "WithLogger"},
		{"negative timeout", "k", []core.Option{core.WithTimeout(-time.Second)}, "WithTimeout"},
		{"bad auth scheme", "k", []core.Option{core.WithAuthScheme(core.AuthScheme(9))}, "unknown scheme"},
		{"bad max size", "k", []core.Option{core.WithMaxResponseSize(0)}, "WithMaxResponseSize"},
		{"user agent newline", "k", []core.Option{core.WithUserAgent("a\r\nb")}, "line break"},
		{"rate limit budget", "k", []core.Option{core.WithRateLimit(core.RateLimitConfig{Enabled: true, Window: time.Minute, ThrottleThreshold: 1, RetryAfter: time.Second})}, "MaxRequests"},
		{"rate limit window", "k", []core.Option{core.WithRateLimit(core.RateLimitConfig{Enabled: true, MaxRequests: 1, ThrottleThreshold: 1, RetryAfter: time.Second})}, "Window"},
		{"rate limit threshold", "k", []core.Option{core.WithRateLimit(core.RateLimitConfig{Enabled: true, MaxRequests: 1, Window: time.Minute, ThrottleThreshold: 1.5, RetryAfter: time.Second})}, "ThrottleThreshold"},
		{"rate limit retries", "k", []core.Option{core.WithRateLimit(core.RateLimitConfig{MaxRetries: -1, RetryAfter: time.Second})}, "MaxRetries"},
		{"rate limit retry after", "k", []core.Option{core.WithRateLimit(core.RateLimitConfig{})}, "RetryAfter"},
		{"retry count", "k", []core.Option{core.WithRetry(core.RetryConfig{MaxRetries: -1, MaxDelay: time.Second})}, "MaxRetries"},
		{"retry delay", "k", []core.Option{core.WithRetry(core.RetryConfig{Delay: -1, MaxDelay: time.Second})}, "Delay"},
		{"retry max delay", "k", []core.Option{core.WithRetry(core.RetryConfig{})}, "MaxDelay"},
		{"retry jitter", "k", []core.Option{core.WithRetry(core.RetryConfig{MaxDelay: time.Second, Jitter: 2})}, "Jitter"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rt := &countingTransport{}
			opts := append([]core.Option{core.WithHTTPClient(&http.Client{Transport: rt})}, tc.opts...)
			c, err := core.NewClient(tc.key, opts...)
			if err == nil || c != nil {
				t.Fatalf("NewClient accepted it: %v", c)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %q does not say %q", err, tc.want)
			}
			if rt.n != 0 {
				t.Fatalf("%d requests went out", rt.n)
			}
		})
	}
}

func TestNewClientDefaultsAndLoopback(t *testing.T) {
	c, err := core.NewClient("k")
	if err != nil || c.BaseURL() != core.DefaultBaseURL || c.AuthScheme() != core.AuthAPIKey {
		t.Fatalf("defaults: %v %v %v", c, err, c.AuthScheme())
	}
	for _, u := range []string{"http://localhost:8080/api/v3/", "http://127.0.0.1/api/v3", "http://[::1]:9/api/v3"} {
		c, err := core.NewClient("k", core.WithBaseURL(u), nil)
		if err != nil {
			t.Fatalf("%s: %v", u, err)
		}
		if strings.HasSuffix(c.BaseURL(), "/") {
			t.Fatalf("%s kept its trailing slash", c.BaseURL())
		}
	}
}

// A JWT-shaped key goes as Bearer, anything else as X-API-KEY; WithAuthScheme forces either.
func TestAuthSchemes(t *testing.T) {
	const jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"
	cases := []struct {
		name, key  string
		opts       []core.Option
		wantScheme core.AuthScheme
		header     string
		value      string
	}{
		{"legacy key", "tk_plainkey", nil, core.AuthAPIKey, "X-API-KEY", "tk_plainkey"},
		{"jwt", jwt, nil, core.AuthBearer, "Authorization", "Bearer " + jwt},
		{"forced bearer", "tk_plainkey", []core.Option{core.WithAuthScheme(core.AuthBearer)}, core.AuthBearer, "Authorization", "Bearer tk_plainkey"},
		{"forced key", jwt, []core.Option{core.WithAuthScheme(core.AuthAPIKey)}, core.AuthAPIKey, "X-API-KEY", jwt},
		{"dots but not a jwt", "a.b.c", nil, core.AuthAPIKey, "X-API-KEY", "a.b.c"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := fake(t, testkit.WithAPIKey(tc.key), testkit.WithoutDemoData())
			ids := addAgents(t, srv, 1)
			c := clientFor(t, srv, append(tc.opts, core.WithUserAgent("mysync/1.2"))...)
			if c.AuthScheme() != tc.wantScheme {
				t.Fatalf("scheme %v, want %v", c.AuthScheme(), tc.wantScheme)
			}
			if _, err := core.Do[agent](context.Background(), c, getAgent, core.Path(ids[0])); err != nil {
				t.Fatal(err)
			}
			h := srv.Requests()[0].Header
			if h.Get(tc.header) != tc.value {
				t.Fatalf("%s: %q, want %q", tc.header, h.Get(tc.header), tc.value)
			}
			if ua := h.Get("User-Agent"); !strings.HasPrefix(ua, "mysync/1.2 go-atera/"+core.Version) {
				t.Fatalf("User-Agent %q", ua)
			}
		})
	}
	if fmt.Sprint(core.AuthAuto, core.AuthAPIKey, core.AuthBearer, core.AuthScheme(7)) != "auto X-API-KEY Bearer AuthScheme(7)" {
		t.Fatal("AuthScheme names")
	}
}

// R5: 401 with an empty body, 400/404/409 ProblemDetails and an IIS HTML 404 are not retried,
// come back typed, and read well.
func TestClientErrorsTypedNotRetried(t *testing.T) {
	problem := func(status int, body string) testkit.Fault {
		return testkit.Fault{Status: status, Body: body, ContentType: "application/problem+json"}
	}
	cases := []struct {
		name    string
		fault   *testkit.Fault
		op      core.Operation
		check   func(error) bool
		message string
	}{
		{"401 empty", &testkit.Fault{Status: 401}, getAgent, func(err error) bool {
			var e *core.AuthenticationError
			return errors.As(err, &e) && errors.Is(err, core.ErrUnauthorized)
		}, "the API key was refused"},
		{"400 validation", ptr(problem(400, `{"title":"One or more validation errors occurred.","status":400,"errors":{"Name":["The Name field is required."],"Age":["Too old."]}}`)), getAgent, func(err error) bool {
			var e *core.ValidationError
			return errors.As(err, &e) && len(e.Errors) == 2 && e.Errors[0] == core.FieldError{Field: "Age", Message: "Too old."}
		}, "One or more validation errors occurred.; Age: Too old.; Name: The Name field is required."},
		{"404 problem", nil, getAgent, func(err error) bool {
			var e *core.NotFoundError
			return errors.As(err, &e) && errors.Is(err, core.ErrNotFound) && e.ProblemDetails != nil && e.ProblemDetails.Status == 404
		}, "Not Found; Agent 999999 was not found."},
		{"409 conflict", ptr(problem(409, `{"type":"about:blank","title":"Conflict","status":409,"detail":"The customer has open tickets."}`)), getAgent, func(err error) bool {
			var e *core.Error
			return errors.As(err, &e) && e.StatusCode == 409 && !errors.Is(err, core.ErrNotFound)
		}, "Conflict; The customer has open tickets."},
		{"HTML 404 unknown route", nil, unknownRoute, func(err error) bool {
			var e *core.NotFoundError
			return errors.As(err, &e) && e.ProblemDetails == nil
		}, "HTML error page: 404 - File or directory not found."},
		{"plain text 403", &testkit.Fault{Status: 403, Body: "Forbidden: key lacks the tickets scope\nmore"}, getAgent, func(err error) bool {
			return errors.Is(err, core.ErrUnauthorized)
		}, "Forbidden: key lacks the tickets scope"},
		{"json message 422", &testkit.Fault{Status: 422, Body: `{"Message":"An error has occurred.","ExceptionMessage":"boom"}`}, getAgent, func(err error) bool {
			var e *core.Error
			return errors.As(err, &e) && e.StatusCode == 422
		}, "An error has occurred. boom"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := fake(t, testkit.WithoutDemoData())
			if tc.fault != nil {
				srv.Script("GET", "/agents/{agentId}", *tc.fault)
			}
			c := clientFor(t, srv)
			_, err := core.Do[agent](context.Background(), c, tc.op, core.Path(int64(999999)))
			if !tc.check(err) {
				t.Fatalf("wrong error type or fields: %#v", err)
			}
			var e *core.Error
			if !errors.As(err, &e) || !strings.HasPrefix(e.Message, tc.message) || e.Attempts != 1 {
				t.Fatalf("message %q after %d attempts, want %q after 1", e.Message, e.Attempts, tc.message)
			}
			if len(srv.Requests()) != 1 {
				t.Fatalf("%d requests, want 1", len(srv.Requests()))
			}
			if !strings.HasPrefix(err.Error(), fmt.Sprintf("atera: GET /api/v3/%s", strings.TrimPrefix(e.Path, "/api/v3/"))) || strings.Contains(err.Error(), "<") {
				t.Fatalf("unreadable error text %q", err.Error())
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

// Invalid path parameters are refused before anything is sent.
func TestInvalidPathParams(t *testing.T) {
	srv := fake(t, testkit.WithoutDemoData())
	c := clientFor(t, srv)
	for name, r := range map[string]core.Request{
		"zero id":       core.Path(int64(0)),
		"negative int":  core.Path(-3),
		"missing param": core.Path(),
		"extra param":   core.Path(int64(1), int64(2)),
		"empty string":  core.Path(" "),
		"bad type":      core.Path(1.5),
	} {
		if _, err := core.Do[agent](context.Background(), c, getAgent, r); !errors.Is(err, core.ErrInvalidInput) || !strings.Contains(err.Error(), "test Agents.Get") {
			t.Errorf("%s: err %v, want ErrInvalidInput naming the operation", name, err)
		}
	}
	if err := core.Exec(context.Background(), c, updateCustomer, core.Path(int64(1)).Body(func() {})); !errors.Is(err, core.ErrInvalidInput) {
		t.Errorf("unencodable body: %v", err)
	}
	if len(srv.Requests()) != 0 {
		t.Fatalf("%d requests went out", len(srv.Requests()))
	}
}

// Path parameters are escaped as one segment.
func TestPathParamEscaped(t *testing.T) {
	srv := fake(t, testkit.WithoutDemoData())
	if _, err := testkit.Add(srv, "agents", agent{MachineName: "LAB/PC 7?"}); err != nil {
		t.Fatal(err)
	}
	c := clientFor(t, srv)
	page, err := core.List[agent](context.Background(), c, byMachine, core.Path("LAB/PC 7?"))
	if err != nil || len(page.Items) != 1 {
		t.Fatalf("GetByMachineName: %v, %+v", err, page)
	}
	if r := srv.Requests()[0]; r.Route != "/agents/machine/{machineName}" || r.Path != "/api/v3/agents/machine/LAB/PC 7?" || r.Query.Encode() != "" {
		t.Fatalf("received %q (route %q, query %q); want one escaped segment", r.Path, r.Route, r.Query.Encode())
	}
}

// Creates return the ActionID; an answer without one is an error that says so.
func TestCreateReturnsActionID(t *testing.T) {
	srv := fake(t, testkit.WithoutDemoData())
	c := clientFor(t, srv)
	id, err := core.Create(context.Background(), c, createCustomer, core.Path().Body(customer{CustomerName: "Hooli"}))
	if err != nil || id <= 0 {
		t.Fatalf("Create: %d, %v", id, err)
	}
	if got, ok, _ := testkit.Item[customer](srv, "customers", id); !ok || got.CustomerName != "Hooli" {
		t.Fatalf("stored %+v", got)
	}
	srv.Script("POST", "/customers", testkit.Fault{Status: 201, Body: `{"ActionID":null}`})
	if _, err := core.Create(context.Background(), c, createCustomer, core.Path().Body(customer{CustomerName: "X"})); err == nil || !strings.Contains(err.Error(), "no ActionID") {
		t.Fatalf("err %v, want one about the missing ActionID", err)
	}
	srv.Script("POST", "/customers", testkit.Fault{Status: 201, Body: `{"ActionID":"12x"}`})
	if _, err := core.Create(context.Background(), c, createCustomer, core.Path().Body(customer{CustomerName: "X"})); err == nil || !strings.Contains(err.Error(), "not the JSON expected") {
		t.Fatalf("err %v, want a decoding error", err)
	}
	srv.Script("GET", "/customers/{customerId}", testkit.Fault{Status: 200})
	if _, err := core.Do[customer](context.Background(), c, getCustomer, core.Path(id)); err == nil || !strings.Contains(err.Error(), "empty body") {
		t.Fatalf("err %v, want one about the empty body", err)
	}
}

// S1: the key never appears in logs, errors or any formatting of the client.
func TestKeyNeverPrinted(t *testing.T) {
	synctest.Test(t, testKeyNeverPrinted)
}

func testKeyNeverPrinted(t *testing.T) {
	const key = "tk_SECRET_0123456789abcdef"
	srv := fake(t, testkit.WithAPIKey(key), testkit.WithoutDemoData())
	ids := addAgents(t, srv, 1)
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	c := clientFor(t, srv, core.WithLogger(logger))
	srv.Script("GET", "/agents/{agentId}", testkit.Status(503),
		testkit.Fault{Status: 404, Body: `{"title":"Not Found","detail":"key ` + key + ` unknown"}`},
		testkit.Fault{Status: 500, Body: "<html><title>" + key + "</title></html>"}, testkit.Status(500),
		testkit.Fault{Drop: true}, testkit.Fault{Drop: true})
	var texts []string
	for range 3 {
		_, err := core.Do[agent](context.Background(), c, getAgent, core.Path(ids[0]))
		if err == nil {
			t.Fatal("expected an error")
		}
		texts = append(texts, err.Error(), fmt.Sprintf("%v %+v %#v", err, err, err))
		var e *core.Error
		if errors.As(err, &e) {
			texts = append(texts, string(e.Body), e.Message, fmt.Sprintf("%+v %#v", e, e))
		}
	}
	other, err := core.NewClient(key, core.WithBaseURL("https://example.com/api/v3"), core.WithAuthScheme(core.AuthBearer))
	if err != nil {
		t.Fatal(err)
	}
	_, err = core.NewClient(key+"\x00", core.WithBaseURL("https://x.example"))
	texts = append(texts, logs.String(), fmt.Sprintf("%v %+v %#v %s", c, c, c, c), c.String(), err.Error(), fmt.Sprintf("%v %+v %#v", other, other, other),
		fmt.Sprintf("%+v %#v", core.DefaultRateLimitConfig(), core.DefaultRetryConfig()))
	for _, s := range texts {
		if strings.Contains(s, key) {
			t.Fatalf("the key leaked into %q", s)
		}
	}
	if !strings.Contains(logs.String(), "atera retry") || !strings.Contains(logs.String(), "status=503") {
		t.Fatalf("logs miss the request lines:\n%s", logs.String())
	}
}
