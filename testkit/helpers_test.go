package testkit

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
)

// send makes one authorised request through the in-memory transport and
// returns status, header and body.
func send(t testing.TB, s *Server, method, path, body string) (int, http.Header, []byte) {
	t.Helper()
	return sendCtx(t, context.Background(), s, s.HTTPClient(), method, s.URL+path, body)
}

// sendCtx makes one authorised request with ctx through hc to url.
func sendCtx(t testing.TB, ctx context.Context, s *Server, hc *http.Client, method, url, body string) (int, http.Header, []byte) {
	t.Helper()
	resp, err := rawSend(ctx, s, hc, method, url, body)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read body: %v", err)
	}
	return resp.StatusCode, resp.Header, b
}

// rawSend makes one authorised request and returns the transport's answer.
func rawSend(ctx context.Context, s *Server, hc *http.Client, method, url, body string) (*http.Response, error) {
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, r)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-API-KEY", s.APIKey)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	return hc.Do(req)
}

// decode unmarshals b into a T, failing the test on error.
func decode[T any](t testing.TB, b []byte) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("decode %q: %v", b, err)
	}
	return v
}

// agentRow is the part of AgentDto the tests read.
type agentRow struct {
	AgentID      int64
	MachineID    string
	DeviceGuid   string
	CustomerID   int64
	CustomerName string
	MachineName  string
	Online       bool
	LastSeen     string
}

// problemBody is a ProblemDetails as a client decodes it.
type problemBody struct {
	Type     string              `json:"type"`
	Title    string              `json:"title"`
	Status   int                 `json:"status"`
	Detail   string              `json:"detail"`
	Instance string              `json:"instance"`
	Errors   map[string][]string `json:"errors"`
}

// wantStatus fails the test when got is not want.
func wantStatus(t testing.TB, got, want int, body []byte) {
	t.Helper()
	if got != want {
		t.Fatalf("status = %d, want %d (body %s)", got, want, body)
	}
}
