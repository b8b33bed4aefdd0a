package testkit

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"syscall"
	"testing"
	"testing/synctest"
	"time"
)

func TestScriptedStatusesThenNormal(t *testing.T) {
	s := NewServer(t, InMemory())
	s.Script("GET", "/agents/{agentId}",
		Status(503),
		Fault{Status: 502, Body: "<html>bad gateway</html>"},
		Fault{Status: 409, Body: `{"title":"Conflict"}`, Header: http.Header{"location": {"/x"}}},
		Fault{Status: 400, Body: "x", ContentType: "application/xml"},
		Fault{Status: 418, ContentType: "text/csv"},
		RetryAfter(429, "7"),
	)
	s.Script("GET", "/agents/{agentId}", Fault{Latency: 0}) // zero fault: runs the real handler
	want := []struct {
		status int
		ct     string
		body   string
	}{
		{503, "", ""},
		{502, "text/plain; charset=utf-8", "<html>bad gateway</html>"},
		{409, "application/json; charset=utf-8", `{"title":"Conflict"}`},
		{400, "application/xml", "x"},
		{418, "text/csv", ""},
		{429, "", ""},
		{200, "application/json; charset=utf-8", ""},
		{200, "application/json; charset=utf-8", ""},
	}
	for i, w := range want {
		code, h, body := send(t, s, "GET", "/agents/1", "")
		if code != w.status || h.Get("Content-Type") != w.ct || (w.body != "" && string(body) != w.body) {
			t.Fatalf("#%d: %d %q %q", i, code, h.Get("Content-Type"), body)
		}
		if i == 2 && h.Get("Location") != "/x" {
			t.Fatalf("Location %q", h.Get("Location"))
		}
		if i == 5 && h.Get("Retry-After") != "7" {
			t.Fatalf("Retry-After %q", h.Get("Retry-After"))
		}
	}
	// Other routes and methods are untouched.
	s.Script("DELETE", "/agents/{agentId}", Status(500))
	if code, _, _ := send(t, s, "GET", "/agents/2", ""); code != 200 {
		t.Fatalf("GET after DELETE script: %d", code)
	}
	if got := s.Requests()[0].Status; got != 503 {
		t.Fatalf("logged status %d", got)
	}
}

func TestDropInMemory(t *testing.T) {
	s := NewServer(t, InMemory())
	s.Script("GET", "/agents", Fault{Drop: true})
	_, err := rawSend(t.Context(), s, s.HTTPClient(), "GET", s.URL+"/agents", "")
	var op *net.OpError
	if !errors.Is(err, syscall.ECONNRESET) || !errors.As(err, &op) || op.Op != "read" {
		t.Fatalf("err = %v", err)
	}
	if r := s.Requests(); len(r) != 1 || r[0].Status != 0 || r[0].Route != "/agents" {
		t.Fatalf("log %+v", r)
	}
}

func TestRefuseInMemory(t *testing.T) {
	s := NewServer(t, InMemory())
	s.Script("POST", "/customers", Status(500), Fault{Refuse: true})
	s.Script("GET", "/agents", Fault{Refuse: true})
	// A Refuse behind another fault waits for its turn.
	if code, _, _ := send(t, s, "POST", "/customers", `{"CustomerName":"A"}`); code != 500 {
		t.Fatalf("first POST: %d", code)
	}
	_, err := rawSend(t.Context(), s, s.HTTPClient(), "POST", s.URL+"/customers", `{"CustomerName":"A"}`)
	var op *net.OpError
	if !errors.Is(err, syscall.ECONNREFUSED) || !errors.As(err, &op) || op.Op != "dial" {
		t.Fatalf("err = %v", err)
	}
	if _, err := rawSend(t.Context(), s, s.HTTPClient(), "GET", s.URL+"/agents", ""); !errors.Is(err, syscall.ECONNREFUSED) {
		t.Fatalf("GET err = %v", err)
	}
	if n := len(s.Requests()); n != 1 || Count(s, "customers") != 6 {
		t.Fatalf("logged %d requests, %d customers", n, Count(s, "customers"))
	}
}

