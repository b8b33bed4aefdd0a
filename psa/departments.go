package psa

import "github.com/wyre-technology/go-atera/core"

// DepartmentsService serves Atera's Departments operations.
type DepartmentsService struct {
	client *core.Client
}
