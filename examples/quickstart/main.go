// Command quickstart shows what the SDK does in a minute: it pages through every agent of an
// Atera tenant and prints the agents per customer and the offline agents, longest first.
//
// Without ATERA_API_KEY it runs against the built-in fake Atera (testkit) and its demo tenant:
//
//	go run ./examples/quickstart
//
// On the fake it then opens a ticket for the agent offline longest, comments on it, logs half
// an hour of work and lists the customer's open tickets.
//
// With ATERA_API_KEY it reads your tenant, at ATERA_BASE_URL when that is set. It writes
// nothing there unless asked: -write with -technician <technician contact id> runs the ticket
// flow on your tenant too.
//
//	ATERA_API_KEY=... go run ./examples/quickstart
//	ATERA_API_KEY=... go run ./examples/quickstart -write -technician 12
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// timeout bounds the whole run.
const timeout = 2 * time.Minute

func main() {
	cfg := configFromEnv(os.Getenv)
	flag.BoolVar(&cfg.Write, "write", false, "run the ticket flow on a real tenant (the fake always runs it)")
	flag.Int64Var(&cfg.Technician, "technician", 0, "technician contact id that comments and logs time (with -write)")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	ctx, cancel := context.WithTimeout(ctx, timeout)
	err := run(ctx, os.Stdout, cfg)
	cancel()
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}
