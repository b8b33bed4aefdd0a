package core

import (
	"fmt"
	"slices"
	"strings"
)

// Operation declares one Atera API operation: the domain module and Go call that serve it, the
// HTTP method, the path template relative to the base URL (with {name} parameters, as Atera's
// spec writes it), and whether it is safe to send again after a 5xx or a transport failure.
type Operation struct {
	Module    string // "psa", "rmm", "billing" or "customvalues"
	Call      string // the Go call, e.g. "Agents.Get"
	Method    string // "GET", "POST", "PUT" or "DELETE"
	Path      string // e.g. "/agents/{agentId}"
	RetrySafe bool   // GET, PUT, DELETE and read-only POSTs
}

// String returns "module Call (METHOD /path)".
func (o Operation) String() string {
	return fmt.Sprintf("%s %s (%s %s)", o.Module, o.Call, o.Method, o.Path)
}

// Params returns the names of the path parameters, in order.
func (o Operation) Params() []string {
	var names []string
	for _, seg := range strings.Split(o.Path, "/") {
		if strings.HasPrefix(seg, "{") && strings.HasSuffix(seg, "}") {
			names = append(names, seg[1:len(seg)-1])
		}
	}
	return names
}

// OperationSet is the list of operations a domain module declares. A module declares each
// operation once, as a package variable, and exposes the list for tests and CI.
type OperationSet struct {
	module string
	ops    []Operation
}

// NewOperationSet starts the operation list of a module.
func NewOperationSet(module string) *OperationSet {
	return &OperationSet{module: module}
}

// Declare adds an operation of the set's module and returns it for use with the executor.
func (s *OperationSet) Declare(call, method, path string, retrySafe bool) Operation {
	op := Operation{Module: s.module, Call: call, Method: method, Path: path, RetrySafe: retrySafe}
	s.ops = append(s.ops, op)
	return op
}

// All returns a copy of the declared operations, in declaration order.
func (s *OperationSet) All() []Operation {
	return slices.Clone(s.ops)
}

// Values for the retrySafe argument of Declare.
const (
	// RetrySafe marks an operation that may be sent again after a 5xx or a transport failure.
	RetrySafe = true
	// NotRetrySafe marks an operation (a create) that is sent again only after a 429, or when
	// the request provably never left, unless RetryConfig.RetryUnsafe opts in.
	NotRetrySafe = false
)

// Key returns "METHOD /path", the form testkit's RouteLog records.
func (o Operation) Key() string { return o.Method + " " + o.Path }
