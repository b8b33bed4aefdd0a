// Command quickstart shows what the SDK does in a minute: it pages through every agent of an
// Atera tenant and prints the agents per customer and the offline agents, longest first.
//
// Without ATERA_API_KEY it runs against the built-in fake Atera (testkit) and its demo tenant:
//
//	go run ./examples/quickstart
//
// With ATERA_API_KEY it reads your tenant (read-only), at ATERA_BASE_URL when that is set:
//
//	ATERA_API_KEY=... go run ./examples/quickstart
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// timeout bounds the whole run.
const timeout = 2 * time.Minute

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	ctx, cancel := context.WithTimeout(ctx, timeout)
	err := run(ctx, os.Stdout, configFromEnv(os.Getenv))
	cancel()
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}
