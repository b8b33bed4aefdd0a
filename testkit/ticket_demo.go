package testkit

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// demoTicketCount is the number of demo tickets: more than three pages of 50.
const demoTicketCount = 160

// demoBusyTicket is the demo ticket with more than a page of comments.
const demoBusyTicket = 1

// ticketTemplate is the shape of a demo ticket.
type ticketTemplate struct{ title, description, kind, impact string }

// demoTicketTemplates are the problems the demo tenant's users report.
var demoTicketTemplates = []ticketTemplate{
	{"Outlook keeps asking for password", "Since this morning Outlook prompts for my password every few minutes, even after I enter it.", "Incident", "Minor"},
	{"Printer on 2nd floor offline", "The HP LaserJet by the kitchen shows offline for everyone. Power cycled it, no change.", "Incident", "Minor"},
	{"New starter laptop setup", "We have a new hire starting Monday. Please prepare a laptop with the standard image and Office.", "Request", "NoImpact"},
	{"VPN disconnects every 10 minutes", "Working from home, the VPN drops roughly every ten minutes and I lose my RDP session.", "Incident", "Minor"},
	{"File server very slow", "Opening anything on the S: drive takes over a minute. Whole office affected.", "Incident", "Major"},
	{"Shared mailbox access for accounts team", "Please give Jane and Raj full access to accounts@ shared mailbox.", "Request", "NoImpact"},
	{"Website down", "Our public website returns an error 503. Customers are calling.", "Incident", "SiteDown"},
	{"Replace failing disk on SRV-01", "Atera alert: SMART predicts failure on disk 2 of SRV-01.", "Problem", "ServerIssue"},
	{"Upgrade firewall firmware", "Planned change: apply the vendor firmware update to the edge firewall after hours.", "Change", "NoImpact"},
	{"Teams calls choppy", "Audio on Teams calls breaks up for the whole sales team since Tuesday.", "Problem", "Minor"},
	{"Locked out of account", "I entered my password wrong too many times and now I am locked out.", "Incident", "Minor"},
	{"Install Adobe Acrobat Pro", "Please install Acrobat Pro on my machine, the licence has been purchased.", "Request", "NoImpact"},
	{"Backup job failed", "Last night's backup job finished with errors on the NAS target.", "Incident", "ServerIssue"},
	{"Email not syncing on phone", "My work email stopped syncing on my iPhone after the iOS update.", "Incident", "Minor"},
	{"Wi-Fi dead zone in meeting room", "The large meeting room has almost no Wi-Fi signal; video calls fail there.", "Problem", "Minor"},
	{"Ransomware warning popup", "A popup says my files are encrypted. I have not clicked anything. Machine is unplugged.", "Incident", "Crisis"},
	{"Move desk phone and PC", "Moving two desks to the new office wing on Friday; please reconnect the phones and PCs.", "Request", "NoImpact"},
	{"Monitor flickering", "My second monitor flickers and goes black randomly.", "Incident", "NoImpact"},
	{"Renew SSL certificate", "The certificate for the client portal expires in 14 days.", "Change", "NoImpact"},
	{"ERP application crashes on login", "The accounting app closes itself right after login for two users.", "Problem", "Major"},
}

// demoEndUserReplies and demoTechnicianReplies are the demo comments.
var (
	demoEndUserReplies = []string{
		"Thanks, that seems to have fixed it.", "It happened again just now.", "I am available after 2pm today.",
		"Attached a screenshot of the error.", "Any update on this?", "Still the same problem after restarting.",
		"Could you call me on my mobile?", "Great, all working now. Thank you!",
	}
	demoTechnicianReplies = []string{
		"I have connected remotely and am looking into it.", "Could you restart the machine and try again?",
		"I have applied a fix; please confirm it works on your side.", "Scheduled an on-site visit for tomorrow morning.",
		"This is caused by a known vendor issue; a patch is pending.", "Resetting your profile now, this takes about 10 minutes.",
		"Closing this ticket as resolved. Reply to reopen it.",
	}
	demoInternalNotes = []string{
		"Checked event logs: disk latency spikes at 09:00.", "Customer is on the premium contract; bill on-site time.",
		"Escalated to vendor support, case #48213.", "Same root cause as the printer ticket last month.",
	}
)

