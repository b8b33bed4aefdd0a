package core_test

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/wyre-technology/go-atera/core"
)

func TestTimeReadsAteraFormats(t *testing.T) {
	want := time.Date(2026, 11, 30, 14, 5, 9, 123456700, time.UTC)
	cases := map[string]time.Time{
		`"2026-11-30T14:05:09.1234567Z"`:      want,
		`"2026-11-30T14:05:09.1234567"`:       want,
		`"2026-11-30T15:05:09.1234567+01:00"`: want,
		`"2026-11-30 14:05:09.1234567"`:       want,
		`"2026-11-30T14:05:09Z"`:              want.Truncate(time.Second),
		`"2026-11-30T14:05:09"`:               want.Truncate(time.Second),
		`"2026-11-30"`:                        time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC),
		`null`:                                {},
		`""`:                                  {},
	}
	for in, w := range cases {
		var got core.Time
		if err := json.Unmarshal([]byte(in), &got); err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		if !got.Equal(w) || (!w.IsZero() && got.Location() != time.UTC) {
			t.Errorf("%s: got %v, want %v", in, got.Time, w)
		}
	}
	for _, bad := range []string{`"yesterday"`, `12`, `"2026-13-01"`} {
		var got core.Time
		if err := json.Unmarshal([]byte(bad), &got); err == nil {
			t.Errorf("%s: accepted as %v", bad, got)
		}
	}
	out, _ := json.Marshal(struct {
		A core.Time
		B core.Time
	}{A: core.Time{Time: want.In(time.FixedZone("x", 3600))}})
	if string(out) != `{"A":"2026-11-30T14:05:09.1234567Z","B":null}` {
		t.Fatalf("marshal: %s", out)
	}
}

func TestFlexTypes(t *testing.T) {
	var v struct {
		A, B, C, D, E core.FlexInt
		S, N, Z       core.FlexString
	}
	in := `{"A":"42","B":43,"C":null,"D":"","E":44.0,"S":"M-1","N":1234567890123,"Z":null}`
	if err := json.Unmarshal([]byte(in), &v); err != nil {
		t.Fatal(err)
	}
	if v.A != 42 || v.B != 43 || v.C != 0 || v.D != 0 || v.E != 44 || v.S != "M-1" || v.N != "1234567890123" || v.Z != "" {
		t.Fatalf("got %+v", v)
	}
	for _, bad := range []string{`{"A":"4x"}`, `{"A":true}`, `{"A":"1.5"}`, `{"S":[1]}`, `{"S":"\u"}`} {
		if err := json.Unmarshal([]byte(bad), &v); err == nil {
			t.Errorf("%s accepted", bad)
		}
	}
}

// queryOptions exercises every kind the query encoder supports.
type queryOptions struct {
	core.ListOptions
	Customer int64     `url:"customerId,omitempty"`
	Status   string    `url:"ticketStatus,omitempty"`
	Rel      *bool     `url:"includeRelations,omitempty"`
	From     time.Time `url:"fromDate,omitempty,date"`
	Since    core.Time `url:"since,omitempty"`
	IDs      []uint    `url:"id"`
	Ratio    float64   `url:"ratio,omitempty"`
	Skipped  string    `url:"-"`
	NoTag    string
}

func TestQueryEncoding(t *testing.T) {
	srv := fake(t)
	c := clientFor(t, srv)
	f := false
	q := queryOptions{
		ListOptions: core.ListOptions{Page: 2, ItemsInPage: 10},
		Customer:    7, Status: "Open", Rel: &f,
		From:  time.Date(2026, 1, 2, 23, 0, 0, 0, time.FixedZone("x", -3600)),
		Since: core.Time{Time: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)},
		IDs:   []uint{1, 2}, Ratio: 0.5, Skipped: "x", NoTag: "y",
	}
	page, err := core.List[agent](t.Context(), c, listAgents, core.Path().Query(&q))
	if err != nil || page.Page != 2 {
		t.Fatalf("List: %v", err)
	}
	want := url.Values{
		"page": {"2"}, "itemsInPage": {"10"}, "customerId": {"7"}, "ticketStatus": {"Open"},
		"includeRelations": {"false"}, "fromDate": {"2026-01-02"}, "since": {"2026-01-02T03:04:05Z"},
		"id": {"1", "2"}, "ratio": {"0.5"},
	}
	if diff := cmp.Diff(want, srv.Requests()[0].Query); diff != "" {
		t.Fatalf("query (-want +got):\n%s", diff)
	}
	if _, err := core.List[agent](t.Context(), c, listAgents, core.Path().Query(url.Values{"page": {"3"}})); err != nil || srv.Requests()[1].Query.Get("page") != "3" {
		t.Fatalf("url.Values query: %v", err)
	}
	var nilOpts *queryOptions
	if _, err := core.List[agent](t.Context(), c, listAgents, core.Path().Query(nilOpts)); err != nil || len(srv.Requests()[2].Query) != 0 {
		t.Fatalf("nil options: %v %v", err, srv.Requests()[2].Query)
	}
	for _, bad := range []any{42, struct {
		M map[string]int `url:"m"`
	}{}} {
		if _, err := core.List[agent](t.Context(), c, listAgents, core.Path().Query(bad)); err == nil || !strings.Contains(err.Error(), "invalid input") {
			t.Fatalf("query %T: err %v", bad, err)
		}
	}
}

func TestOperationSet(t *testing.T) {
	set := core.NewOperationSet("demo")
	op := set.Declare("Things.Get", "GET", "/things/{thingId}/parts/{partId}", core.RetrySafe)
	all := set.All()
	all[0].Call = "changed"
	if diff := cmp.Diff([]core.Operation{op}, set.All()); diff != "" {
		t.Fatalf("All is not a copy (-want +got):\n%s", diff)
	}
	if got := op.String(); got != "demo Things.Get (GET /things/{thingId}/parts/{partId})" {
		t.Fatalf("String %q", got)
	}
	if diff := cmp.Diff([]string{"thingId", "partId"}, op.Params()); diff != "" {
		t.Fatal(diff)
	}
}
