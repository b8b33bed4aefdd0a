package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"text/tabwriter"
	"time"

	"github.com/wyre-technology/go-atera/rmm"
)

// customerRow counts the agents of one customer.
type customerRow struct {
	id             int64
	name           string
	online, agents int
}

// report writes the agents per customer, then the offline agents, longest offline first.
func report(w io.Writer, agents []rmm.Agent, now time.Time) error {
	if len(agents) == 0 {
		_, err := fmt.Fprintln(w, "The tenant has no agents yet.")
		return err
	}
	rows := perCustomer(agents)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "\nAgents per customer (%d agents, %d customers)\n\n", len(agents), len(rows))
	fmt.Fprintln(tw, "CUSTOMER\tAGENTS\tONLINE\tOFFLINE")
	total := customerRow{name: "Total"}
	for _, r := range rows {
		r.writeTo(tw)
		total.agents += r.agents
		total.online += r.online
	}
	total.writeTo(tw)
	offline := offlineAgents(agents)
	if len(offline) == 0 {
		fmt.Fprintln(tw, "\nEvery agent is online.")
		return tw.Flush()
	}
	fmt.Fprintf(tw, "\nOffline agents, longest first (%d)\n\n", len(offline))
	fmt.Fprintln(tw, "AGENT\tCUSTOMER\tLAST SEEN")
	for _, a := range offline {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", agentName(a), a.CustomerName, lastSeen(a, now))
	}
	return tw.Flush()
}

// writeTo writes the row as a line of the customer table.
func (r customerRow) writeTo(w io.Writer) {
	fmt.Fprintf(w, "%s\t%d\t%d\t%d\n", r.name, r.agents, r.online, r.agents-r.online)
}

// perCustomer counts the agents of each customer, sorted by customer name.
func perCustomer(agents []rmm.Agent) []customerRow {
	byID := map[int64]*customerRow{}
	for _, a := range agents {
		r, ok := byID[a.CustomerID]
		if !ok {
			r = &customerRow{id: a.CustomerID, name: a.CustomerName}
			if r.name == "" {
				r.name = fmt.Sprintf("customer %d", a.CustomerID)
			}
			byID[a.CustomerID] = r
		}
		r.agents++
		if a.Online {
			r.online++
		}
	}
	rows := make([]customerRow, 0, len(byID))
	for _, r := range byID {
		rows = append(rows, *r)
	}
	slices.SortFunc(rows, func(a, b customerRow) int {
		return cmp.Or(cmp.Compare(a.name, b.name), cmp.Compare(a.id, b.id))
	})
	return rows
}

// offlineAgents returns the offline agents, the one unseen longest first.
func offlineAgents(agents []rmm.Agent) []rmm.Agent {
	var out []rmm.Agent
	for _, a := range agents {
		if !a.Online {
			out = append(out, a)
		}
	}
	slices.SortFunc(out, func(a, b rmm.Agent) int {
		return cmp.Or(a.LastSeen.Compare(b.LastSeen.Time), cmp.Compare(agentName(a), agentName(b)))
	})
	return out
}

// agentName is the name Atera shows for an agent.
func agentName(a rmm.Agent) string {
	return cmp.Or(a.AgentName, a.MachineName, fmt.Sprintf("agent %d", a.AgentID))
}

// lastSeen says how long ago the agent was last seen, e.g. "3d 4h ago".
func lastSeen(a rmm.Agent, now time.Time) string {
	if a.LastSeen.IsZero() {
		return "never"
	}
	return since(now.Sub(a.LastSeen.Time)) + " ago"
}

// since formats a duration in its two largest units: "3d 4h", "5h 12m", "42m".
func since(d time.Duration) string {
	d = max(d, 0).Truncate(time.Minute)
	days, hours, minutes := int(d/(24*time.Hour)), int(d/time.Hour)%24, int(d/time.Minute)%60
	switch {
	case days > 0:
		return fmt.Sprintf("%dd %dh", days, hours)
	case hours > 0:
		return fmt.Sprintf("%dh %dm", hours, minutes)
	}
	return fmt.Sprintf("%dm", minutes)
}