// demoTickets seeds the demo tenant's tickets, with their comments, work hours, attachments,
// relations and change times, over the demo customers and their contacts.
func demoTickets(g *demoGen) {
	customers := g.s.store.filter("customers", nil)
	if len(customers) == 0 {
		return
	}
	for id := int64(1); id <= demoTicketCount; id++ {
		customer := oneOf(g, customers...)
		t := g.demoTicket(id, customer)
		created, _ := parseAteraTime(t.TicketCreatedDate)
		end, statusAt := g.now, created
		if t.TicketResolvedDate != nil {
			end, _ = parseAteraTime(*t.TicketResolvedDate)
			statusAt = end
		}
		e, err := toEntity(t)
		if err != nil {
			continue
		}
		modified := end
		for _, cm := range g.demoComments(id, t, created, end) {
			noteComment(e, cm)
			g.add(colComments, cm)
		}
		for _, w := range g.demoWorkHours(t, created, end) {
			modified = maxTime(modified, timeField(w, "EndWorkHour"))
			g.add(colWorkHours, w)
		}
		g.add(colTickets, e)
		modified = maxTime(modified, latest(e, "LastEndUserCommentTimestamp", "LastTechnicianCommentTimestamp"))
		g.add(colChanges, entity{"TicketID": id, "Modified": ateraTime(modified), "StatusModified": ateraTime(statusAt)})
		if g.chance(0.15) {
			urls := make([]string, g.intn(1, 3))
			for i := range urls {
				urls[i] = fmt.Sprintf("https://app.atera.com/attachments/%s/%s", g.hex(16), oneOf(g, "screenshot.png", "error-log.txt", "invoice.pdf", "photo.jpg"))
			}
			g.add(colAttachments, entity{"TicketID": id, "Urls": urls})
		}
	}
	// Every 40th ticket is the parent of the next two.
	for parent := int64(5); parent+2 <= demoTicketCount; parent += 40 {
		for _, child := range []int64{parent + 1, parent + 2} {
			g.add(colRelations, entity{"TicketID": child, "RelatedTicketId": parent, "RelationType": "Parent"},
				entity{"TicketID": parent, "RelatedTicketId": child, "RelationType": "Child"})
		}
	}
}

// demoTicket draws one ticket of a customer, from one of its contacts.
func (g *demoGen) demoTicket(id int64, customer entity) ticketDTO {
	customerID := entityID(customer, "CustomerID")
	contacts := g.s.store.filter("contacts", func(e entity) bool { return entityID(e, "CustomerID") == customerID })
	u := endUser{first: "Front", last: "Desk", email: "frontdesk@" + stringField(customer, "Domain")}
	if len(contacts) > 0 {
		u = contactUser(g.s.store, oneOf(g, contacts...))
	}
	u.customerID, u.customerName, u.customerTaxID = customerID, stringField(customer, "CustomerName"), stringField(customer, "BusinessNumber")
	tpl := oneOf(g, demoTicketTemplates...)
	created := g.agoTime(30*time.Minute, 180*24*time.Hour)
	if id == demoBusyTicket {
		created = g.agoTime(60*24*time.Hour, 90*24*time.Hour)
	}
	body := entity{"TicketTitle": tpl.title, "Description": tpl.description, "TicketType": tpl.kind, "TicketImpact": tpl.impact,
		"TicketPriority": oneOf(g, "Low", "Low", "Medium", "Medium", "Medium", "High", "Critical")}
	if g.chance(0.85) {
		body["TechnicianContactID"] = jsonNumber(oneOf(g, technicians...).id)
	}
	t := newTicketDTO(body, u, created)
	t.TicketID, t.TicketNumber = id, fmt.Sprint(id)
	t.TicketSource = oneOf(g, "Email", "Email", "Portal", "Manual", "Alert")
	switch r := g.r.Float64(); {
	case r < 0.30:
	case r < 0.42:
		t.TicketStatus = "Pending"
	case r < 0.46:
		t.TicketStatus = "Waiting for Customer"
	case r < 0.70:
		t.TicketStatus = "Resolved"
	default:
		t.TicketStatus = "Closed"
	}
	if isResolved(t.TicketStatus) {
		span := min(g.now.Sub(created), 5*24*time.Hour)
		t.TicketResolvedDate = ptr(ateraTime(created.Add(time.Duration(g.r.Int64N(int64(span))))))
	}
	return t
}

