package psa

import "github.com/wyre-technology/go-atera/core"

// WorkHoursService serves Atera's WorkHours operations.
type WorkHoursService struct {
	client *core.Client
}
