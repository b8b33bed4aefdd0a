package psa

import "github.com/wyre-technology/go-atera/core"

// validate refuses a ticket Atera would refuse for a missing field.
func (t *TicketCreate) validate() error {
	if err := present(opTicketsCreate, t); err != nil {
		return err
	}
	switch {
	case blank(t.TicketTitle):
		return core.InvalidInput(opTicketsCreate, "TicketTitle is empty; give the ticket a title")
	case blank(t.Description):
		return core.InvalidInput(opTicketsCreate, "Description is empty; describe the problem")
	case t.EndUserID < 0:
		return core.InvalidInput(opTicketsCreate, "EndUserID is %d; pass the id of an existing contact", t.EndUserID)
	case t.EndUserID == 0 && (blank(t.EndUserFirstName) || blank(t.EndUserLastName) || blank(t.EndUserEmail)):
		return core.InvalidInput(opTicketsCreate, "no end user; set EndUserID to an existing contact, or EndUserFirstName, EndUserLastName and EndUserEmail to create one")
	}
	return nil
}
