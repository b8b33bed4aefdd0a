package psa

import "github.com/wyre-technology/go-atera/core"

// AccountService serves Atera's Account operations.
type AccountService struct {
	client *core.Client
}
