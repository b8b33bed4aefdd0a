package testkit

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestPagingFollowsNextLinkToTheEnd(t *testing.T) {
	for _, mode := range []struct {
		name string
		opts []Option
	}{{"in-memory", []Option{InMemory()}}, {"listener", nil}} {
		t.Run(mode.name, func(t *testing.T) {
			s := NewServer(t, mode.opts...)
			hc := s.HTTPClient()
			if mode.name == "listener" {
				hc = http.DefaultClient
			}
			base, _ := url.Parse(s.URL)
			seen := map[int64]bool{}
			link := s.URL + "/agents?itemsInPage=50&extra=keep"
			pages := 0
			for link != "" {
				code, _, body := sendCtx(t, context.Background(), s, hc, "GET", link, "")
				wantStatus(t, code, http.StatusOK, body)
				p := decode[pageEnvelope[agentRow]](t, body)
				pages++
				if p.Page != pages || p.ItemsInPage != 50 || p.TotalItemCount != 160 || p.TotalPages != 4 {
					t.Fatalf("envelope %+v", p)
				}
				for _, a := range p.Items {
					if seen[a.AgentID] {
						t.Fatalf("agent %d twice", a.AgentID)
					}
					seen[a.AgentID] = true
				}
				if p.NextLink == nil || p.PrevLink == nil {
					t.Fatal("links must be strings by default")
				}
				if pages == 1 && *p.PrevLink != "" {
					t.Fatalf("first prevLink = %q", *p.PrevLink)
				}
				if pages > 1 && !strings.Contains(*p.PrevLink, "page="+string(rune('0'+pages-1))) {
					t.Fatalf("prevLink = %q", *p.PrevLink)
				}
				link = *p.NextLink
				if link != "" {
					u, err := url.Parse(link)
					if err != nil || !u.IsAbs() || u.Host != base.Host || u.Scheme != base.Scheme || u.Path != "/api/v3/agents" {
						t.Fatalf("nextLink %q is not absolute on %s", link, base.Host)
					}
					if q := u.Query(); q.Get("extra") != "keep" || q.Get("itemsInPage") != "50" {
						t.Fatalf("nextLink %q lost its query", link)
					}
				}
			}
			if pages != 4 || len(seen) != 160 {
				t.Fatalf("pages = %d, agents = %d", pages, len(seen))
			}
		})
	}
}

func TestPagingExactLink(t *testing.T) {
	s := NewServer(t, InMemory())
	_, _, body := send(t, s, "GET", "/agents?itemsInPage=50", "")
	p := decode[pageEnvelope[agentRow]](t, body)
	if want := "https://atera.invalid/api/v3/agents?itemsInPage=50&page=2"; *p.NextLink != want {
		t.Fatalf("nextLink = %q, want %q", *p.NextLink, want)
	}
}

func TestPagingParameters(t *testing.T) {
	s := NewServer(t, InMemory())
	cases := []struct {
		query      string
		wantStatus int
		wantSize   int
		wantItems  int
		wantPage   int
	}{
		{"", 200, 20, 20, 1},
		{"?itemsInPage=500", 200, 50, 50, 1},
		{"?itemsInPage=7&page=3", 200, 7, 7, 3},
		{"?page=&itemsInPage=", 200, 20, 20, 1},
		{"?page=99&itemsInPage=50", 200, 50, 0, 99},
		{"?itemsInPage=abc", 400, 0, 0, 0},
		{"?itemsInPage=0", 400, 0, 0, 0},
		{"?page=-1", 400, 0, 0, 0},
		{"?page=x", 400, 0, 0, 0},
	}
	for _, tc := range cases {
		t.Run(tc.query, func(t *testing.T) {
			code, h, body := send(t, s, "GET", "/agents"+tc.query, "")
			wantStatus(t, code, tc.wantStatus, body)
			if code == 400 {
				pd := decode[problemBody](t, body)
				if h.Get("Content-Type") != "application/problem+json; charset=utf-8" || pd.Status != 400 ||
					pd.Title != "One or more validation errors occurred." || len(pd.Errors) != 1 {
					t.Fatalf("problem %s", body)
				}
				return
			}
			p := decode[pageEnvelope[agentRow]](t, body)
			if p.ItemsInPage != tc.wantSize || len(p.Items) != tc.wantItems || p.Page != tc.wantPage || p.Items == nil {
				t.Fatalf("envelope size %d items %d page %d", p.ItemsInPage, len(p.Items), p.Page)
			}
			if tc.wantItems == 0 && (*p.NextLink != "" || !strings.HasSuffix(*p.PrevLink, fmt.Sprintf("page=%d", p.TotalPages))) {
				t.Fatalf("past the end: nextLink %q, prevLink %q; want none and the last page", *p.NextLink, *p.PrevLink)
			}
		})
	}
}

func TestNullNextLink(t *testing.T) {
	s := NewServer(t, InMemory(), WithNullNextLink())
	_, _, body := send(t, s, "GET", "/agents?itemsInPage=50&page=4", "")
	if !strings.Contains(string(body), `"nextLink":null`) || strings.Contains(string(body), `"prevLink":null`) {
		t.Fatalf("body %s", body)
	}
	_, _, body = send(t, s, "GET", "/agents?itemsInPage=50", "")
	if !strings.Contains(string(body), `"prevLink":null`) {
		t.Fatalf("body %s", body)
	}
}

func TestEmptyList(t *testing.T) {
	s := NewServer(t, InMemory(), WithoutDemoData())
	_, _, body := send(t, s, "GET", "/agents", "")
	want := `{"items":[],"totalItemCount":0,"page":1,"itemsInPage":20,"totalPages":0,"prevLink":"","nextLink":""}`
	if string(body) != want {
		t.Fatalf("body %s, want %s", body, want)
	}
}
