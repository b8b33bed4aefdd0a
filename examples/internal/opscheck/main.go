// Command opscheck compares the Atera operations the SDK declares with Atera's operation table
// (operations.tsv, kept beside the repository in shared/atera-spec). It fails when a declared
// operation is not a canonical row of the table with the same method, path, module and Go call,
// or when it disagrees with the row on retry safety; with -complete it also fails when a
// canonical row of the named modules or services is not declared.
//
//	go run ./examples/internal/opscheck -spec ../shared/atera-spec/operations.tsv -complete rmm/Agents,psa
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"

	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/psa"
	"github.com/wyre-technology/go-atera/rmm"
)

// sources lists the domain modules whose operations are checked: one entry per module.
var sources = []func() []core.Operation{
	psa.Operations,
	rmm.Operations,
}

func main() {
	os.Exit(run(os.Args[1:], declared(), os.Stdout, os.Stderr))
}

// declared gathers the operations of every source.
func declared() []core.Operation {
	var ops []core.Operation
	for _, source := range sources {
		ops = append(ops, source()...)
	}
	return ops
}

// run is the whole command over the given declared operations; it returns the exit code.
func run(args []string, ops []core.Operation, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("opscheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	spec := fs.String("spec", "", "path of operations.tsv")
	complete := fs.String("complete", "", "comma-separated modules or module/Service prefixes that must declare every canonical row")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *spec == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: opscheck -spec path/to/operations.tsv [-complete rmm/Agents,psa]")
		return 2
	}
	scopes, err := parseScopes(*complete)
	if err != nil {
		fmt.Fprintf(stderr, "opscheck: -complete: %v\n", err)
		return 2
	}
	f, err := os.Open(*spec)
	if err != nil {
		fmt.Fprintf(stderr, "opscheck: cannot read Atera's operation table: %v\n", err)
		return 1
	}
	defer f.Close()
	rows, err := parseTable(f)
	if err != nil {
		fmt.Fprintf(stderr, "opscheck: %s: %v\n", *spec, err)
		return 1
	}
	r := check(rows, ops, scopes)
	r.print(stdout)
	if len(r.problems) > 0 {
		for _, p := range r.problems {
			fmt.Fprintln(stderr, "opscheck: "+p)
		}
		fmt.Fprintf(stderr, "opscheck: %d problem(s)\n", len(r.problems))
		return 1
	}
	return 0
}

// row is one line of operations.tsv.
type row struct {
	line      int
	method    string
	path      string
	kind      string
	module    string
	goCall    string   // the column as written
	calls     []string // the Go calls the column names
	retrySafe bool
}

func (r row) canonical() bool { return r.kind == "canonical" }

func (r row) String() string {
	return fmt.Sprintf("%s %s (%s %s)", r.module, r.calls[0], r.method, r.path)
}

// columns are the columns opscheck reads; the table may carry more.
var columns = []string{"method", "path", "kind", "module", "go_call", "retry_safe"}

// parseTable reads a tab-separated table with a header row naming its columns.
func parseTable(in io.Reader) ([]row, error) {
	sc := bufio.NewScanner(in)
	var index map[string]int
	var rows []row
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			continue
		}
		fields := strings.Split(text, "\t")
		if index == nil {
			var err error
			if index, err = headerIndex(fields); err != nil {
				return nil, fmt.Errorf("line %d: %v", line, err)
			}
			continue
		}
		r, err := parseRow(fields, index)
		if err != nil {
			return nil, fmt.Errorf("line %d: %v", line, err)
		}
		r.line = line
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if index == nil {
		return nil, errors.New("the table is empty")
	}
	return rows, nil
}

func headerIndex(fields []string) (map[string]int, error) {
	index := map[string]int{}
	for i, name := range fields {
		index[strings.TrimSpace(name)] = i
	}
	for _, name := range columns {
		if _, ok := index[name]; !ok {
			return nil, fmt.Errorf("the header has no %q column (want %s)", name, strings.Join(columns, ", "))
		}
	}
	return index, nil
}

func parseRow(fields []string, index map[string]int) (row, error) {
	get := func(name string) string {
		if i := index[name]; i < len(fields) {
			return strings.TrimSpace(fields[i])
		}
		return ""
	}
	r := row{
		method: get("method"),
		path:   get("path"),
		kind:   get("kind"),
		module: get("module"),
		goCall: get("go_call"),
	}
	if r.method == "" || r.path == "" || r.kind == "" {
		return r, fmt.Errorf("method, path and kind must not be empty")
	}
	if !r.canonical() {
		return r, nil
	}
	switch v := get("retry_safe"); v {
	case "yes":
		r.retrySafe = true
	case "no":
	default:
		return r, fmt.Errorf("%s %s: retry_safe is %q; want yes or no", r.method, r.path, v)
	}
	calls, err := parseCalls(r.goCall)
	if err != nil {
		return r, fmt.Errorf("%s %s: %v", r.method, r.path, err)
	}
	if r.module == "" || r.module == "-" {
		return r, fmt.Errorf("%s %s: a canonical row needs a module", r.method, r.path)
	}
	r.calls = calls
	return r, nil
}

