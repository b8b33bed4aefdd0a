package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/wyre-technology/go-atera/core"
)

// fixture is a small table in the shape of operations.tsv, made up for these tests.
const fixture = "method\tpath\tspec\tkind\tmodule\tgo_call\tretry_safe\tseed_rows\n" +
	"GET\t/widgets\tv1\tcanonical\tshop\tWidgets.List / Widgets.ListAll (+ client-side ListByColour)\tyes\t1,2\n" +
	"POST\t/widgets\tv1\tcanonical\tshop\tWidgets.Create\tno\t\n" +
	"GET\t/widgets/{widgetId}\tv1\tcanonical\tshop\tWidgets.Get\tyes\t3\n" +
	"POST\t/widgets/{widgetId}\tv1\talias\t-\tnot used: POST alias of the canonical PUT\t-\t\n" +
	"PUT\t/widgets/{widgetId}\tv1\tcanonical\tshop\tWidgets.Update\tyes\t\n" +
	"POST\t/widgets/weigh\tv1\tcanonical\tshop\tWidgets.Weigh (chunks of 50 IDs)\tyes\t\n" +
	"GET\t/gadgets\tv1\tcanonical\tshop\tGadgets.List / Gadgets.ListAll\tyes\t\n" +
	"GET\t/labels\tv1\tcanonical\ttags\tListLabels (+ per target: <Target>.Labels)\tyes\t\n"

func fixtureRows(t *testing.T) []row {
	t.Helper()
	rows, err := parseTable(strings.NewReader(fixture))
	if err != nil {
		t.Fatalf("parseTable: %v", err)
	}
	return rows
}

func op(module, call, method, path string, safe bool) core.Operation {
	return core.Operation{Module: module, Call: call, Method: method, Path: path, RetrySafe: safe}
}

// widgets declares every canonical widget row correctly.
var widgets = []core.Operation{
	op("shop", "Widgets.List", "GET", "/widgets", true),
	op("shop", "Widgets.Create", "POST", "/widgets", false),
	op("shop", "Widgets.Get", "GET", "/widgets/{widgetId}", true),
	op("shop", "Widgets.Update", "PUT", "/widgets/{widgetId}", true),
	op("shop", "Widgets.Weigh", "POST", "/widgets/weigh", true),
}

func TestParseTable(t *testing.T) {
	rows := fixtureRows(t)
	if len(rows) != 8 {
		t.Fatalf("got %d rows, want 8", len(rows))
	}
	want := map[string][]string{
		"GET /widgets":             {"Widgets.List", "Widgets.ListAll"},
		"POST /widgets/weigh":      {"Widgets.Weigh"},
		"GET /labels":              {"ListLabels"},
		"POST /widgets/{widgetId}": nil, // not canonical: the call column is prose
	}
	for _, r := range rows {
		key := r.method + " " + r.path
		if calls, ok := want[key]; ok && !slices.Equal(r.calls, calls) {
			t.Errorf("%s: calls %q, want %q", key, r.calls, calls)
		}
	}
	if rows[1].retrySafe || !rows[0].retrySafe {
		t.Errorf("retry_safe: POST /widgets %t, GET /widgets %t; want false, true", rows[1].retrySafe, rows[0].retrySafe)
	}
	if rows[2].line != 4 {
		t.Errorf("GET /widgets/{widgetId} is on line %d, want 4", rows[2].line)
	}
}

func TestParseTableColumnOrderAndCRLF(t *testing.T) {
	in := "go_call\tretry_safe\tmodule\tkind\tpath\tmethod\r\n\r\nWidgets.Get\tyes\tshop\tcanonical\t/widgets/{id}\tGET\r\n"
	rows, err := parseTable(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].method != "GET" || rows[0].path != "/widgets/{id}" || rows[0].calls[0] != "Widgets.Get" {
		t.Fatalf("got %+v", rows)
	}
}

