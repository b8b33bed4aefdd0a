package psa

import (
	"fmt"
	"strings"

	"github.com/wyre-technology/go-atera/core"
)

// refuseTicketInput is the error for input refused before sending: it wraps
// core.ErrInvalidInput and names the operation and the fix.
func refuseTicketInput(op core.Operation, format string, args ...any) error {
	return fmt.Errorf("%w: %s: %s", core.ErrInvalidInput, op, fmt.Sprintf(format, args...))
}

// blank reports whether s holds nothing but spaces.
func blank(s string) bool { return strings.TrimSpace(s) == "" }

// validate refuses a ticket Atera would refuse for a missing field.
func (t *TicketCreate) validate() error {
	if err := present(opTicketsCreate, t); err != nil {
		return err
	}
	switch {
	case blank(t.TicketTitle):
		return refuseTicketInput(opTicketsCreate, "TicketTitle is empty; give the ticket a title")
	case blank(t.Description):
		return refuseTicketInput(opTicketsCreate, "Description is empty; describe the problem")
	case t.EndUserID < 0:
		return refuseTicketInput(opTicketsCreate, "EndUserID is %d; pass the id of an existing contact", t.EndUserID)
	case t.EndUserID == 0 && (blank(t.EndUserFirstName) || blank(t.EndUserLastName) || blank(t.EndUserEmail)):
		return refuseTicketInput(opTicketsCreate, "no end user; set EndUserID to an existing contact, or EndUserFirstName, EndUserLastName and EndUserEmail to create one")
	}
	return nil
}