// goName is a Go call as the table writes it: identifiers joined by dots.
var goName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$`)

// parseCalls returns the Go calls a go_call cell names: the names separated by " / " before
// any parenthesis. "Alerts.List / Alerts.ListAll (+ client-side ListByAgent)" names
// Alerts.List and Alerts.ListAll; the parenthesis only comments.
func parseCalls(cell string) ([]string, error) {
	head, _, _ := strings.Cut(cell, "(")
	var calls []string
	for _, name := range strings.Split(head, " / ") {
		name = strings.TrimSpace(name)
		if !goName.MatchString(name) {
			return nil, fmt.Errorf("go_call %q: %q is not a Go call such as Agents.Get", cell, name)
		}
		calls = append(calls, name)
	}
	return calls, nil
}

// scope selects canonical rows that must all be declared: a whole module, or the rows of one
// service of it (those whose go_call starts with "Service.").
type scope struct {
	module  string
	service string
}

func (s scope) String() string {
	if s.service == "" {
		return s.module
	}
	return s.module + "/" + s.service
}

func (s scope) covers(r row) bool {
	return r.canonical() && r.module == s.module && (s.service == "" || strings.HasPrefix(r.goCall, s.service+"."))
}

// parseScopes reads "rmm/Agents,psa".
func parseScopes(list string) ([]scope, error) {
	var scopes []scope
	for item := range strings.SplitSeq(list, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		module, service, hasService := strings.Cut(item, "/")
		if module == "" || hasService && (service == "" || strings.Contains(service, "/")) {
			return nil, fmt.Errorf("%q: want module or module/Service, e.g. rmm/Agents", item)
		}
		scopes = append(scopes, scope{module: module, service: service})
	}
	return scopes, nil
}

// report is the outcome of a check.
type report struct {
	canonical int            // canonical rows in the table
	covered   int            // canonical rows that some declared operation serves
	perModule map[string]int // declared operations by module
	problems  []string
}

func (r report) print(w io.Writer) {
	fmt.Fprintf(w, "operations: %d of %d canonical\n", r.covered, r.canonical)
	modules := make([]string, 0, len(r.perModule))
	for m := range r.perModule {
		modules = append(modules, m)
	}
	slices.Sort(modules)
	for _, m := range modules {
		fmt.Fprintf(w, "  %s: %d declared\n", m, r.perModule[m])
	}
}

// check matches every declared operation to its row and reports what disagrees, and which rows
// of the scopes are not declared.
func check(rows []row, ops []core.Operation, scopes []scope) report {
	r := report{perModule: map[string]int{}}
	byRoute := map[string]*row{}
	for i := range rows {
		row := &rows[i]
		key := row.method + " " + row.path
		if prev, ok := byRoute[key]; ok {
			r.problems = append(r.problems, fmt.Sprintf("table lines %d and %d both describe %s", prev.line, row.line, key))
			continue
		}
		byRoute[key] = row
		if row.canonical() {
			r.canonical++
		}
	}

	served := map[*row]bool{}
	seen := map[core.Operation]bool{}
	for _, op := range ops {
		r.perModule[op.Module]++
		if seen[op] {
			r.problems = append(r.problems, fmt.Sprintf("%s is declared twice", op))
			continue
		}
		seen[op] = true
		row, ok := byRoute[op.Method+" "+op.Path]
		switch {
		case !ok:
			r.problems = append(r.problems, fmt.Sprintf("%s: Atera's table has no %s %s", op, op.Method, op.Path))
		case !row.canonical():
			r.problems = append(r.problems, fmt.Sprintf("%s: %s %s is not canonical (kind %s: %s)", op, op.Method, op.Path, row.kind, row.goCall))
		case op.Module != row.module:
			r.problems = append(r.problems, fmt.Sprintf("%s: the table serves %s %s from module %s", op, op.Method, op.Path, row.module))
		case !slices.Contains(row.calls, op.Call):
			r.problems = append(r.problems, fmt.Sprintf("%s: the table names the call %s", op, strings.Join(row.calls, " or ")))
		case op.RetrySafe != row.retrySafe:
			r.problems = append(r.problems, fmt.Sprintf("%s: RetrySafe is %t, the table says retry_safe %s", op, op.RetrySafe, yesNo(row.retrySafe)))
		default:
			served[row] = true
		}
	}
	r.covered = len(served)

	for _, s := range scopes {
		selected := 0
		for i := range rows {
			if row := &rows[i]; s.covers(*row) {
				selected++
				if !served[row] {
					r.problems = append(r.problems, fmt.Sprintf("-complete %s: %s is not declared", s, row))
				}
			}
		}
		if selected == 0 {
			r.problems = append(r.problems, fmt.Sprintf("-complete %s: the table has no canonical row there; check the spelling", s))
		}
	}
	return r
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
