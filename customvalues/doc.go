// Package customvalues will serve Atera's custom fields: the field definitions, and the values
// of those fields on each of the ten kinds of record that carry them (agents, contacts,
// contracts, customers, tickets, SLAs, and generic, HTTP, SNMP and TCP devices).
//
// It is not written yet. Like the rmm module, it will be built on a core client:
//
//	c, err := core.NewClient(apiKey)
//	if err != nil {
//		return err
//	}
//	cv := customvalues.New(c)
//
// It will offer one service per target (Agent, Contact, Contract, Customer, Ticket, SLA,
// GenericDevice, HTTPDevice, SNMPDevice, TCPDevice). Atera lists field definitions only as a
// whole, so each target's Fields and FieldByName will be documented client-side filters over
// that list.
package customvalues