func TestAfterCommit(t *testing.T) {
	s := NewServer(t, InMemory())
	s.Script("POST", "/customers", Fault{Status: 500, AfterCommit: true}, Fault{Drop: true, AfterCommit: true})
	code, _, _ := send(t, s, "POST", "/customers", `{"CustomerName":"Once"}`)
	if code != 500 || Count(s, "customers") != 7 {
		t.Fatalf("after-commit 500: %d, %d customers", code, Count(s, "customers"))
	}
	if _, err := rawSend(t.Context(), s, s.HTTPClient(), "POST", s.URL+"/customers", `{"CustomerName":"Twice"}`); !errors.Is(err, syscall.ECONNRESET) {
		t.Fatalf("after-commit drop: %v", err)
	}
	if Count(s, "customers") != 8 {
		t.Fatal("after-commit drop did not commit")
	}
	s.Script("DELETE", "/agents/{agentId}", Fault{AfterCommit: true})
	if code, _, _ := send(t, s, "DELETE", "/agents/1", ""); code != 204 || Count(s, "agents") != 159 {
		t.Fatalf("after-commit without status: %d", code)
	}
}

func TestHangAndFaultLatencyInMemory(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := New(InMemory())
		defer s.Close()
		s.Script("GET", "/agents", Fault{Hang: true}, Fault{Latency: 3 * time.Second}, Fault{Latency: time.Hour, Status: 500})
		start := time.Now()
		ctx, cancel := context.WithTimeout(t.Context(), 2*time.Second)
		defer cancel()
		_, err := rawSend(ctx, s, s.HTTPClient(), "GET", s.URL+"/agents", "")
		if !errors.Is(err, context.DeadlineExceeded) || time.Since(start) != 2*time.Second {
			t.Fatalf("hang: %v after %v", err, time.Since(start))
		}
		start = time.Now()
		if code, _, _ := send(t, s, "GET", "/agents", ""); code != 200 || time.Since(start) != 3*time.Second {
			t.Fatalf("latency fault: %d after %v", code, time.Since(start))
		}
		ctx, cancel = context.WithTimeout(t.Context(), time.Second)
		defer cancel()
		if _, err := rawSend(ctx, s, s.HTTPClient(), "GET", s.URL+"/agents", ""); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("latency fault cancelled: %v", err)
		}
		if st := s.Requests()[2].Status; st != 0 {
			t.Fatalf("cancelled fault logged status %d", st)
		}
	})
}

func TestHangReleasedByClose(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := New(InMemory())
		s.Script("GET", "/agents", Fault{Hang: true})
		errc := make(chan error)
		go func() {
			_, err := rawSend(context.Background(), s, s.HTTPClient(), "GET", s.URL+"/agents", "")
			errc <- err
		}()
		synctest.Wait()
		s.Close()
		if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
			t.Fatalf("err = %v", err)
		}
	})
}

func TestFaultsOnListener(t *testing.T) {
	s := NewServer(t)
	s.Script("GET", "/agents/{agentId}", RetryAfter(503, "2"), Fault{Drop: true}, Fault{Refuse: true}, Fault{Hang: true})
	hc := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	code, h, _ := sendCtx(t, t.Context(), s, hc, "GET", s.URL+"/agents/1", "")
	if code != 503 || h.Get("Retry-After") != "2" {
		t.Fatalf("status fault: %d %q", code, h.Get("Retry-After"))
	}
	for _, kind := range []string{"drop", "refuse-as-drop"} {
		if _, err := rawSend(t.Context(), s, hc, "GET", s.URL+"/agents/1", ""); err == nil {
			t.Fatalf("%s: no transport error", kind)
		}
	}
	ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
	defer cancel()
	if _, err := rawSend(ctx, s, hc, "GET", s.URL+"/agents/1", ""); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("hang: %v", err)
	}
	if code, _, _ := sendCtx(t, t.Context(), s, hc, "GET", s.URL+"/agents/1", ""); code != 200 {
		t.Fatalf("after faults: %d", code)
	}
}

func TestDropOnPlainResponseWriter(t *testing.T) {
	s := NewServer(t, InMemory())
	s.Script("GET", "/agents", Fault{Drop: true})
	req := httptest.NewRequest("GET", "/api/v3/agents", nil)
	req.Header.Set("X-API-KEY", s.APIKey)
	w := httptest.NewRecorder()
	s.Handler().ServeHTTP(w, req)
	if w.Code != http.StatusBadGateway {
		t.Fatalf("status %d", w.Code)
	}
}