// demoComments draws a ticket's comments between created and end, oldest first.
func (g *demoGen) demoComments(ticketID int64, t ticketDTO, created, end time.Time) []entity {
	n := g.intn(0, 6)
	if g.chance(0.2) {
		n = 0
	}
	if ticketID == demoBusyTicket {
		n = 63
	}
	at := make([]time.Time, n)
	for i := range at {
		at[i] = created.Add(time.Duration(g.r.Int64N(int64(end.Sub(created)) + 1)))
	}
	slices.SortFunc(at, time.Time.Compare)
	tech, hasTech := technicianByID(jsonNumberOrNil(t.TechnicianContactID))
	out := make([]entity, 0, n)
	for i, when := range at {
		cm := entity{"TicketID": ticketID, "Date": ateraTime(when), "EndUserID": t.EndUserID, "TechnicianContactID": nil,
			"Email": t.EndUserEmail, "FirstName": t.EndUserFirstName, "LastName": t.EndUserLastName, "IsInternal": false}
		text := oneOf(g, demoEndUserReplies...)
		if hasTech && i%2 == 1 {
			first, last, _ := strings.Cut(tech.name, " ")
			cm["EndUserID"], cm["TechnicianContactID"], cm["Email"], cm["FirstName"], cm["LastName"] = nil, tech.id, tech.email, first, last
			text = oneOf(g, demoTechnicianReplies...)
			if g.chance(0.15) {
				cm["IsInternal"], text = true, oneOf(g, demoInternalNotes...)
			}
		}
		cm["Comment"], cm["CommentHtml"] = text, "<p>"+text+"</p>"
		out = append(out, cm)
	}
	return out
}

// demoWorkHours draws the time a ticket's technician logged between created and end.
func (g *demoGen) demoWorkHours(t ticketDTO, created, end time.Time) []entity {
	tech, ok := technicianByID(jsonNumberOrNil(t.TechnicianContactID))
	if !ok || end.Sub(created) < 4*time.Hour {
		return nil
	}
	out := []entity{}
	for range g.intn(0, 4) {
		start := created.Add(time.Duration(g.r.Int64N(int64(end.Sub(created) - 3*time.Hour))))
		billable := g.chance(0.7)
		w := entity{"TicketID": t.TicketID, "CustomerID": t.CustomerID, "EndUserID": t.EndUserID,
			"StartWorkHour": ateraTime(start), "EndWorkHour": ateraTime(start.Add(time.Duration(g.intn(15, 180)) * time.Minute)),
			"TechnicianContactID": tech.id, "Billiable": billable, "OnCustomerSite": g.chance(0.15),
			"Description":        oneOf(g, "Remote troubleshooting", "On-site visit", "Configuration and testing", "Follow-up call with the user"),
			"TechnicianFullName": tech.name, "TechnicianEmail": tech.email, "RateID": nil, "RateAmount": nil}
		if billable {
			rate := int64(g.intn(1, len(hourlyRates)))
			w["RateID"], w["RateAmount"] = rate, hourlyRates[rate]
		}
		out = append(out, w)
	}
	return out
}

// jsonNumberOrNil is the stored form of an optional id.
func jsonNumberOrNil(id *int64) any {
	if id == nil {
		return nil
	}
	return jsonNumber(*id)
}

// maxTime is the later of a and b.
func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
