package testkit

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ticketDTO is Atera's TicketDto, every property the spec lists. Nullable times are pointers.
type ticketDTO struct {
	TicketID                       int64   `json:"TicketID"`
	TicketTitle                    string  `json:"TicketTitle"`
	TicketNumber                   string  `json:"TicketNumber"`
	TicketPriority                 string  `json:"TicketPriority"`
	TicketImpact                   string  `json:"TicketImpact"`
	TicketStatus                   string  `json:"TicketStatus"`
	TicketSource                   string  `json:"TicketSource"`
	TicketType                     string  `json:"TicketType"`
	EndUserID                      *int64  `json:"EndUserID"`
	EndUserEmail                   string  `json:"EndUserEmail"`
	EndUserFirstName               string  `json:"EndUserFirstName"`
	EndUserLastName                string  `json:"EndUserLastName"`
	EndUserPhone                   string  `json:"EndUserPhone"`
	TicketResolvedDate             *string `json:"TicketResolvedDate"`
	TicketCreatedDate              string  `json:"TicketCreatedDate"`
	TechnicianFirstCommentDate     *string `json:"TechnicianFirstCommentDate"`
	FirstResponseDueDate           string  `json:"FirstResponseDueDate"`
	ClosedTicketDueDate            string  `json:"ClosedTicketDueDate"`
	FirstComment                   string  `json:"FirstComment"`
	LastEndUserComment             *string `json:"LastEndUserComment"`
	LastEndUserCommentTimestamp    *string `json:"LastEndUserCommentTimestamp"`
	LastTechnicianComment          *string `json:"LastTechnicianComment"`
	LastTechnicianCommentTimestamp *string `json:"LastTechnicianCommentTimestamp"`
	OnSiteDurationSeconds          int     `json:"OnSiteDurationSeconds"`
	OnSiteDurationMinutes          int     `json:"OnSiteDurationMinutes"`
	OffSiteDurationSeconds         int     `json:"OffSiteDurationSeconds"`
	OffSiteDurationMinutes         int     `json:"OffSiteDurationMinutes"`
	OnSLADurationSeconds           int     `json:"OnSLADurationSeconds"`
	OnSLADurationMinutes           int     `json:"OnSLADurationMinutes"`
	OffSLADurationSeconds          int     `json:"OffSLADurationSeconds"`
	OffSLADurationMinutes          int     `json:"OffSLADurationMinutes"`
	TotalDurationSeconds           int     `json:"TotalDurationSeconds"`
	TotalDurationMinutes           int     `json:"TotalDurationMinutes"`
	CustomerID                     int64   `json:"CustomerID"`
	CustomerName                   string  `json:"CustomerName"`
	CustomerBusinessNumber         string  `json:"CustomerBusinessNumber"`
	TechnicianContactID            *int64  `json:"TechnicianContactID"`
	TechnicianFullName             string  `json:"TechnicianFullName"`
	TechnicianEmail                string  `json:"TechnicianEmail"`
	ContractID                     *int64  `json:"ContractID"`
	RelationType                   string  `json:"RelationType"`
	RelatedTicketId                *int64  `json:"RelatedTicketId"`
}

// technician is one technician of the fake account.
type technician struct {
	id          int64
	name, email string
}

// technicians are the fake account's technicians, by TechnicianContactID.
var technicians = []technician{
	{1, "Dana Whitfield", "dana.whitfield@wyre-msp.com"},
	{2, "Marco Alvarez", "marco.alvarez@wyre-msp.com"},
	{3, "Priya Raman", "priya.raman@wyre-msp.com"},
	{4, "Tom Becker", "tom.becker@wyre-msp.com"},
}

// technicianByID returns the technician whose id v holds.
func technicianByID(v any) (technician, bool) { return findTechnician(v, "") }

// findTechnician returns the technician whose id v holds, or else whose e-mail is email.
func findTechnician(v any, email string) (technician, bool) {
	id, _ := toInt64(v)
	for _, t := range technicians {
		if t.id == id || (email != "" && strings.EqualFold(t.email, email)) {
			return t, true
		}
	}
	return technician{}, false
}

// endUser is the contact a ticket or comment is from.
type endUser struct {
	id                          *int64
	first, last, email, phone   string
	customerID                  int64
	customerName, customerTaxID string
}

// responseTime is the first-response target of a priority; closing is due at 5 times it.
var responseTime = map[string]time.Duration{"Low": 24 * time.Hour, "Medium": 8 * time.Hour, "High": 4 * time.Hour, "Critical": time.Hour}

