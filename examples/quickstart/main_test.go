package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/rmm"
	"github.com/wyre-technology/go-atera/testkit"
)

// now is the fixed clock of the report tests.
var now = time.Date(2026, time.December, 3, 12, 0, 0, 0, time.UTC)

// ago is a core.Time d before now.
func ago(d time.Duration) core.Time { return core.Time{Time: now.Add(-d)} }

// TestReport checks the whole report over a known tenant, read through the SDK.
func TestReport(t *testing.T) {
	srv := testkit.NewServer(t, testkit.WithoutDemoData(), testkit.InMemory())
	agents := []rmm.Agent{
		{AgentID: 1, CustomerID: 7, CustomerName: "Zephyr Dental", AgentName: "ZD-WS-01", Online: true, LastSeen: ago(time.Minute)},
		{AgentID: 2, CustomerID: 7, CustomerName: "Zephyr Dental", AgentName: "ZD-LT-02", LastSeen: ago(2*time.Hour + 30*time.Minute)},
		{AgentID: 3, CustomerID: 3, CustomerName: "Acme Ltd", AgentName: "ACME-SRV-01", LastSeen: ago(76*time.Hour + 5*time.Minute)},
		{AgentID: 4, CustomerID: 3, CustomerName: "Acme Ltd", AgentName: "ACME-WS-09", Online: true},
		{AgentID: 5, CustomerID: 3, CustomerName: "Acme Ltd", MachineName: "ACME-OLD"},
	}
	for _, a := range agents {
		if _, err := testkit.Add(srv, "agents", a); err != nil {
			t.Fatal(err)
		}
	}
	var out bytes.Buffer
	cfg := config{APIKey: srv.APIKey, BaseURL: srv.URL, HTTPClient: srv.HTTPClient(), Now: func() time.Time { return now }}
	if err := run(t.Context(), &out, cfg); err != nil {
		t.Fatalf("run: %v", err)
	}
	want := []string{
		"Using Atera at https://atera.invalid/api/v3 (read-only unless -write).",
		"",
		"Agents per customer (5 agents, 2 customers)",
		"",
		"CUSTOMER AGENTS ONLINE OFFLINE",
		"Acme Ltd 3 1 2",
		"Zephyr Dental 2 1 1",
		"Total 5 2 3",
		"",
		"Offline agents, longest first (3)",
		"",
		"AGENT CUSTOMER LAST SEEN",
		"ACME-OLD Acme Ltd never",
		"ACME-SRV-01 Acme Ltd 3d 4h ago",
		"ZD-LT-02 Zephyr Dental 2h 30m ago",
		"",
		"Read-only run: pass -write -technician <id> to open a ticket for the agent offline longest.",
	}
	if got := squeeze(out.String()); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("report:\n%s\nwant (spaces squeezed):\n%s", out.String(), strings.Join(want, "\n"))
	}
	if strings.Contains(out.String(), srv.APIKey) {
		t.Error("the report shows the API key")
	}
	for _, r := range srv.Requests() {
		if r.Method != "GET" {
			t.Errorf("a read-only run sent %s %s", r.Method, r.Path)
		}
	}
}

// TestDemoTenant checks that without a key the program says it uses the fake Atera and
// reports its demo tenant.
func TestDemoTenant(t *testing.T) {
	var out bytes.Buffer
	if err := run(t.Context(), &out, config{}); err != nil {
		t.Fatalf("run: %v", err)
	}
	lines := squeeze(out.String())
	if lines[0] != "Using the built-in fake Atera (testkit); set ATERA_API_KEY to use your tenant." {
		t.Errorf("first line = %q", lines[0])
	}
	for _, want := range []string{
		"Agents per customer (160 agents, 6 customers)",
		"Acme Manufacturing Ltd 44",
		"Offline agents, longest first (",
		"Opened ticket 161 for ",
		"Commented on it and logged 30 minutes of billable work.",
	} {
		if !strings.Contains(strings.Join(lines, "\n"), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

// TestRunErrors checks that each failure is one clear line that never shows the key.
func TestRunErrors(t *testing.T) {
	const key = "wrong-key-7f3a91"
	srv := testkit.NewServer(t, testkit.InMemory())
	expired, cancel := context.WithDeadline(t.Context(), time.Now().Add(-time.Second))
	defer cancel()
	tests := []struct {
		name string
		ctx  context.Context
		cfg  config
		want string
	}{
		{"wrong key", t.Context(), config{APIKey: key, BaseURL: srv.URL, HTTPClient: srv.HTTPClient()},
			"Atera refused the API key (401): check ATERA_API_KEY"},
		{"unreachable", t.Context(), config{APIKey: key, BaseURL: "http://127.0.0.1:1/api/v3"},
			"cannot reach Atera at http://127.0.0.1:1/api/v3 (dial tcp 127.0.0.1:1"},
		{"out of time", expired, config{APIKey: key, BaseURL: srv.URL, HTTPClient: srv.HTTPClient()},
			"Atera at https://atera.invalid/api/v3 did not answer in time: check ATERA_BASE_URL and your network"},
		{"plain http to another host", t.Context(), config{APIKey: key, BaseURL: "http://atera.example/api/v3"},
			"plain http to a non-loopback host"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			err := run(tt.ctx, &out, tt.cfg)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("run: %v, want an error with %q", err, tt.want)
			}
			if strings.Contains(err.Error()+out.String(), key) || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q must be one line without the key", err)
			}
		})
	}
}

// TestSince checks the "last seen" durations.
func TestSince(t *testing.T) {
	tests := map[time.Duration]string{
		-time.Hour:                                    "0m",
		59 * time.Second:                              "0m",
		42*time.Minute + 59*time.Second:               "42m",
		5*time.Hour + 12*time.Minute:                  "5h 12m",
		24 * time.Hour:                                "1d 0h",
		3*24*time.Hour + 4*time.Hour + 59*time.Minute: "3d 4h",
	}
	for d, want := range tests {
		if got := since(d); got != want {
			t.Errorf("since(%v) = %q, want %q", d, got, want)
		}
	}
}

// TestConfigFromEnv checks the environment variables read.
func TestConfigFromEnv(t *testing.T) {
	env := map[string]string{"ATERA_API_KEY": "k", "ATERA_BASE_URL": "https://eu.example/api/v3"}
	got := configFromEnv(func(name string) string { return env[name] })
	if got.APIKey != "k" || got.BaseURL != "https://eu.example/api/v3" || got.HTTPClient != nil {
		t.Errorf("configFromEnv = %+v", got)
	}
}

// squeeze splits text into lines, each with runs of spaces folded to one and trimmed.
func squeeze(text string) []string {
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return lines
}
