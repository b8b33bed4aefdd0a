package rmm_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/rmm"
	"github.com/wyre-technology/go-atera/testkit"
)

// call invokes one rmm operation about agent a.
type call func(ctx context.Context, s *rmm.AgentsService, a rmm.Agent) error

// calls holds a call for each operation, by its Call name.
var calls = map[string]call{
	"Agents.List": func(ctx context.Context, s *rmm.AgentsService, _ rmm.Agent) error {
		_, err := s.List(ctx, nil)
		return err
	},
	"Agents.Get": func(ctx context.Context, s *rmm.AgentsService, a rmm.Agent) error {
		_, err := s.Get(ctx, a.AgentID)
		return err
	},
	"Agents.ListByCustomer": func(ctx context.Context, s *rmm.AgentsService, a rmm.Agent) error {
		_, err := s.ListByCustomer(ctx, a.CustomerID, nil).Collect()
		return err
	},
	"Agents.GetByMachineName": func(ctx context.Context, s *rmm.AgentsService, a rmm.Agent) error {
		_, err := s.GetByMachineName(ctx, a.MachineName)
		return err
	},
	"Agents.Delete": func(ctx context.Context, s *rmm.AgentsService, a rmm.Agent) error {
		return s.Delete(ctx, a.AgentID)
	},
	"Agents.AvailablePatches": func(ctx context.Context, s *rmm.AgentsService, a rmm.Agent) error {
		_, err := s.AvailablePatches(ctx, a.DeviceGuid)
		return err
	},
	"Agents.InstalledPatches": func(ctx context.Context, s *rmm.AgentsService, a rmm.Agent) error {
		_, err := s.InstalledPatches(ctx, a.DeviceGuid)
		return err
	},
}

// forEachOperation runs check for every declared operation on a fresh tenant holding one
// agent, the laptop fixture.
func forEachOperation(t *testing.T, check func(t *testing.T, op core.Operation, srv *testkit.Server, run call, a rmm.Agent)) {
	for _, op := range rmm.Operations() {
		t.Run(op.Call, func(t *testing.T) {
			run, ok := calls[op.Call]
			if !ok {
				t.Fatalf("no test call for %s", op)
			}
			srv, _ := newServer(t, testkit.WithoutDemoData())
			add(t, srv, "agents", laptopWith(t, nil))
			check(t, op, srv, run, laptop())
		})
	}
}

// TestRetrySafeOperations checks that every operation is re-sent once after a 503 and then
// succeeds: all of them are reads or idempotent deletes.
func TestRetrySafeOperations(t *testing.T) {
	forEachOperation(t, func(t *testing.T, op core.Operation, srv *testkit.Server, run call, a rmm.Agent) {
		srv.Script(op.Method, op.Path, testkit.Status(http.StatusServiceUnavailable))
		agents := connect(t, srv, srv.APIKey, core.WithRetry(core.RetryConfig{MaxRetries: 1, MaxDelay: time.Second}))
		if err := run(t.Context(), agents, a); err != nil {
			t.Fatalf("%s after one 503: %v", op, err)
		}
		if got := countRoute(srv, op.Path); got != 2 {
			t.Errorf("%s sent %d requests, want 2 (one 503, one retry)", op, got)
		}
	})
}

// TestWrongKey checks that every operation answers *core.AuthenticationError on 401, sends
// once, and never shows the key.
func TestWrongKey(t *testing.T) {
	const wrongKey = "not-the-tenant-key-123"
	forEachOperation(t, func(t *testing.T, op core.Operation, srv *testkit.Server, run call, a rmm.Agent) {
		err := run(t.Context(), connect(t, srv, wrongKey), a)
		var auth *core.AuthenticationError
		if !errors.As(err, &auth) || !errors.Is(err, core.ErrUnauthorized) || auth.StatusCode != http.StatusUnauthorized {
			t.Fatalf("%s with a wrong key: %v, want *core.AuthenticationError (401)", op, err)
		}
		if got := len(srv.Requests()); got != 1 {
			t.Errorf("%s with a wrong key sent %d requests, want 1", op, got)
		}
		if msg := err.Error(); strings.Contains(msg, wrongKey) || strings.Contains(msg, srv.APIKey) || !strings.Contains(msg, "API key") {
			t.Errorf("%s: error %q must name the API key as the problem without showing it", op, msg)
		}
	})
}