// newTicketDTO maps a valid CreateTicketModel onto a new open ticket created at now.
func newTicketDTO(body entity, u endUser, now time.Time) ticketDTO {
	t := ticketDTO{
		TicketTitle: stringField(body, "TicketTitle"), TicketPriority: "Medium", TicketImpact: "NoImpact",
		TicketStatus: "Open", TicketSource: "API", TicketType: "Incident",
		EndUserID: u.id, EndUserEmail: u.email, EndUserFirstName: u.first, EndUserLastName: u.last, EndUserPhone: u.phone,
		TicketCreatedDate: ateraTime(now), FirstComment: stringField(body, "Description"),
		CustomerID: u.customerID, CustomerName: u.customerName, CustomerBusinessNumber: u.customerTaxID,
		TechnicianEmail: stringField(body, "TechnicianEmail"), RelationType: "None",
	}
	for field, dst := range map[string]*string{"TicketPriority": &t.TicketPriority, "TicketImpact": &t.TicketImpact, "TicketType": &t.TicketType, "TicketStatus": &t.TicketStatus} {
		if v := stringField(body, field); v != "" {
			*dst = v
		}
	}
	if tech, ok := findTechnician(body["TechnicianContactID"], t.TechnicianEmail); ok {
		t.TechnicianContactID, t.TechnicianFullName, t.TechnicianEmail = &tech.id, tech.name, tech.email
	}
	due := responseTime[t.TicketPriority]
	t.FirstResponseDueDate, t.ClosedTicketDueDate = ateraTime(now.Add(due)), ateraTime(now.Add(5*due))
	if isResolved(t.TicketStatus) {
		t.TicketResolvedDate = ptr(ateraTime(now))
	}
	return t
}

// ticketEndUser finds the end user of a CreateTicketModel: the contact EndUserID names, the
// contact with EndUserEmail, or a new contact. Without a contacts collection it trusts the
// body. It answers 400 itself when the body names no end user or an unknown contact.
func (c *call) ticketEndUser(body entity) (endUser, bool) {
	_, err := c.s.store.spec("contacts")
	haveContacts := err == nil
	if id, ok := toInt64(body["EndUserID"]); ok && id > 0 {
		contact, found := c.s.store.get("contacts", id)
		if haveContacts && !found {
			c.invalid(map[string][]string{"EndUserID": {fmt.Sprintf("Contact %d was not found.", id)}})
			return endUser{}, false
		}
		u := contactUser(c.s.store, contact)
		u.id = &id
		if !found {
			u.first, u.last, u.email, u.phone = stringField(body, "EndUserFirstName"), stringField(body, "EndUserLastName"), stringField(body, "EndUserEmail"), stringField(body, "EndUserPhone")
		}
		return u, true
	}
	missing := map[string][]string{}
	for _, f := range []string{"EndUserFirstName", "EndUserLastName", "EndUserEmail"} {
		if stringField(body, f) == "" {
			missing[f] = []string{"The " + f + " field is required when EndUserID is not set."}
		}
	}
	if len(missing) > 0 {
		c.invalid(missing)
		return endUser{}, false
	}
	email := stringField(body, "EndUserEmail")
	if contact, ok := c.s.store.find("contacts", func(e entity) bool { return strings.EqualFold(stringField(e, "Email"), email) }); ok {
		return contactUser(c.s.store, contact), true
	}
	contact := entity{
		"Firstname": body["EndUserFirstName"], "Lastname": body["EndUserLastName"], "Email": email, "Phone": body["EndUserPhone"],
		"CreatedOn": ateraTime(time.Now()), "LastModified": ateraTime(time.Now()), "IsContactPerson": false, "InIgnoreMode": false, "Archived": false,
	}
	if customer, ok := c.s.store.find("customers", func(e entity) bool {
		d := stringField(e, "Domain")
		return d != "" && strings.HasSuffix(strings.ToLower(email), "@"+strings.ToLower(d))
	}); ok {
		contact["CustomerID"], contact["CustomerName"] = customer["CustomerID"], customer["CustomerName"]
	}
	if id, err := c.s.store.insert("contacts", contact, true); err == nil {
		contact["EndUserID"] = jsonNumber(id)
	}
	return contactUser(c.s.store, contact), true
}

// contactUser reads the end user of a stored ContactDto and its customer.
func contactUser(st *store, contact entity) endUser {
	u := endUser{first: stringField(contact, "Firstname"), last: stringField(contact, "Lastname"),
		email: stringField(contact, "Email"), phone: stringField(contact, "Phone")}
	if id, ok := toInt64(contact["EndUserID"]); ok {
		u.id = &id
	}
	u.customerID, _ = toInt64(contact["CustomerID"])
	if customer, ok := st.get("customers", u.customerID); ok {
		u.customerName, u.customerTaxID = stringField(customer, "CustomerName"), stringField(customer, "BusinessNumber")
	}
	return u
}

// ticketShowing is what a ticket read asks to include.
type ticketShowing struct{ relations, comments bool }

