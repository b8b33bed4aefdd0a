package testkit

import (
	"html"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// ticketCommentFields are the TicketCommentDto properties; stored comments also carry their
// CommentID and TicketID, which the routes do not show.
var ticketCommentFields = []string{"Date", "Comment", "CommentHtml", "EndUserID", "TechnicianContactID", "Email", "FirstName", "LastName", "IsInternal"}

// listComments answers a page of a ticket's comments, oldest first.
func listComments(c *call) {
	t, ok := c.lookup(colTickets, "ticketId")
	if !ok {
		return
	}
	id := entityID(t, "TicketID")
	comments := c.s.store.filter(colComments, func(e entity) bool { return belongsTo(e, id) })
	for i, cm := range comments {
		comments[i] = pick(cm, ticketCommentFields...)
	}
	c.writePage(comments)
}

// createComment stores an AddCommentToTicketModel as the ticket's newest comment, updates the
// ticket's last-comment fields and answers a bare 201, as both specs document (the newer one
// also allows 200 with a Result; a 201 never carries a body).
func createComment(c *call) {
	t, ok := c.lookup(colTickets, "ticketId")
	if !ok {
		return
	}
	body, ok := c.jsonBody([]string{"CommentText"})
	if !ok {
		return
	}
	comment, ok := c.commentAuthor(body)
	if !ok {
		return
	}
	now := time.Now()
	at := now
	if v := stringField(body, "CommentTimestampUTC"); v != "" {
		if at, ok = parseAteraTime(v); !ok {
			c.invalidValue("CommentTimestampUTC", v)
			return
		}
	}
	ticketID := entityID(t, "TicketID")
	text := stringField(body, "CommentText")
	comment["TicketID"], comment["Date"], comment["Comment"] = jsonNumber(ticketID), ateraTime(at), text
	comment["CommentHtml"] = "<p>" + html.EscapeString(text) + "</p>"
	if _, err := c.s.store.insert(colComments, comment, true); err != nil {
		writeJSON(c.w, http.StatusInternalServerError, err.Error())
		return
	}
	c.s.store.modify(colTickets, ticketID, func(t entity) { noteComment(t, comment) })
	c.touchTicket(ticketID, now, false)
	c.w.WriteHeader(http.StatusCreated)
}

// commentAuthor builds the author fields of a comment from exactly one of the body's
// TechnicianCommentDetails and EnduserCommentDetails, answering 400 when it cannot.
func (c *call) commentAuthor(body entity) (entity, bool) {
	tech, isTech := body["TechnicianCommentDetails"].(map[string]any)
	user, isUser := body["EnduserCommentDetails"].(map[string]any)
	if isTech == isUser {
		c.invalid(map[string][]string{"TechnicianCommentDetails": {"Exactly one of TechnicianCommentDetails and EnduserCommentDetails is required."}})
		return nil, false
	}
	if isTech {
		internal, _ := tech["IsInternal"].(bool)
		e := entity{"EndUserID": nil, "TechnicianContactID": tech["TechnicianId"], "Email": tech["TechnicianEmail"], "IsInternal": internal}
		if t, ok := findTechnician(tech["TechnicianId"], stringField(tech, "TechnicianEmail")); ok {
			first, last, _ := strings.Cut(t.name, " ")
			e["TechnicianContactID"], e["Email"], e["FirstName"], e["LastName"] = jsonNumber(t.id), t.email, first, last
		} else if stringField(tech, "TechnicianEmail") == "" {
			c.invalid(map[string][]string{"TechnicianCommentDetails.TechnicianId": {"The technician was not found."}})
			return nil, false
		}
		return e, true
	}
	id, _ := toInt64(user["EnduserId"])
	contact, found := c.s.store.get("contacts", id)
	if _, err := c.s.store.spec("contacts"); id <= 0 || (err == nil && !found) {
		c.invalid(map[string][]string{"EnduserCommentDetails.EnduserId": {"The end user " + strconv.FormatInt(id, 10) + " was not found."}})
		return nil, false
	}
	return entity{"EndUserID": jsonNumber(id), "TechnicianContactID": nil, "Email": contact["Email"],
		"FirstName": contact["Firstname"], "LastName": contact["Lastname"], "IsInternal": false}, true
}

// noteComment records a new comment on its ticket's summary fields.
func noteComment(t, comment entity) {
	if stringField(t, "FirstComment") == "" {
		t["FirstComment"] = comment["Comment"]
	}
	switch {
	case comment["EndUserID"] != nil:
		t["LastEndUserComment"], t["LastEndUserCommentTimestamp"] = comment["Comment"], comment["Date"]
	case comment["IsInternal"] != true:
		t["LastTechnicianComment"], t["LastTechnicianCommentTimestamp"] = comment["Comment"], comment["Date"]
		if t["TechnicianFirstCommentDate"] == nil {
			t["TechnicianFirstCommentDate"] = comment["Date"]
		}
	}
}
