package testkit

import (
	"net/http"
	"testing"
	"testing/synctest"
	"time"
)

// hit sends one GET /agents/1 and returns its status and Retry-After header.
func hit(t *testing.T, s *Server) (int, string) {
	t.Helper()
	code, h, _ := send(t, s, "GET", "/agents/1", "")
	ra, ok := h["Retry-After"]
	if !ok {
		return code, "<none>"
	}
	return code, ra[0]
}

func TestSlidingLog(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := New(InMemory(), WithRateLimit(RateLimit{Requests: 3, Window: 10 * time.Second}))
		defer s.Close()
		for range 3 {
			if code, _ := hit(t, s); code != 200 {
				t.Fatalf("status %d", code)
			}
		}
		if code, ra := hit(t, s); code != 429 || ra != "10" {
			t.Fatalf("4th: %d %q", code, ra)
		}
		time.Sleep(4*time.Second + 300*time.Millisecond)
		if code, ra := hit(t, s); code != 429 || ra != "6" {
			t.Fatalf("at 4.3s: %d %q", code, ra)
		}
		time.Sleep(5*time.Second + 700*time.Millisecond)
		// The first arrivals left the window exactly now; rejections were not counted.
		for i := range 3 {
			if code, _ := hit(t, s); code != 200 {
				t.Fatalf("at 10s #%d: %d", i, code)
			}
		}
		if code, _ := hit(t, s); code != 429 {
			t.Fatalf("at 10s #4: %d", code)
		}
		var limited int
		for _, r := range s.Requests() {
			if r.Status == http.StatusTooManyRequests {
				limited++
			}
		}
		if limited != 3 {
			t.Fatalf("logged %d 429s", limited)
		}
	})
}

func TestFixedWindow(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := New(InMemory(), WithRateLimit(RateLimit{Requests: 2, Window: 10 * time.Second, Model: FixedWindow}))
		defer s.Close()
		time.Sleep(9 * time.Second)
		hit(t, s)
		hit(t, s)
		time.Sleep(500 * time.Millisecond)
		if code, ra := hit(t, s); code != 429 || ra != "1" {
			t.Fatalf("end of window: %d %q", code, ra)
		}
		time.Sleep(500 * time.Millisecond)
		// A fixed window lets a full budget through right across its edge.
		for range 2 {
			if code, _ := hit(t, s); code != 200 {
				t.Fatalf("new window: %d", code)
			}
		}
		if code, ra := hit(t, s); code != 429 || ra != "10" {
			t.Fatalf("new window full: %d %q", code, ra)
		}
		time.Sleep(25 * time.Second)
		if code, _ := hit(t, s); code != 200 {
			t.Fatalf("after idle windows: %d", code)
		}
	})
}

func TestRetryAfterValues(t *testing.T) {
	for _, tc := range []struct{ config, want string }{
		{"-", "<none>"},
		{"Wed, 21 Oct 2026 07:28:00 GMT", "Wed, 21 Oct 2026 07:28:00 GMT"},
		{"0", "0"},
	} {
		synctest.Test(t, func(t *testing.T) {
			s := New(InMemory(), WithRateLimit(RateLimit{Requests: 1, Window: time.Minute, RetryAfter: tc.config}))
			defer s.Close()
			hit(t, s)
			code, h, body := send(t, s, "GET", "/agents/1", "")
			ra := "<none>"
			if v, ok := h["Retry-After"]; ok {
				ra = v[0]
			}
			if code != 429 || ra != tc.want {
				t.Fatalf("%q: %d %q", tc.config, code, ra)
			}
			if pd := decode[problemBody](t, body); pd.Status != 429 {
				t.Fatalf("body %s", body)
			}
		})
	}
}

func TestRateLimitAfterAuthAndDisabled(t *testing.T) {
	s := NewServer(t, InMemory(), WithRateLimit(RateLimit{Requests: 1, Window: time.Hour}))
	req, _ := http.NewRequest("GET", s.URL+"/agents", nil)
	for range 3 {
		resp, err := s.HTTPClient().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 401 {
			t.Fatalf("unauthorised: %d", resp.StatusCode)
		}
	}
	if code, _ := hit(t, s); code != 200 {
		t.Fatalf("first authorised: %d", code)
	}
	off := NewServer(t, InMemory(), WithRateLimit(RateLimit{Requests: 0, Window: time.Second}))
	for range 5 {
		if code, _ := hit(t, off); code != 200 {
			t.Fatalf("disabled limit: %d", code)
		}
	}
}

// Windows before the server's start are aligned like the others, so each is one Window long.
func TestFixedWindowBeforeStart(t *testing.T) {
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := newLimiter(RateLimit{Requests: 1, Window: 10 * time.Second, Model: FixedWindow}, start)
	if ok, _ := l.admit(start.Add(-time.Second)); !ok {
		t.Fatal("first request refused")
	}
	if ok, ra := l.admit(start.Add(9 * time.Second)); !ok {
		t.Fatalf("a request in the next window was refused (Retry-After %s)", ra)
	}
}
