package testkit

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// A stored relation says that RelatedTicketId is the RelationType (Parent or Child) of
// TicketID. Every link is stored twice, once from each side.

// inverseRelation maps a relation type to the one its other side has.
var inverseRelation = map[string]string{"Parent": "Child", "Child": "Parent"}

// mainRelation is the relation a TicketDto shows: its parent, else its first child.
func mainRelation(relations []entity) entity {
	for _, r := range relations {
		if stringField(r, "RelationType") == "Parent" {
			return r
		}
	}
	if len(relations) > 0 {
		return relations[0]
	}
	return nil
}

// addRelation links the ticket to RelatedTicketId as its parent or child and answers 201.
func addRelation(c *call) {
	t, ok := c.lookup(colTickets, "ticketId")
	if !ok {
		return
	}
	body, ok := c.jsonBody([]string{"RelatedTicketId", "RelationType"})
	if !ok {
		return
	}
	id, related, kind := entityID(t, "TicketID"), entityID(body, "RelatedTicketId"), stringField(body, "RelationType")
	child, parent := id, related
	if kind == "Child" {
		child, parent = related, id
	}
	_, relatedExists := c.s.store.get(colTickets, related)
	switch {
	case inverseRelation[kind] == "":
		c.invalid(map[string][]string{"RelationType": {"The value '" + strings.Trim(stringOf(body["RelationType"]), `"`) + "' is not valid; use Parent or Child."}})
	case related == id:
		c.invalid(map[string][]string{"RelatedTicketId": {"A ticket cannot be related to itself."}})
	case !relatedExists:
		c.invalid(map[string][]string{"RelatedTicketId": {fmt.Sprintf("Ticket %d was not found.", related)}})
	case len(c.relationsOf(child, "Parent")) > 0:
		c.invalid(map[string][]string{"RelatedTicketId": {fmt.Sprintf("Ticket %d already has a parent.", child)}})
	default:
		rid, _ := c.s.store.insert(colRelations, entity{"TicketID": jsonNumber(child), "RelatedTicketId": jsonNumber(parent), "RelationType": "Parent"}, true)
		_, _ = c.s.store.insert(colRelations, entity{"TicketID": jsonNumber(parent), "RelatedTicketId": jsonNumber(child), "RelationType": "Child"}, true)
		c.touchTicket(id, time.Now(), false)
		writeJSON(c.w, http.StatusCreated, map[string]string{"ActionID": strconv.FormatInt(rid, 10)})
	}
}

// removeRelation removes the ticket's relations of the relationType parameter, both sides.
func removeRelation(c *call) {
	t, ok := c.lookup(colTickets, "ticketId")
	if !ok {
		return
	}
	id, kind := entityID(t, "TicketID"), c.params["relationType"]
	if inverseRelation[kind] == "" {
		c.invalidValue("relationType", kind)
		return
	}
	found := c.relationsOf(id, kind)
	if len(found) == 0 {
		c.invalid(map[string][]string{"relationType": {fmt.Sprintf("Ticket %d has no %s relation.", id, kind)}})
		return
	}
	for _, r := range found {
		c.s.store.remove(colRelations, entityID(r, "RelationID"))
		for _, e := range c.relationsOf(entityID(r, "RelatedTicketId"), inverseRelation[kind]) {
			if relatedTo(e, id) {
				c.s.store.remove(colRelations, entityID(e, "RelationID"))
			}
		}
	}
	c.touchTicket(id, time.Now(), false)
	c.w.WriteHeader(http.StatusNoContent)
}

// relationsOf returns the ticket's stored relations of a type.
func (c *call) relationsOf(id int64, kind string) []entity {
	return c.s.store.filter(colRelations, func(e entity) bool {
		return belongsTo(e, id) && stringField(e, "RelationType") == kind
	})
}
