package core_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/synctest"

	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/testkit"
)

// P1: 25 pages through nextLink with a 429 on page 7: 26 requests, every item once, in order.
func TestListAllFollowsNextLinkThroughRateLimit(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		srv := fake(t, testkit.WithoutDemoData())
		ids := addAgents(t, srv, 25*core.MaxItemsInPage)
		srv.Script("GET", "/agents", append(make([]testkit.Fault, 6), testkit.RetryAfter(429, "1"))...)
		c := clientFor(t, srv)
		var got []int64
		for a, err := range core.ListAll[agent](context.Background(), c, listAgents, core.Path()) {
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, a.AgentID)
		}
		if fmt.Sprint(got) != fmt.Sprint(ids) {
			t.Fatalf("got %d ids, want the %d added, in order", len(got), len(ids))
		}
		reqs := routed(srv, "GET", "/agents")
		if len(reqs) != 26 {
			t.Fatalf("%d requests, want 26", len(reqs))
		}
		if q := reqs[0].Query; q.Get("itemsInPage") != "50" {
			t.Fatalf("first page asked itemsInPage=%q, want 50", q.Get("itemsInPage"))
		}
	})
}

// ListAll honours the caller's page size and starting page; List returns one envelope.
func TestListPageAndOptions(t *testing.T) {
	srv := fake(t, testkit.WithoutDemoData())
	addAgents(t, srv, 30)
	c := clientFor(t, srv)
	page, err := core.List[agent](context.Background(), c, listAgents, core.Path().Query(core.ListOptions{Page: 2, ItemsInPage: 7}))
	if err != nil {
		t.Fatal(err)
	}
	if page.Page != 2 || page.ItemsInPage != 7 || len(page.Items) != 7 || page.TotalItemCount != 30 || page.TotalPages != 5 || page.NextLink == "" || page.PrevLink == "" {
		t.Fatalf("unexpected envelope %+v", page)
	}
	all, err := core.ListAll[agent](context.Background(), c, listAgents, core.Path().Query(&core.ListOptions{Page: 3, ItemsInPage: 10})).Collect()
	if err != nil || len(all) != 10 || all[0].MachineName != "M0021" {
		t.Fatalf("ListAll from page 3 of 10: %d items, first %+v, err %v", len(all), all, err)
	}
	if _, err := core.List[agent](context.Background(), c, listAgents, core.Path().Query(core.ListOptions{ItemsInPage: 51})); !errors.Is(err, core.ErrInvalidInput) {
		t.Fatalf("itemsInPage 51: err %v, want ErrInvalidInput", err)
	}
	if _, err := core.ListAll[agent](context.Background(), c, listAgents, core.Path().Query(core.ListOptions{Page: -1})).Collect(); !errors.Is(err, core.ErrInvalidInput) {
		t.Fatalf("page -1: err %v, want ErrInvalidInput", err)
	}
}

// Stopping the range early stops fetching.
func TestListAllStopsWhenTheLoopDoes(t *testing.T) {
	srv := fake(t, testkit.WithoutDemoData())
	addAgents(t, srv, 120)
	c := clientFor(t, srv)
	n := 0
	for _, err := range core.ListAll[agent](context.Background(), c, listAgents, core.Path()) {
		if err != nil {
			t.Fatal(err)
		}
		if n++; n == 60 {
			break
		}
	}
	if reqs := routed(srv, "GET", "/agents"); len(reqs) != 2 {
		t.Fatalf("%d page requests for 60 items, want 2", len(reqs))
	}
}

// envelope renders a scripted page.
func envelope(t *testing.T, page, totalPages int, next string, ids ...int64) testkit.Fault {
	t.Helper()
	items := make([]agent, len(ids))
	for i, id := range ids {
		items[i] = agent{AgentID: id}
	}
	b, err := json.Marshal(map[string]any{"items": items, "page": page, "totalPages": totalPages, "itemsInPage": 50, "totalItemCount": 150, "nextLink": next})
	if err != nil {
		t.Fatal(err)
	}
	return testkit.Fault{Status: 200, Body: string(b)}
}

