package psa

import "github.com/wyre-technology/go-atera/core"

// CustomersService serves Atera's Customers operations.
type CustomersService struct {
	client *core.Client
}
