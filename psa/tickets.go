package psa

import "github.com/wyre-technology/go-atera/core"

// TicketsService serves Atera's Tickets operations.
type TicketsService struct {
	client *core.Client
}
