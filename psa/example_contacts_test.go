package psa_test

import (
	"context"
	"fmt"

	"github.com/wyre-technology/go-atera/psa"
)

// ExampleContactsService_ListByCustomer lists one customer's contacts. Atera has no such
// route, so the SDK pages through every contact and keeps that customer's.
func ExampleContactsService_ListByCustomer() {
	srv, p := exampleClient(map[string][]any{
		"customers": {psa.Customer{CustomerID: 1, CustomerName: "Acme"}, psa.Customer{CustomerID: 2, CustomerName: "Globex"}},
		"contacts": {
			psa.Contact{CustomerID: 1, Firstname: "Ada", Lastname: "Byron", Email: "ada@acme.example"},
			psa.Contact{CustomerID: 2, Firstname: "Hank", Lastname: "Scorpio", Email: "hank@globex.example"},
			psa.Contact{CustomerID: 1, Firstname: "Alan", Lastname: "Turing", Email: "alan@acme.example"},
		},
	})
	defer srv.Close()
	ctx := context.Background()

	if _, err := p.Contacts.Create(ctx, &psa.ContactCreate{Email: "grace@acme.example", CustomerID: 1, Firstname: "Grace", Lastname: "Hopper"}); err != nil {
		fmt.Println(err)
		return
	}
	for c, err := range p.Contacts.ListByCustomer(ctx, 1, nil) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s %s <%s>\n", c.Firstname, c.Lastname, c.Email)
	}
	// Output:
	// Ada Byron <ada@acme.example>
	// Alan Turing <alan@acme.example>
	// Grace Hopper <grace@acme.example>
}