// TestServerErrorTwice checks that a 5xx that outlasts the retry is a *core.ServerError.
func TestServerErrorTwice(t *testing.T) {
	srv, _ := newServer(t, testkit.WithoutDemoData())
	srv.Script(http.MethodGet, "/agents/{agentId}", testkit.Status(http.StatusBadGateway), testkit.Status(http.StatusBadGateway))
	agents := connect(t, srv, srv.APIKey, core.WithRetry(core.RetryConfig{MaxRetries: 1, MaxDelay: time.Second}))
	_, err := agents.Get(t.Context(), 1)
	var se *core.ServerError
	if !errors.As(err, &se) || !errors.Is(err, core.ErrServer) || se.Attempts != 2 {
		t.Fatalf("Get after two 502s: %v, want *core.ServerError after 2 attempts", err)
	}
}

// TestInvalidInput checks that arguments Atera would refuse fail with core.ErrInvalidInput
// before any request is sent.
func TestInvalidInput(t *testing.T) {
	tooBig := &rmm.AgentListOptions{ListOptions: core.ListOptions{ItemsInPage: core.MaxItemsInPage + 1}}
	tests := map[string]func(context.Context, *rmm.AgentsService) error{
		"Get(0)": func(ctx context.Context, s *rmm.AgentsService) error {
			_, err := s.Get(ctx, 0)
			return err
		},
		"Get(-3)": func(ctx context.Context, s *rmm.AgentsService) error {
			_, err := s.Get(ctx, -3)
			return err
		},
		"Delete(0)": func(ctx context.Context, s *rmm.AgentsService) error {
			return s.Delete(ctx, 0)
		},
		"List itemsInPage 51": func(ctx context.Context, s *rmm.AgentsService) error {
			_, err := s.List(ctx, tooBig)
			return err
		},
		"List page -1": func(ctx context.Context, s *rmm.AgentsService) error {
			_, err := s.List(ctx, &rmm.AgentListOptions{ListOptions: core.ListOptions{Page: -1}})
			return err
		},
		"ListAll itemsInPage 51": func(ctx context.Context, s *rmm.AgentsService) error {
			_, err := s.ListAll(ctx, tooBig).Collect()
			return err
		},
		"ListByCustomer(0)": func(ctx context.Context, s *rmm.AgentsService) error {
			_, err := s.ListByCustomer(ctx, 0, nil).Collect()
			return err
		},
		"ListByCustomer itemsInPage 51": func(ctx context.Context, s *rmm.AgentsService) error {
			_, err := s.ListByCustomer(ctx, 1, tooBig).Collect()
			return err
		},
		"GetByMachineName empty": func(ctx context.Context, s *rmm.AgentsService) error {
			_, err := s.GetByMachineName(ctx, "")
			return err
		},
		"GetByMachineName blank": func(ctx context.Context, s *rmm.AgentsService) error {
			_, err := s.GetByMachineName(ctx, "  ")
			return err
		},
		"AvailablePatches empty": func(ctx context.Context, s *rmm.AgentsService) error {
			_, err := s.AvailablePatches(ctx, "")
			return err
		},
		"InstalledPatches empty": func(ctx context.Context, s *rmm.AgentsService) error {
			_, err := s.InstalledPatches(ctx, "")
			return err
		},
	}
	for name, run := range tests {
		t.Run(name, func(t *testing.T) {
			srv, agents := newServer(t, testkit.WithoutDemoData())
			if err := run(t.Context(), agents); !errors.Is(err, core.ErrInvalidInput) {
				t.Errorf("%s: %v, want core.ErrInvalidInput", name, err)
			}
			if reqs := srv.Requests(); len(reqs) != 0 {
				t.Errorf("%s sent %d requests, want none", name, len(reqs))
			}
		})
	}
}

// countRoute counts the requests srv received for a route template.
func countRoute(srv *testkit.Server, route string) int {
	n := 0
	for _, r := range srv.Requests() {
		if r.Route == route {
			n++
		}
	}
	return n
}
