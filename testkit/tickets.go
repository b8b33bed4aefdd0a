package testkit

import (
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Collections of the tickets resource. Comments, work hours and relations carry the TicketID
// they belong to; ticket-changes and ticket-attachments hold one item per ticket, keyed by
// TicketID: its last modification and status change times, and its attachment URLs.
const (
	colTickets     = "tickets"
	colComments    = "ticket-comments"
	colWorkHours   = "work-hours"
	colAttachments = "ticket-attachments"
	colRelations   = "ticket-relations"
	colChanges     = "ticket-changes"
)

// ticketsResource serves TicketDto under /tickets with its comments, work hours, durations,
// attachments and relations, and the work-hours records under /workhours.
var ticketsResource = resource{
	collections: []collectionSpec{
		{name: colTickets, idField: "TicketID", label: "Ticket"},
		{name: colComments, idField: "CommentID", label: "Comment"},
		{name: colWorkHours, idField: "WorkHoursID", label: "Work hours record"},
		{name: colAttachments, idField: "TicketID", label: "Ticket"},
		{name: colRelations, idField: "RelationID", label: "Relation"},
		{name: colChanges, idField: "TicketID", label: "Ticket"},
	},
	routes: []routeSpec{
		{"GET", "/tickets", listTickets(ticketsFiltered, byTicketID)},
		{"POST", "/tickets", createTicket},
		{"GET", "/tickets/{ticketId}", getTicket},
		{"PUT", "/tickets/{ticketId}", updateTicket},
		{"POST", "/tickets/{ticketId}", updateTicket},
		{"DELETE", "/tickets/{ticketId}", deleteTicket},
		{"GET", "/tickets/statusmodified", listTickets(ticketsResolved, byStatusChange)},
		{"GET", "/tickets/lastmodified", listTickets(ticketsModifiedSince, byModification)},
		{"GET", "/tickets/noComments", listTickets(ticketsWithoutComments, byTicketID)},
		{"GET", "/tickets/{ticketId}/attachments", listAttachments},
		{"GET", "/tickets/{ticketId}/comments", listComments},
		{"POST", "/tickets/{ticketId}/comments", createComment},
		{"GET", "/tickets/{ticketId}/workhours", workHoursSummary},
		{"POST", "/tickets/{ticketId}/workhours", createWorkHours},
		{"GET", "/tickets/{ticketId}/workhoursrecords", listTicketWorkHours},
		{"GET", "/tickets/{ticketId}/billableduration", ticketDuration(true)},
		{"GET", "/tickets/{ticketId}/nonbillableduration", ticketDuration(false)},
		{"POST", "/tickets/billableduration", bulkDurations(billableDurations)},
		{"POST", "/tickets/billableworkhourssiteduration", bulkDurations(siteDurations)},
		{"POST", "/tickets/{ticketId}/relations", addRelation},
		{"DELETE", "/tickets/{ticketId}/relations/{relationType}", removeRelation},
		{"GET", "/workhours", listWorkHours},
	},
	demo: demoTickets,
}

// Enum values of the ticket DTOs.
var (
	ticketPriorities = []string{"Low", "Medium", "High", "Critical"}
	ticketImpacts    = []string{"NoImpact", "SiteDown", "ServerIssue", "Minor", "Major", "Crisis"}
	ticketTypes      = []string{"Incident", "Problem", "Request", "Change"}
)

// ticketEditable are the UpdateTicketModel fields.
var ticketEditable = []string{"TicketTitle", "TicketStatus", "TicketType", "TicketPriority", "TicketImpact", "TechnicianContactID", "TechnicianEmail"}

// ticketFilter builds the predicate of a ticket list from the request, with the ticket
// changes at hand; it answers the request itself and returns false when it cannot.
type ticketFilter func(c *call, changes map[int64]entity) (func(entity) bool, bool)

// ticketOrder sorts the kept tickets of a list.
type ticketOrder func(tickets []entity, changes map[int64]entity)

// listTickets answers a paged list of the tickets keep accepts, in order, shown as the
// request's includeRelations and includeComments ask.
func listTickets(keep ticketFilter, order ticketOrder) handlerFunc {
	return func(c *call) {
		changes := byID(c.s.store.filter(colChanges, nil), "TicketID")
		accept, ok := keep(c, changes)
		if !ok {
			return
		}
		show, ok := c.ticketShowing()
		if !ok {
			return
		}
		tickets := c.s.store.filter(colTickets, accept)
		order(tickets, changes)
		c.writePage(show.views(c.s.store, tickets))
	}
}

// ticketsFiltered keeps the tickets matching the customerId and ticketStatus filters.
func ticketsFiltered(c *call, _ map[int64]entity) (func(entity) bool, bool) {
	q := c.r.URL.Query()
	status := q.Get("ticketStatus")
	customer, hasCustomer := int64(0), q.Get("customerId") != ""
	if hasCustomer {
		n, err := strconv.ParseInt(q.Get("customerId"), 10, 64)
		if err != nil {
			c.invalidValue("customerId", q.Get("customerId"))
			return nil, false
		}
		customer = n
	}
	return func(e entity) bool {
		id, _ := toInt64(e["CustomerID"])
		return (!hasCustomer || id == customer) && (status == "" || strings.EqualFold(stringField(e, "TicketStatus"), status))
	}, true
}

// ticketsWithoutComments keeps the filtered tickets that have no comment.
func ticketsWithoutComments(c *call, changes map[int64]entity) (func(entity) bool, bool) {
	match, ok := ticketsFiltered(c, changes)
	commented := map[int64]bool{}
	for _, cm := range c.s.store.filter(colComments, nil) {
		id, _ := toInt64(cm["TicketID"])
		commented[id] = true
	}
	return func(e entity) bool { return match(e) && !commented[entityID(e, "TicketID")] }, ok
}

// ticketsResolved keeps the resolved and closed tickets.
func ticketsResolved(*call, map[int64]entity) (func(entity) bool, bool) {
	return func(e entity) bool {
		s := stringField(e, "TicketStatus")
		return strings.EqualFold(s, "Resolved") || strings.EqualFold(s, "Closed")
	}, true
}

// ticketsModifiedSince keeps the tickets modified at or after the date parameter, by
// default the start of today (UTC).
func ticketsModifiedSince(c *call, changes map[int64]entity) (func(entity) bool, bool) {
	since := time.Now().UTC().Truncate(24 * time.Hour)
	if v := c.r.URL.Query().Get("date"); v != "" {
		t, ok := parseAteraTime(v)
		if !ok {
			c.invalidValue("date", v)
			return nil, false
		}
		since = t
	}
	return func(e entity) bool { return !modifiedAt(e, changes).Before(since) }, true
}

// byTicketID keeps the store's id order.
func byTicketID([]entity, map[int64]entity) {}

// byStatusChange sorts the most recent status change first.
func byStatusChange(tickets []entity, changes map[int64]entity) {
	newestFirst(tickets, func(e entity) time.Time { return statusChangedAt(e, changes) })
}

// byModification sorts the most recent modification first.
func byModification(tickets []entity, changes map[int64]entity) {
	newestFirst(tickets, func(e entity) time.Time { return modifiedAt(e, changes) })
}

// newestFirst sorts tickets by at, the latest first, then by TicketID.
func newestFirst(tickets []entity, at func(entity) time.Time) {
	slices.SortStableFunc(tickets, func(a, b entity) int { return at(b).Compare(at(a)) })
}

// getTicket answers one ticket, with its relation when includeRelations asks.
func getTicket(c *call) {
	show, ok := c.ticketShowing()
	if !ok {
		return
	}
	if t, ok := c.lookup(colTickets, "ticketId"); ok {
		writeJSON(c.w, http.StatusOK, show.views(c.s.store, []entity{t})[0])
	}
}

// createTicket stores a CreateTicketModel as a new open ticket and answers its ActionID.
func createTicket(c *call) {
	body, ok := c.jsonBody([]string{"TicketTitle", "Description"})
	if !ok || !c.validEnums(body) {
		return
	}
	user, ok := c.ticketEndUser(body)
	if !ok {
		return
	}
	now := time.Now()
	t := newTicketDTO(body, user, now)
	e, err := toEntity(t)
	if err == nil {
		var id int64
		if id, err = c.s.store.insert(colTickets, e, true); err == nil {
			c.s.store.modify(colTickets, id, func(e entity) { e["TicketNumber"] = strconv.FormatInt(id, 10) })
			c.touchTicket(id, now, true)
			writeJSON(c.w, http.StatusCreated, map[string]string{"ActionID": strconv.FormatInt(id, 10)})
			return
		}
	}
	writeJSON(c.w, http.StatusInternalServerError, err.Error())
}

// updateTicket applies an UpdateTicketModel and answers Atera's Result.
func updateTicket(c *call) {
	id, ok := c.intParam("ticketId")
	if !ok {
		return
	}
	body, ok := c.jsonBody(nil)
	if !ok || !c.validEnums(body) {
		return
	}
	now := time.Now()
	statusChanged := false
	_, found := c.s.store.modify(colTickets, id, func(t entity) {
		old := stringField(t, "TicketStatus")
		for k, v := range pick(body, ticketEditable...) {
			t[k] = v
		}
		if tech, ok := findTechnician(body["TechnicianContactID"], stringField(body, "TechnicianEmail")); ok {
			t["TechnicianContactID"], t["TechnicianFullName"], t["TechnicianEmail"] = jsonNumber(tech.id), tech.name, tech.email
		}
		status := stringField(t, "TicketStatus")
		if statusChanged = status != old; statusChanged && isResolved(status) {
			t["TicketResolvedDate"] = ateraTime(now)
		}
	})
	if !found {
		c.notFoundIn(colTickets, id)
		return
	}
	c.touchTicket(id, now, statusChanged)
	writeJSON(c.w, http.StatusOK, map[string]string{"ActionID": strconv.FormatInt(id, 10)})
}

// deleteTicket removes a ticket with its comments, work hours, attachments and relations.
func deleteTicket(c *call) {
	id, ok := c.intParam("ticketId")
	if !ok {
		return
	}
	if !c.s.store.remove(colTickets, id) {
		c.notFoundIn(colTickets, id)
		return
	}
	for _, col := range []string{colComments, colWorkHours, colRelations} {
		for _, e := range c.s.store.filter(col, func(e entity) bool { return belongsTo(e, id) || relatedTo(e, id) }) {
			spec, _ := c.s.store.spec(col)
			c.s.store.remove(col, entityID(e, spec.idField))
		}
	}
	c.s.store.remove(colAttachments, id)
	c.s.store.remove(colChanges, id)
	c.w.WriteHeader(http.StatusNoContent)
}

// listAttachments answers the attachment URLs of a ticket.
func listAttachments(c *call) {
	t, ok := c.lookup(colTickets, "ticketId")
	if !ok {
		return
	}
	urls := []any{}
	if a, ok := c.s.store.get(colAttachments, entityID(t, "TicketID")); ok {
		if list, ok := a["Urls"].([]any); ok {
			urls = list
		}
	}
	writeJSON(c.w, http.StatusOK, urls)
}

// validEnums answers 400 unless the body's enum fields carry values of their enum.
func (c *call) validEnums(body entity) bool {
	errs := map[string][]string{}
	for field, values := range map[string][]string{"TicketPriority": ticketPriorities, "TicketImpact": ticketImpacts, "TicketType": ticketTypes} {
		v, present := body[field]
		s, _ := v.(string)
		if present && v != nil && !slices.Contains(values, s) {
			errs[field] = []string{"The value '" + strings.Trim(stringOf(v), `"`) + "' is not valid for " + field + "."}
		}
	}
	if len(errs) > 0 {
		c.invalid(errs)
		return false
	}
	return true
}

// touchTicket records that the ticket changed at now, and its status too when status is set.
func (c *call) touchTicket(id int64, now time.Time, status bool) {
	at := ateraTime(now)
	apply := func(e entity) {
		e["Modified"] = at
		if status {
			e["StatusModified"] = at
		}
	}
	if _, ok := c.s.store.modify(colChanges, id, apply); ok {
		return
	}
	e := entity{"TicketID": jsonNumber(id)}
	apply(e)
	if _, err := c.s.store.insert(colChanges, e, false); err != nil {
		c.s.store.modify(colChanges, id, apply) // another request inserted it first
	}
}