// ticketShowing reads includeRelations and includeComments, whose defaults depend on the route.
func (c *call) ticketShowing() (ticketShowing, bool) {
	var show ticketShowing
	rel, ok := c.boolQuery("includeRelations", false)
	if !ok {
		return show, false
	}
	// statusmodified includes comments by default; lastmodified does not; other reads always do.
	def := !strings.HasSuffix(strings.ToLower(c.r.URL.Path), "/lastmodified")
	com, ok := c.boolQuery("includeComments", def)
	return ticketShowing{rel, com}, ok
}

// boolQuery reads a query boolean, or def when it is absent.
func (c *call) boolQuery(name string, def bool) (bool, bool) {
	v := c.r.URL.Query().Get(name)
	if v == "" {
		return def, true
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		c.invalidValue(name, v)
		return false, false
	}
	return b, true
}

// views returns the tickets as Atera shows them: durations from their work hours, and the
// relation and comments as asked.
func (show ticketShowing) views(st *store, tickets []entity) []entity {
	work := groupByTicket(st.filter(colWorkHours, nil))
	relations := groupByTicket(st.filter(colRelations, nil))
	for _, t := range tickets {
		id := entityID(t, "TicketID")
		if records := work[id]; len(records) > 0 {
			d := sumDurations(records)
			for name, secs := range map[string]float64{"OnSite": d.onSite, "OffSite": d.offSite, "OnSLA": d.onSLA, "OffSLA": d.offSLA, "Total": d.total} {
				t[name+"DurationSeconds"], t[name+"DurationMinutes"] = int(secs), int(secs/60)
			}
		}
		t["RelationType"], t["RelatedTicketId"] = "None", nil
		if rel := mainRelation(relations[id]); show.relations && rel != nil {
			t["RelationType"], t["RelatedTicketId"] = rel["RelationType"], rel["RelatedTicketId"]
		}
		if !show.comments {
			for _, f := range []string{"FirstComment", "LastEndUserComment", "LastTechnicianComment"} {
				t[f] = nil
			}
		}
	}
	return tickets
}

// groupByTicket groups items by their TicketID, keeping their order.
func groupByTicket(items []entity) map[int64][]entity {
	out := map[int64][]entity{}
	for _, e := range items {
		id := entityID(e, "TicketID")
		out[id] = append(out[id], e)
	}
	return out
}

// byID indexes items by their id field.
func byID(items []entity, idField string) map[int64]entity {
	out := make(map[int64]entity, len(items))
	for _, e := range items {
		out[entityID(e, idField)] = e
	}
	return out
}

// entityID reads an integer field of e, 0 when it has none.
func entityID(e entity, field string) int64 {
	n, _ := toInt64(e[field])
	return n
}

// belongsTo reports whether e carries the TicketID id.
func belongsTo(e entity, id int64) bool { return entityID(e, "TicketID") == id }

// relatedTo reports whether e is a relation to the ticket id.
func relatedTo(e entity, id int64) bool { return entityID(e, "RelatedTicketId") == id }

// isResolved reports whether a status ends the ticket's life.
func isResolved(status string) bool {
	return strings.EqualFold(status, "Resolved") || strings.EqualFold(status, "Closed")
}

// stringOf formats a decoded JSON value.
func stringOf(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// ptr returns a pointer to v.
func ptr[T any](v T) *T { return &v }

// parseAteraTime reads an ISO-8601 time with or without zone (UTC then), or a bare date.
func parseAteraTime(s string) (time.Time, bool) {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", time.DateOnly} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}

// timeField reads a time field of e, the zero time when it has none.
func timeField(e entity, field string) time.Time {
	t, _ := parseAteraTime(stringField(e, field))
	return t
}

// latest is the latest of the named time fields of e.
func latest(e entity, fields ...string) time.Time {
	var out time.Time
	for _, f := range fields {
		if t := timeField(e, f); t.After(out) {
			out = t
		}
	}
	return out
}

// modifiedAt is when the ticket last changed: its recorded change, or its latest date.
func modifiedAt(t entity, changes map[int64]entity) time.Time {
	at := latest(t, "TicketCreatedDate", "TicketResolvedDate", "LastEndUserCommentTimestamp", "LastTechnicianCommentTimestamp")
	if m := timeField(changes[entityID(t, "TicketID")], "Modified"); m.After(at) {
		at = m
	}
	return at
}

// statusChangedAt is when the ticket's status last changed: its recorded change, or else
// its resolution (or creation) date.
func statusChangedAt(t entity, changes map[int64]entity) time.Time {
	if ch, ok := changes[entityID(t, "TicketID")]; ok && stringField(ch, "StatusModified") != "" {
		return timeField(ch, "StatusModified")
	}
	return latest(t, "TicketCreatedDate", "TicketResolvedDate")
}
