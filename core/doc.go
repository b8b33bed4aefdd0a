// Package core is the shared engine of go-atera, the Go SDK for Atera's REST API v3.
//
// It holds the [Client] (authentication, base URL, transport), the exact sliding-window rate
// limiter, the retry policy, typed errors, pagination ([Page], [Pager]) and the small generic
// executor ([Do], [Exec], [Create], [List], [ListAll]) on which the domain modules (psa, rmm,
// billing, customvalues) declare their operations. Domain modules hold no HTTP, retry or limiter
// logic of their own: each operation is one declared [Operation] plus one executor call.
//
// A client is safe for concurrent use by many goroutines; they all share one rate-limit budget.
//
//	c, err := core.NewClient(os.Getenv("ATERA_API_KEY"))
//	if err != nil {
//		return err
//	}
//	agents := rmm.New(c).Agents
package core