func TestParseTableErrors(t *testing.T) {
	header := "method\tpath\tkind\tmodule\tgo_call\tretry_safe\n"
	for name, tc := range map[string]struct{ in, want string }{
		"empty":          {"", "empty"},
		"missing column": {"method\tpath\tkind\tmodule\tgo_call\n", `no "retry_safe" column`},
		"retry_safe":     {header + "GET\t/a\tcanonical\tshop\tA.Get\tmaybe\n", `line 2: GET /a: retry_safe is "maybe"`},
		"go_call":        {header + "GET\t/a\tcanonical\tshop\tA.Get /  / A.List\tyes\n", `"" is not a Go call`},
		"go_call prose":  {header + "GET\t/a\tcanonical\tshop\tthe A getter\tyes\n", `"the A getter" is not a Go call`},
		"module":         {header + "GET\t/a\tcanonical\t-\tA.Get\tyes\n", "needs a module"},
		"short row":      {header + "GET\n", "line 2: method, path and kind"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := parseTable(strings.NewReader(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestCheckMatches(t *testing.T) {
	ops := append(slices.Clone(widgets), op("shop", "Gadgets.ListAll", "GET", "/gadgets", true))
	r := check(fixtureRows(t), ops, []scope{{module: "shop", service: "Widgets"}})
	if len(r.problems) > 0 {
		t.Fatalf("problems: %q", r.problems)
	}
	if r.covered != 6 || r.canonical != 7 || r.perModule["shop"] != 6 {
		t.Errorf("covered %d of %d, shop declared %d; want 6 of 7, 6", r.covered, r.canonical, r.perModule["shop"])
	}
}

func TestCheckProblems(t *testing.T) {
	for name, tc := range map[string]struct {
		op   core.Operation
		want string
	}{
		"unknown route":  {op("shop", "Widgets.Count", "GET", "/widgets/count", true), "has no GET /widgets/count"},
		"wrong method":   {op("shop", "Widgets.Delete", "DELETE", "/widgets", true), "has no DELETE /widgets"},
		"alias":          {op("shop", "Widgets.Update", "POST", "/widgets/{widgetId}", true), "is not canonical (kind alias"},
		"wrong module":   {op("tags", "Widgets.Get", "GET", "/widgets/{widgetId}", true), "from module shop"},
		"wrong call":     {op("shop", "Widgets.Fetch", "GET", "/widgets/{widgetId}", true), "names the call Widgets.Get"},
		"parenthesised":  {op("shop", "Widgets.ListByColour", "GET", "/widgets", true), "names the call Widgets.List or Widgets.ListAll"},
		"unsafe as safe": {op("shop", "Widgets.Create", "POST", "/widgets", true), "RetrySafe is true, the table says retry_safe no"},
		"safe as unsafe": {op("shop", "Widgets.Weigh", "POST", "/widgets/weigh", false), "RetrySafe is false, the table says retry_safe yes"},
	} {
		t.Run(name, func(t *testing.T) {
			r := check(fixtureRows(t), []core.Operation{tc.op}, nil)
			if len(r.problems) != 1 || !strings.Contains(r.problems[0], tc.want) {
				t.Fatalf("problems %q, want one containing %q", r.problems, tc.want)
			}
			if r.covered != 0 {
				t.Errorf("covered %d, want 0", r.covered)
			}
		})
	}
}

func TestCheckDuplicates(t *testing.T) {
	ops := []core.Operation{widgets[2], widgets[2]}
	r := check(fixtureRows(t), ops, nil)
	if len(r.problems) != 1 || !strings.Contains(r.problems[0], "declared twice") || r.covered != 1 {
		t.Fatalf("problems %q, covered %d; want one duplicate, 1", r.problems, r.covered)
	}
	rows := fixtureRows(t)
	rows = append(rows, rows[0])
	rows[len(rows)-1].line = 99
	r = check(rows, nil, nil)
	if len(r.problems) != 1 || !strings.Contains(r.problems[0], "lines 2 and 99 both describe GET /widgets") {
		t.Fatalf("problems %q, want the repeated table row", r.problems)
	}
}

func TestCheckComplete(t *testing.T) {
	rows := fixtureRows(t)
	r := check(rows, widgets[:4], []scope{{module: "shop", service: "Widgets"}})
	if len(r.problems) != 1 || !strings.Contains(r.problems[0], "-complete shop/Widgets: shop Widgets.Weigh (POST /widgets/weigh) is not declared") {
		t.Fatalf("problems %q", r.problems)
	}
	r = check(rows, widgets, []scope{{module: "shop"}, {module: "tags"}})
	if len(r.problems) != 2 || !strings.Contains(r.problems[0], "shop Gadgets.List (GET /gadgets)") || !strings.Contains(r.problems[1], "tags ListLabels") {
		t.Fatalf("problems %q", r.problems)
	}
	r = check(rows, widgets, []scope{{module: "shop", service: "Widget"}, {module: "nope"}})
	if len(r.problems) != 2 || !strings.Contains(r.problems[0], "shop/Widget: the table has no canonical row") || !strings.Contains(r.problems[1], "-complete nope:") {
		t.Fatalf("problems %q", r.problems)
	}
}

func TestParseScopes(t *testing.T) {
	got, err := parseScopes(" rmm/Agents, psa ,,")
	if err != nil {
		t.Fatal(err)
	}
	if want := []scope{{"rmm", "Agents"}, {"psa", ""}}; !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if got, err := parseScopes(""); err != nil || got != nil {
		t.Fatalf("empty list: %v, %v", got, err)
	}
	for _, bad := range []string{"/Agents", "rmm/", "rmm/Agents/List"} {
		if _, err := parseScopes(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestRun(t *testing.T) {
	spec := filepath.Join(t.TempDir(), "operations.tsv")
	if err := os.WriteFile(spec, []byte(fixture), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		ops        []core.Operation
		code       int
		out, error string
	}{
		{"pass", []string{"-spec", spec, "-complete", "shop/Widgets"}, widgets, 0,
			"operations: 5 of 7 canonical\n  shop: 5 declared\n", ""},
		{"incomplete", []string{"-spec", spec, "-complete", "shop"}, widgets, 1,
			"operations: 5 of 7 canonical\n", "shop Gadgets.List (GET /gadgets) is not declared\nopscheck: 1 problem(s)\n"},
		{"no spec flag", nil, widgets, 2, "", "usage: opscheck"},
		{"stray argument", []string{"-spec", spec, "extra"}, widgets, 2, "", "usage: opscheck"},
		{"unknown flag", []string{"-nope"}, widgets, 2, "", "flag provided but not defined"},
		{"bad scope", []string{"-spec", spec, "-complete", "rmm/"}, widgets, 2, "", "-complete: \"rmm/\""},
		{"missing file", []string{"-spec", spec + ".missing"}, widgets, 1, "", "cannot read Atera's operation table"},
		{"bad table", []string{"-spec", os.DevNull}, widgets, 1, "", "the table is empty"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tc.args, tc.ops, &stdout, &stderr)
			if code != tc.code || !strings.HasPrefix(stdout.String(), tc.out) || !strings.Contains(stderr.String(), tc.error) {
				t.Fatalf("code %d, stdout %q, stderr %q; want %d, %q..., ...%q...", code, stdout.String(), stderr.String(), tc.code, tc.out, tc.error)
			}
		})
	}
}

func TestDeclaredGathersEverySource(t *testing.T) {
	var want int
	for _, source := range sources {
		want += len(source())
	}
	if got := len(declared()); got != want || got == 0 {
		t.Fatalf("declared %d operations, want %d (> 0)", got, want)
	}
}
