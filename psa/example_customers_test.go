package psa_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/psa"
	"github.com/wyre-technology/go-atera/testkit"
)

// exampleClient starts an empty in-memory fake Atera (testkit stands in for app.atera.com)
// holding items, and returns it with a psa client on it. Close the server when done.
func exampleClient(items map[string][]any) (*testkit.Server, *psa.Client) {
	srv := testkit.New(testkit.WithoutDemoData(), testkit.InMemory(), testkit.WithRouteLog(&routes))
	for collection, list := range items {
		if _, err := testkit.Add(srv, collection, list...); err != nil {
			log.Fatal(err)
		}
	}
	c, err := core.NewClient(srv.APIKey, core.WithBaseURL(srv.URL), core.WithHTTPClient(srv.HTTPClient()))
	if err != nil {
		log.Fatal(err)
	}
	return srv, psa.New(c)
}

// ExampleCustomersService shows a customer's life cycle: create it, file a folder and a
// document under it, change one field, and list the customers changed since a date.
func ExampleCustomersService() {
	srv, p := exampleClient(nil)
	defer srv.Close()
	ctx := context.Background()

	id, err := p.Customers.Create(ctx, &psa.CustomerCreate{CustomerName: "Contoso Dental", City: "Austin", Country: "United States"})
	if err != nil {
		fmt.Println(err)
		return
	}
	if _, err := p.Customers.CreateFolder(ctx, &psa.CustomerFolderCreate{Name: "Front desk", CustomerId: id}); err != nil {
		fmt.Println(err)
		return
	}
	doc := &psa.CustomerAttachmentCreate{CustomerId: id, Name: "network.txt", ContentBased64: []byte("VLAN 10: clinic")}
	if _, err := p.Customers.CreateAttachment(ctx, doc); err != nil {
		fmt.Println(err)
		return
	}
	phone := "+1 512-555-0110"
	if err := p.Customers.Update(ctx, id, &psa.CustomerUpdate{Phone: &phone}); err != nil {
		fmt.Println(err)
		return
	}
	since := psa.AccountDate(time.Now().AddDate(0, 0, -7))
	for c, err := range p.Customers.ListAll(ctx, &psa.CustomerListOptions{FromLastModifiedDate: since}) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%d %s, %s: %s\n", c.CustomerID, c.CustomerName, c.City, c.Phone)
	}
	// Output:
	// 1 Contoso Dental, Austin: +1 512-555-0110
}