// P2: a nextLink to another host or port is refused (the key never goes there); a page that
// repeats ends the iteration with an error, never a loop.
func TestListAllRefusesForeignAndRepeatingLinks(t *testing.T) {
	cases := map[string]struct {
		pages []func(t *testing.T, base string) testkit.Fault
		want  string
	}{
		"other host": {[]func(*testing.T, string) testkit.Fault{
			func(t *testing.T, _ string) testkit.Fault {
				return envelope(t, 1, 3, "https://evil.example/api/v3/agents?page=2", 1)
			},
		}, "nextLink points to https://evil.example:443"},
		"other port": {[]func(*testing.T, string) testkit.Fault{
			func(t *testing.T, _ string) testkit.Fault {
				return envelope(t, 1, 3, "https://atera.invalid:8443/api/v3/agents?page=2", 1)
			},
		}, "nextLink points to https://atera.invalid:8443"},
		"page repeats": {[]func(*testing.T, string) testkit.Fault{
			func(t *testing.T, base string) testkit.Fault { return envelope(t, 1, 3, base+"/agents?page=2", 1) },
			func(t *testing.T, base string) testkit.Fault { return envelope(t, 1, 3, base+"/agents?page=2", 1) },
		}, "page 1 came again"},
		"link repeats": {[]func(*testing.T, string) testkit.Fault{
			func(t *testing.T, base string) testkit.Fault { return envelope(t, 0, 3, base+"/agents?page=2", 1) },
			func(t *testing.T, base string) testkit.Fault { return envelope(t, 0, 3, base+"/agents?page=2", 2) },
		}, "nextLink repeats"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			srv := fake(t, testkit.WithoutDemoData())
			for _, p := range tc.pages {
				srv.Script("GET", "/agents", p(t, srv.URL))
			}
			c := clientFor(t, srv)
			items, err := core.ListAll[agent](context.Background(), c, listAgents, core.Path()).Collect()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err %v, want one saying %q", err, tc.want)
			}
			if len(items) == 0 {
				t.Fatal("the items read before the error were lost")
			}
			for _, r := range srv.Requests() {
				if r.Host != "atera.invalid" {
					t.Fatalf("a request went to %s", r.Host)
				}
			}
			if n := len(srv.Requests()); n != len(tc.pages) {
				t.Fatalf("%d requests, want %d", n, len(tc.pages))
			}
		})
	}
}

// The iteration ends on an empty page, and an error mid-way is yielded once.
func TestListAllEndsOnEmptyPageAndYieldsErrorOnce(t *testing.T) {
	srv := fake(t, testkit.WithoutDemoData())
	srv.Script("GET", "/agents", envelope(t, 1, 9, srv.URL+"/agents?page=2", 1), envelope(t, 2, 9, srv.URL+"/agents?page=3"))
	c := clientFor(t, srv)
	items, err := core.ListAll[agent](context.Background(), c, listAgents, core.Path()).Collect()
	if err != nil || len(items) != 1 || len(srv.Requests()) != 2 {
		t.Fatalf("got %d items in %d requests, err %v; want 1 item and the end after 2", len(items), len(srv.Requests()), err)
	}

	srv.Script("GET", "/agents", testkit.Status(401))
	errs := 0
	for _, err := range core.ListAll[agent](context.Background(), c, listAgents, core.Path()) {
		if !errors.Is(err, core.ErrUnauthorized) {
			t.Fatalf("err %v, want ErrUnauthorized", err)
		}
		errs++
	}
	if errs != 1 {
		t.Fatalf("error yielded %d times, want once", errs)
	}
}

// Filter keeps the items its predicate accepts and passes an error through once; FailPager
// yields only its error.
func TestPagerFilterAndFailPager(t *testing.T) {
	srv := fake(t, testkit.WithoutDemoData())
	addAgents(t, srv, 120)
	c := clientFor(t, srv)
	even, err := core.ListAll[agent](context.Background(), c, listAgents, core.Path()).
		Filter(func(a agent) bool { return a.AgentID%2 == 0 }).Collect()
	if err != nil || len(even) != 60 || even[0].AgentID != 2 {
		t.Fatalf("%d even agents, first %+v, err %v", len(even), even, err)
	}
	n := 0
	for range core.ListAll[agent](context.Background(), c, listAgents, core.Path()).Filter(func(agent) bool { return true }) {
		if n++; n == 3 {
			break
		}
	}
	srv.Script("GET", "/agents", testkit.Status(401))
	if _, err := core.ListAll[agent](context.Background(), c, listAgents, core.Path()).Filter(func(agent) bool { return true }).Collect(); !errors.Is(err, core.ErrUnauthorized) {
		t.Fatalf("err %v, want ErrUnauthorized", err)
	}
	boom := errors.New("boom")
	yields := 0
	for _, err := range core.FailPager[agent](boom) {
		if !errors.Is(err, boom) {
			t.Fatalf("err %v", err)
		}
		yields++
	}
	if yields != 1 {
		t.Fatalf("FailPager yielded %d times", yields)
	}
}
