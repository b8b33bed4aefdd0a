package rmm

import (
	"context"
	"net/http"

	"github.com/wyre-technology/go-atera/core"
)

// AgentsService serves Atera's agent operations.
type AgentsService struct {
	client *core.Client
}

// AgentListOptions selects a page of agents.
type AgentListOptions struct {
	core.ListOptions
}

var (
	opAgentsList             = operations.Declare("Agents.List", http.MethodGet, "/agents", core.RetrySafe)
	opAgentsGet              = operations.Declare("Agents.Get", http.MethodGet, "/agents/{agentId}", core.RetrySafe)
	opAgentsListByCustomer   = operations.Declare("Agents.ListByCustomer", http.MethodGet, "/agents/customer/{customerId}", core.RetrySafe)
	opAgentsGetByMachineName = operations.Declare("Agents.GetByMachineName", http.MethodGet, "/agents/machine/{machineName}", core.RetrySafe)
	opAgentsDelete           = operations.Declare("Agents.Delete", http.MethodDelete, "/agents/{agentId}", core.RetrySafe)
	opAgentsAvailablePatches = operations.Declare("Agents.AvailablePatches", http.MethodGet, "/agents/{deviceGuid}/available-patches", core.RetrySafe)
	opAgentsInstalledPatches = operations.Declare("Agents.InstalledPatches", http.MethodGet, "/agents/{deviceGuid}/installed-patches", core.RetrySafe)
)

// List returns one page of agents. It calls GET /agents.
func (s *AgentsService) List(ctx context.Context, opts *AgentListOptions) (*core.Page[Agent], error) {
	return core.List[Agent](ctx, s.client, opAgentsList, core.Path().Query(opts))
}

// ListAll iterates over every agent, page after page. It calls GET /agents.
func (s *AgentsService) ListAll(ctx context.Context, opts *AgentListOptions) core.Pager[Agent] {
	return core.ListAll[Agent](ctx, s.client, opAgentsList, core.Path().Query(opts))
}

// Get returns one agent by its AgentID. It calls GET /agents/{agentId}.
func (s *AgentsService) Get(ctx context.Context, agentID int64) (*Agent, error) {
	return core.Do[Agent](ctx, s.client, opAgentsGet, core.Path(agentID))
}

// ListByCustomer iterates over the agents of one customer. It calls
// GET /agents/customer/{customerId}.
func (s *AgentsService) ListByCustomer(ctx context.Context, customerID int64, opts *AgentListOptions) core.Pager[Agent] {
	return core.ListAll[Agent](ctx, s.client, opAgentsListByCustomer, core.Path(customerID).Query(opts))
}

// GetByMachineName returns the agents installed on machines of that name; names can repeat
// across customers, so it is a list. It calls GET /agents/machine/{machineName}.
func (s *AgentsService) GetByMachineName(ctx context.Context, machineName string) ([]Agent, error) {
	return core.ListAll[Agent](ctx, s.client, opAgentsGetByMachineName, core.Path(machineName)).Collect()
}

// Delete removes an agent from Atera (the machine stops being managed). It calls
// DELETE /agents/{agentId}.
func (s *AgentsService) Delete(ctx context.Context, agentID int64) error {
	return core.Exec(ctx, s.client, opAgentsDelete, core.Path(agentID))
}

// AvailablePatches returns the updates the agent's machine can install, by its DeviceGuid.
// It calls GET /agents/{deviceGuid}/available-patches.
func (s *AgentsService) AvailablePatches(ctx context.Context, deviceGuid string) (*AvailablePatches, error) {
	return core.Do[AvailablePatches](ctx, s.client, opAgentsAvailablePatches, core.Path(deviceGuid))
}

// InstalledPatches returns the updates installed on the agent's machine, by its DeviceGuid.
// It calls GET /agents/{deviceGuid}/installed-patches.
func (s *AgentsService) InstalledPatches(ctx context.Context, deviceGuid string) (*InstalledPatches, error) {
	return core.Do[InstalledPatches](ctx, s.client, opAgentsInstalledPatches, core.Path(deviceGuid))
}
