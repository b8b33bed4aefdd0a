package testkit

import (
	"net/http"
	"regexp"
	"strings"
	"testing"
)

func TestNewAndCloseListener(t *testing.T) {
	s := New()
	if !strings.HasPrefix(s.URL, "http://127.0.0.1:") || !strings.HasSuffix(s.URL, "/api/v3") {
		t.Fatalf("URL %q", s.URL)
	}
	code, _, body := sendCtx(t, t.Context(), s, http.DefaultClient, "GET", s.URL+"/agents/1", "")
	wantStatus(t, code, 200, body)
	s.Close()
	s.Close()
	if _, err := rawSend(t.Context(), s, http.DefaultClient, "GET", s.URL+"/agents/1", ""); err == nil {
		t.Fatal("closed server still answers")
	}
	if len(s.Requests()) != 1 {
		t.Fatal("log lost after Close")
	}
}

func TestNewServerClosedByCleanup(t *testing.T) {
	var s *Server
	t.Run("inner", func(t *testing.T) { s = NewServer(t) })
	if _, err := rawSend(t.Context(), s, http.DefaultClient, "GET", s.URL+"/agents", ""); err == nil {
		t.Fatal("server alive after cleanup")
	}
}

func TestInMemoryURLAndAnyHost(t *testing.T) {
	s := NewServer(t, InMemory())
	if s.URL != "https://atera.invalid/api/v3" {
		t.Fatalf("URL %q", s.URL)
	}
	code, _, body := sendCtx(t, t.Context(), s, s.HTTPClient(), "GET", "http://app.atera.com/api/v3/agents?itemsInPage=1", "")
	wantStatus(t, code, 200, body)
	if p := decode[pageEnvelope[agentRow]](t, body); *p.NextLink != "http://app.atera.com/api/v3/agents?itemsInPage=1&page=2" {
		t.Fatalf("nextLink %q", *p.NextLink)
	}
}

func TestKeys(t *testing.T) {
	a, b := New(InMemory()), New(InMemory(), WithSeed(2))
	if !regexp.MustCompile(`^tk_[0-9a-f]{32}$`).MatchString(a.APIKey) || a.APIKey == b.APIKey {
		t.Fatalf("keys %q %q", a.APIKey, b.APIKey)
	}
	if New(InMemory()).APIKey != a.APIKey {
		t.Fatal("default key is not deterministic")
	}
	if k := New(InMemory(), WithAPIKey("eyJx.y.z")).APIKey; k != "eyJx.y.z" {
		t.Fatalf("key %q", k)
	}
}

func TestResponseShape(t *testing.T) {
	s := NewServer(t, InMemory())
	resp, err := rawSend(t.Context(), s, s.HTTPClient(), "GET", s.URL+"/agents/1", "")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.Request == nil || resp.Request.URL.String() != s.URL+"/agents/1" || resp.ContentLength <= 0 ||
		resp.Header.Get("Content-Length") == "" || resp.Status != "200 OK" || resp.ProtoMajor != 1 {
		t.Fatalf("response %+v", resp)
	}
}

type failingBody struct{}

func (failingBody) Read([]byte) (int, error) { return 0, errTest }
func (failingBody) Close() error             { return nil }

var errTest = http.ErrBodyReadAfterClose

func TestRequestBodyReadError(t *testing.T) {
	s := NewServer(t, InMemory())
	req, _ := http.NewRequest("POST", s.URL+"/customers", failingBody{})
	if _, err := s.HTTPClient().Do(req); err == nil {
		t.Fatal("body read error swallowed")
	}
	if len(s.Requests()) != 0 {
		t.Fatal("failed request logged")
	}
}
