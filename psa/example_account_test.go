package psa_test

import (
	"context"
	"fmt"

	"github.com/wyre-technology/go-atera/psa"
)

// ExampleAccountService_Get reads the account the API key belongs to.
func ExampleAccountService_Get() {
	srv, p := exampleClient(map[string][]any{"account": {psa.Account{CompanyName: "Brightline IT Services", Plan: "Expert", TimeZoneName: "UTC"}}})
	defer srv.Close()

	acct, err := p.Account.Get(context.Background())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s (%s plan, %s)\n", acct.CompanyName, acct.Plan, acct.TimeZoneName)
	// Output:
	// Brightline IT Services (Expert plan, UTC)
}
