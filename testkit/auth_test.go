package testkit

import (
	"net/http"
	"testing"
)

func TestAuth(t *testing.T) {
	s := NewServer(t, InMemory(), WithAPIKey("secret-key"))
	cases := []struct {
		name   string
		header string
		value  string
		want   int
	}{
		{"api key", "X-API-KEY", "secret-key", http.StatusOK},
		{"bearer", "Authorization", "Bearer secret-key", http.StatusOK},
		{"bearer any case", "Authorization", "bearer secret-key", http.StatusOK},
		{"wrong api key", "X-API-KEY", "nope", http.StatusUnauthorized},
		{"wrong bearer", "Authorization", "Bearer nope", http.StatusUnauthorized},
		{"basic", "Authorization", "Basic secret-key", http.StatusUnauthorized},
		{"bare bearer", "Authorization", "Bearer ", http.StatusUnauthorized},
		{"none", "", "", http.StatusUnauthorized},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest("GET", s.URL+"/agents/1", nil)
			if tc.header != "" {
				req.Header.Set(tc.header, tc.value)
			}
			resp, err := s.HTTPClient().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tc.want {
				t.Fatalf("status = %d, want %d", resp.StatusCode, tc.want)
			}
			if tc.want == http.StatusUnauthorized && resp.ContentLength != 0 {
				t.Fatalf("401 body length = %d, want 0", resp.ContentLength)
			}
		})
	}
	last := s.Requests()[len(s.Requests())-1]
	if last.Status != http.StatusUnauthorized || last.Route != "/agents/{agentId}" {
		t.Fatalf("logged %+v", last)
	}
}

func TestUnauthorisedBeforeRouting(t *testing.T) {
	s := NewServer(t, InMemory())
	req, _ := http.NewRequest("GET", s.URL+"/no/such/route", nil)
	resp, err := s.HTTPClient().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("status = %d, want 401", resp.StatusCode)
	}
}
