package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/psa"
	"github.com/wyre-technology/go-atera/rmm"
	"github.com/wyre-technology/go-atera/testkit"
)

// config says which Atera to read and how.
type config struct {
	// APIKey is the tenant's key; empty runs against the built-in fake Atera.
	APIKey string
	// BaseURL is the API root; empty means Atera's own.
	BaseURL string
	// HTTPClient carries the requests; nil means Go's default.
	HTTPClient *http.Client
	// Now is the clock the report measures "last seen" against; nil means time.Now.
	Now func() time.Time
	// Write lets the ticket flow run against a real tenant; the fake always runs it.
	Write bool
	// Technician is the technician contact id that comments and logs time; the fake's is 1.
	Technician int64
}

// configFromEnv reads ATERA_API_KEY and ATERA_BASE_URL.
func configFromEnv(getenv func(string) string) config {
	return config{APIKey: getenv("ATERA_API_KEY"), BaseURL: getenv("ATERA_BASE_URL")}
}

// run reads every agent of the Atera that cfg names and writes the report to w. Its errors
// are one readable line, without the key.
func run(ctx context.Context, w io.Writer, cfg config) error {
	key, opts := cfg.APIKey, []core.Option{core.WithUserAgent("go-atera-quickstart")}
	if key == "" {
		srv := testkit.New()
		defer srv.Close()
		key, cfg.BaseURL = srv.APIKey, srv.URL
		fmt.Fprintln(w, "Using the built-in fake Atera (testkit); set ATERA_API_KEY to use your tenant.")
	}
	if cfg.BaseURL != "" {
		opts = append(opts, core.WithBaseURL(cfg.BaseURL))
	}
	if cfg.HTTPClient != nil {
		opts = append(opts, core.WithHTTPClient(cfg.HTTPClient))
	}
	c, err := core.NewClient(key, opts...)
	if err != nil {
		return err
	}
	if cfg.APIKey != "" {
		fmt.Fprintf(w, "Using Atera at %s (read-only unless -write).\n", c.BaseURL())
	}
	agents, err := rmm.New(c).Agents.ListAll(ctx, nil).Collect()
	if err != nil {
		return explain(err, c.BaseURL())
	}
	now := time.Now
	if cfg.Now != nil {
		now = cfg.Now
	}
	if err := report(w, agents, now()); err != nil {
		return err
	}
	switch {
	case cfg.APIKey != "":
		if !cfg.Write {
			_, err := fmt.Fprintln(w, "\nRead-only run: pass -write -technician <id> to open a ticket for the agent offline longest.")
			return err
		}
		if cfg.Technician <= 0 {
			return errors.New("-write needs -technician <id>: the technician contact id that comments and logs time")
		}
	case cfg.Technician <= 0:
		cfg.Technician = 1 // a technician of the demo tenant
	}
	if err := ticketFlow(ctx, w, psa.New(c), agents, cfg.Technician, now()); err != nil {
		return explain(err, c.BaseURL())
	}
	return nil
}

// explain turns a failed call into one line that says what to check.
func explain(err error, base string) error {
	var auth *core.AuthenticationError
	var netErr *net.OpError // also carries DNS failures
	switch {
	case errors.As(err, &auth):
		return fmt.Errorf("Atera refused the API key (%d): check ATERA_API_KEY", auth.StatusCode)
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("Atera at %s did not answer in time: check ATERA_BASE_URL and your network", base)
	case errors.Is(err, context.Canceled):
		return errors.New("interrupted")
	case errors.As(err, &netErr):
		return fmt.Errorf("cannot reach Atera at %s (%v): check ATERA_BASE_URL and your network", base, netErr)
	}
	return err
}
