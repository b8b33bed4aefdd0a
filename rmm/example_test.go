package rmm_test

import (
	"context"
	"fmt"

	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/rmm"
	"github.com/wyre-technology/go-atera/testkit"
)

// ExampleAgentsService_ListAll pages through every agent of a tenant and counts them per
// customer. The fake Atera (testkit) stands in for app.atera.com.
func ExampleAgentsService_ListAll() {
	srv := testkit.New(testkit.WithoutDemoData(), testkit.InMemory(), testkit.WithRouteLog(&routes))
	defer srv.Close()
	for i := int64(1); i <= 120; i++ { // 120 agents over customers 1 to 3
		if _, err := testkit.Add(srv, "agents", rmm.Agent{AgentID: i, CustomerID: 1 + i%3}); err != nil {
			fmt.Println(err)
			return
		}
	}

	c, err := core.NewClient(srv.APIKey, core.WithBaseURL(srv.URL), core.WithHTTPClient(srv.HTTPClient()))
	if err != nil {
		fmt.Println(err)
		return
	}
	perCustomer := map[int64]int{}
	for agent, err := range rmm.New(c).Agents.ListAll(context.Background(), nil) {
		if err != nil {
			fmt.Println(err)
			return
		}
		perCustomer[agent.CustomerID]++
	}
	for id := int64(1); id <= 3; id++ {
		fmt.Printf("customer %d: %d agents\n", id, perCustomer[id])
	}
	fmt.Println("pages fetched:", len(srv.Requests()))
	// Output:
	// customer 1: 40 agents
	// customer 2: 40 agents
	// customer 3: 40 agents
	// pages fetched: 3
}
