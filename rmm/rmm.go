// Package rmm serves Atera's RMM operations. It serves the agents now; alerts and the generic,
// HTTP, SNMP and TCP devices are to come. Build a client with core.NewClient and pass it to New:
//
//	c, err := core.NewClient(apiKey)
//	if err != nil {
//		return err
//	}
//	r := rmm.New(c)
//	for agent, err := range r.Agents.ListAll(ctx, nil) {
//		...
//	}
package rmm

import "github.com/wyre-technology/go-atera/core"

// Client groups the RMM services. Its fields are safe for concurrent use.
type Client struct {
	// Agents serves the agents installed on managed machines.
	Agents *AgentsService
}

// New returns the RMM services on top of a core client.
func New(c *core.Client) *Client {
	return &Client{
		Agents: &AgentsService{client: c},
	}
}

// operations is every Atera operation this module declares, for tests and CI.
var operations = core.NewOperationSet("rmm")

// Operations returns the Atera operations this module serves.
func Operations() []core.Operation { return operations.All() }
