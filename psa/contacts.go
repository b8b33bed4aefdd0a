package psa

import "github.com/wyre-technology/go-atera/core"

// ContactsService serves Atera's Contacts operations.
type ContactsService struct {
	client *core.Client
}
