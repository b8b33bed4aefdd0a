package testkit

import (
	"net/http"
	"strings"
	"time"
)

// agentsResource serves AgentDto under /agents, and the agents' patch lists.
// A patch collection holds one item per agent, keyed by AgentID, in the
// shape of the route's response.
var agentsResource = resource{
	collections: []collectionSpec{
		{name: "agents", idField: "AgentID", label: "Agent"},
		{name: "available-patches", idField: "AgentID", label: "Agent"},
		{name: "installed-patches", idField: "AgentID", label: "Agent"},
	},
	routes: []routeSpec{
		{"GET", "/agents", list("agents", nil)},
		{"GET", "/agents/{agentId}", get("agents", "agentId")},
		{"DELETE", "/agents/{agentId}", remove("agents", "agentId")},
		{"GET", "/agents/customer/{customerId}", list("agents", agentsOfCustomer)},
		{"GET", "/agents/machine/{machineName}", list("agents", agentsNamed)},
		{"GET", "/agents/{deviceGuid}/available-patches", patches("available-patches", "availableUpdates")},
		{"GET", "/agents/{deviceGuid}/installed-patches", patches("installed-patches", "installedUpdates")},
	},
	demo: demoAgents,
}

// agentsOfCustomer keeps the agents whose CustomerID is the customerId parameter.
func agentsOfCustomer(c *call) (func(entity) bool, bool) {
	id, ok := c.intParam("customerId")
	return func(e entity) bool {
		n, ok := toInt64(e["CustomerID"])
		return ok && n == id
	}, ok
}

// agentsNamed keeps the agents whose MachineName is the machineName parameter, ignoring case.
func agentsNamed(c *call) (func(entity) bool, bool) {
	name := c.params["machineName"]
	return func(e entity) bool { return strings.EqualFold(stringField(e, "MachineName"), name) }, true
}

// patches answers the patch list of the agent whose DeviceGuid is the
// deviceGuid parameter, from the collection col; an agent without an item
// there has an empty list.
func patches(col, listField string) handlerFunc {
	return func(c *call) {
		guid := c.params["deviceGuid"]
		agent, ok := c.s.store.find("agents", func(e entity) bool {
			return strings.EqualFold(stringField(e, "DeviceGuid"), guid)
		})
		if !ok {
			c.notFound("Agent", guid)
			return
		}
		id, _ := toInt64(agent["AgentID"])
		resp, ok := c.s.store.get(col, id)
		if !ok {
			resp = entity{"timestamp": ateraTime(time.Now()), listField: []any{}}
		}
		delete(resp, "AgentID")
		resp["deviceGuid"] = agent["DeviceGuid"]
		writeJSON(c.w, http.StatusOK, resp)
	}
}
