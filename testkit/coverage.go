package testkit

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

// RunCovering runs a package's tests and, when the whole suite ran (no -run, -skip or -list),
// fails it unless every one of ops ("METHOD /route/template") was requested from a server built
// WithRouteLog(l). Call it from TestMain:
//
//	func TestMain(m *testing.M) { os.Exit(routes.RunCovering(m, ops...)) }
func (l *RouteLog) RunCovering(m *testing.M, ops ...string) int {
	code := m.Run()
	if code != 0 || !wholeSuite() {
		return code
	}
	if missing := l.Missing(ops...); len(missing) > 0 {
		fmt.Fprintf(os.Stderr, "testkit: operations no test requested: %s\n", strings.Join(missing, ", "))
		return 1
	}
	return 0
}

// wholeSuite reports whether no flag narrowed the set of tests run.
func wholeSuite() bool {
	for _, name := range []string{"test.run", "test.skip", "test.list"} {
		if f := flag.Lookup(name); f != nil && f.Value.String() != "" {
			return false
		}
	}
	return true
}
