package psa

import (
	"context"
	"net/http"

	"github.com/wyre-technology/go-atera/core"
)

// AccountService serves Atera's Account operations.
type AccountService struct {
	client *core.Client
}

var opAccountGet = operations.Declare("Account.Get", http.MethodGet, "/account", core.RetrySafe)

// Get returns the account the API key belongs to: the MSP's company details and plan. It
// calls GET /account.
func (s *AccountService) Get(ctx context.Context) (*Account, error) {
	return core.Do[Account](ctx, s.client, opAccountGet, core.Path())
}
