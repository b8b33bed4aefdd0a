package testkit

import (
	"encoding/json"
	"strings"
	"testing"
	"testing/synctest"
	"time"
)

// ticketDtoProperties are every property of the spec's TicketDto.
var ticketDtoProperties = []string{"TicketID", "TicketTitle", "TicketNumber", "TicketPriority", "TicketImpact", "TicketStatus",
	"TicketSource", "TicketType", "EndUserID", "EndUserEmail", "EndUserFirstName", "EndUserLastName", "EndUserPhone",
	"TicketResolvedDate", "TicketCreatedDate", "TechnicianFirstCommentDate", "FirstResponseDueDate", "ClosedTicketDueDate",
	"FirstComment", "LastEndUserComment", "LastEndUserCommentTimestamp", "LastTechnicianComment", "LastTechnicianCommentTimestamp",
	"OnSiteDurationSeconds", "OnSiteDurationMinutes", "OffSiteDurationSeconds", "OffSiteDurationMinutes", "OnSLADurationSeconds",
	"OnSLADurationMinutes", "OffSLADurationSeconds", "OffSLADurationMinutes", "TotalDurationSeconds", "TotalDurationMinutes",
	"CustomerID", "CustomerName", "CustomerBusinessNumber", "TechnicianContactID", "TechnicianFullName", "TechnicianEmail",
	"ContractID", "RelationType", "RelatedTicketId"}

// ticketServer is an empty server with customer 1 (acme.com) and its contact 7.
func ticketServer(t *testing.T) *Server {
	t.Helper()
	s := NewServer(t, InMemory(), WithoutDemoData())
	if _, err := Add(s, "customers", map[string]any{"CustomerID": 1, "CustomerName": "Acme", "Domain": "acme.com", "BusinessNumber": "B1"}); err != nil {
		t.Fatal(err)
	}
	if _, err := Add(s, "contacts", map[string]any{"EndUserID": 7, "CustomerID": 1, "Firstname": "Ann", "Lastname": "Lee", "Email": "ann@acme.com"}); err != nil {
		t.Fatal(err)
	}
	return s
}

// ask sends a request and checks its status, returning the body.
func ask(t *testing.T, s *Server, method, path, body string, want int) []byte {
	t.Helper()
	code, _, b := send(t, s, method, path, body)
	wantStatus(t, code, want, b)
	return b
}

// ticketIDsOf decodes a page of tickets into their ids.
func ticketIDsOf(t *testing.T, b []byte) []int64 {
	t.Helper()
	var ids []int64
	for _, tk := range decode[pageEnvelope[map[string]any]](t, b).Items {
		n, _ := tk["TicketID"].(float64)
		ids = append(ids, int64(n))
	}
	return ids
}

func TestTicketRoutes(t *testing.T) {
	s := ticketServer(t)
	b := ask(t, s, "POST", "/tickets", `{"TicketTitle":"Printer","Description":"Offline","EndUserID":7,"TechnicianEmail":"priya.raman@wyre-msp.com","TicketStatus":"Closed"}`, 201)
	if string(b) != `{"ActionID":"1"}` {
		t.Fatalf("create answered %s", b)
	}
	tk := decode[map[string]any](t, ask(t, s, "GET", "/tickets/1", "", 200))
	for _, p := range ticketDtoProperties {
		if _, ok := tk[p]; !ok {
			t.Fatalf("ticket lacks %s", p)
		}
	}
	if len(tk) != len(ticketDtoProperties) || tk["TechnicianContactID"] != 3.0 || tk["CustomerName"] != "Acme" || tk["TicketResolvedDate"] == nil {
		t.Fatalf("ticket %v", tk)
	}
	ask(t, s, "POST", "/tickets", `{"TicketTitle":"New","Description":"d","EndUserFirstName":"Bo","EndUserLastName":"Ng","EndUserEmail":"BO@acme.com"}`, 201)
	ask(t, s, "POST", "/tickets", `{"TicketTitle":"Again","Description":"d","EndUserFirstName":"Bo","EndUserLastName":"Ng","EndUserEmail":"bo@acme.com"}`, 201)
	if Count(s, "contacts") != 2 {
		t.Fatalf("%d contacts, want the new one created once", Count(s, "contacts"))
	}
	if tk := decode[map[string]any](t, ask(t, s, "GET", "/tickets/3", "", 200)); tk["EndUserID"] != 8.0 || tk["CustomerID"] != 1.0 {
		t.Fatalf("ticket of new contact %v", tk)
	}
	b = ask(t, s, "POST", "/tickets/1", `{"TicketStatus":"Open","TechnicianContactID":1,"TicketTitle":"Printer 2"}`, 200)
	if string(b) != `{"ActionID":"1"}` {
		t.Fatalf("update answered %s", b)
	}
	if tk := decode[map[string]any](t, ask(t, s, "GET", "/tickets/1", "", 200)); tk["TechnicianFullName"] != "Dana Whitfield" || tk["TicketTitle"] != "Printer 2" {
		t.Fatalf("updated %v", tk)
	}
	if ids := ticketIDsOf(t, ask(t, s, "GET", "/tickets?customerId=1&ticketStatus=open", "", 200)); len(ids) != 3 {
		t.Fatalf("open tickets %v", ids)
	}
	for _, bad := range []struct{ method, path, body, field string }{
		{"POST", "/tickets", `{"Description":"d","EndUserID":7}`, "TicketTitle"},
		{"POST", "/tickets", `{"TicketTitle":"t","Description":"d","EndUserID":70}`, "EndUserID"},
		{"POST", "/tickets", `{"TicketTitle":"t","Description":"d","EndUserFirstName":"A"}`, "EndUserEmail"},
		{"POST", "/tickets", `{"TicketTitle":"t","Description":"d","EndUserID":7,"TicketType":5}`, "TicketType"},
		{"PUT", "/tickets/1", `[1]`, "request"},
		{"PUT", "/tickets/x", `{}`, "ticketId"},
		{"GET", "/tickets?customerId=x", ``, "customerId"},
		{"GET", "/tickets/1?includeRelations=maybe", ``, "includeRelations"},
		{"GET", "/tickets/lastmodified?date=yesterday", ``, "date"},
		{"GET", "/tickets/noComments?customerId=x", ``, "customerId"},
		{"GET", "/tickets/statusmodified?includeComments=2", ``, "includeComments"},
		{"DELETE", "/tickets/x", ``, "ticketId"},
	} {
		b := ask(t, s, bad.method, bad.path, bad.body, 400)
		if pd := decode[problemBody](t, b); len(pd.Errors[bad.field]) != 1 {
			t.Fatalf("%s %s: %s", bad.method, bad.path, b)
		}
	}
	ask(t, s, "PUT", "/tickets/9", `{}`, 404)
	ask(t, s, "GET", "/tickets/9/attachments", ``, 404)
	ask(t, s, "DELETE", "/tickets/9", ``, 404)
}

func TestTicketDeleteCascades(t *testing.T) {
	s := ticketServer(t)
	for range 2 {
		ask(t, s, "POST", "/tickets", `{"TicketTitle":"t","Description":"d","EndUserID":7}`, 201)
	}
	ask(t, s, "POST", "/tickets/1/comments", `{"CommentText":"hi","EnduserCommentDetails":{"EnduserId":7}}`, 201)
	ask(t, s, "POST", "/tickets/1/workhours", `{"StartWorkHour":"2000-01-01T10:00:00Z","EndWorkHour":"2000-01-01T11:00:00Z"}`, 201)
	ask(t, s, "POST", "/tickets/2/relations", `{"RelatedTicketId":1,"RelationType":"Child"}`, 201)
	if _, err := Add(s, "ticket-attachments", map[string]any{"TicketID": 1, "Urls": []string{"u"}}); err != nil {
		t.Fatal(err)
	}
	ask(t, s, "DELETE", "/tickets/1", "", 204)
	for _, col := range []string{colComments, colWorkHours, colRelations, colAttachments} {
		if n := Count(s, col); n != 0 {
			t.Fatalf("%s kept %d items", col, n)
		}
	}
	if Count(s, colChanges) != 1 {
		t.Fatal("changes of ticket 1 kept")
	}
}

func TestTicketCommentRoutes(t *testing.T) {
	s := ticketServer(t)
	ask(t, s, "POST", "/tickets", `{"TicketTitle":"t","Description":"d","EndUserID":7}`, 201)
	ask(t, s, "POST", "/tickets/1/comments", `{"CommentText":"a <b>","CommentTimestampUTC":"2001-02-03T04:05:06","EnduserCommentDetails":{"EnduserId":7}}`, 201)
	ask(t, s, "POST", "/tickets/1/comments", `{"CommentText":"note","TechnicianCommentDetails":{"TechnicianId":2,"IsInternal":true}}`, 201)
	p := decode[pageEnvelope[map[string]any]](t, ask(t, s, "GET", "/tickets/1/comments", "", 200))
	if p.TotalItemCount != 2 || p.Items[0]["CommentHtml"] != "<p>a &lt;b&gt;</p>" || p.Items[0]["Date"] != "2001-02-03T04:05:06.0000000Z" || len(p.Items[0]) != len(ticketCommentFields) {
		t.Fatalf("comments %+v", p.Items)
	}
	if tk := decode[map[string]any](t, ask(t, s, "GET", "/tickets/1", "", 200)); tk["LastTechnicianComment"] != nil || tk["LastEndUserComment"] != "a <b>" {
		t.Fatalf("an internal note must not be the last technician comment: %v", tk)
	}
	for _, bad := range []struct{ body, field string }{
		{`{"CommentText":"x"}`, "TechnicianCommentDetails"},
		{`{"CommentText":"x","EnduserCommentDetails":{"EnduserId":7},"TechnicianCommentDetails":{"TechnicianId":1}}`, "TechnicianCommentDetails"},
		{`{"CommentText":"x","EnduserCommentDetails":{"EnduserId":0}}`, "EnduserCommentDetails.EnduserId"},
		{`{"CommentText":"x","CommentTimestampUTC":"soon","EnduserCommentDetails":{"EnduserId":7}}`, "CommentTimestampUTC"},
		{`{"EnduserCommentDetails":{"EnduserId":7}}`, "CommentText"},
	} {
		if pd := decode[problemBody](t, ask(t, s, "POST", "/tickets/1/comments", bad.body, 400)); len(pd.Errors[bad.field]) != 1 {
			t.Fatalf("%s: %v", bad.body, pd.Errors)
		}
	}
	ask(t, s, "GET", "/tickets/5/comments", "", 404)
	ask(t, s, "POST", "/tickets/5/comments", `{}`, 404)
}

func TestTicketWorkHourRoutes(t *testing.T) {
	s := ticketServer(t)
	ask(t, s, "POST", "/tickets", `{"TicketTitle":"t","Description":"d","EndUserID":7}`, 201)
	ask(t, s, "POST", "/tickets/1/workhours", `{"StartWorkHour":"2000-01-03T07:00:00Z","EndWorkHour":"2000-01-03T09:00:00Z","Billiable":true,"RateID":3,"TechnicianContactID":1}`, 201)
	w := decode[pageEnvelope[map[string]any]](t, ask(t, s, "GET", "/tickets/1/workhoursrecords", "", 200)).Items[0]
	if len(w) != len(ticketWorkHoursFields) || w["RateAmount"] != 165.0 || w["TechnicianFullName"] != "Dana Whitfield" {
		t.Fatalf("record %v", w)
	}
	d := decode[durationsDTO](t, ask(t, s, "GET", "/tickets/1/billableduration", "", 200))
	if d != (durationsDTO{OffSLADurationHours: 2, OffSiteDurationHours: 2, TotalDurationHours: 2, TicketID: 1}) { // it starts before 08:00
		t.Fatalf("durations %+v", d)
	}
	type summary struct {
		TicketID              int64
		Billable, NonBillable durationsDTO
	}
	if sum := decode[summary](t, ask(t, s, "GET", "/tickets/1/workhours", "", 200)); sum != (summary{1, d, durationsDTO{TicketID: 1}}) {
		t.Fatalf("summary %+v", sum)
	}
	if got := decode[[]durationsDTO](t, ask(t, s, "POST", "/tickets/billableduration", `[1, 5]`, 200)); len(got) != 2 || got[0] != d || got[1].TicketID != 5 {
		t.Fatalf("bulk %+v", got)
	}
	if got := string(ask(t, s, "POST", "/tickets/billableworkhourssiteduration", `[1]`, 200)); got != `{"TicketsWorkHoursSiteDurationSummaries":[{"OffSiteDurationSeconds":7200,"OnSiteDurationSeconds":0,"TicketID":1,"TotalDurationSeconds":7200}]}` {
		t.Fatalf("site durations %s", got)
	}
	if _, err := Add(s, "ticket-attachments", map[string]any{"TicketID": 1, "Urls": []string{"https://x/a.png"}}); err != nil {
		t.Fatal(err)
	}
	if got := string(ask(t, s, "GET", "/tickets/1/attachments", "", 200)); got != `["https://x/a.png"]` {
		t.Fatalf("attachments %s", got)
	}
	for _, bad := range []struct{ body, field string }{
		{`{"StartWorkHour":"x","EndWorkHour":"2000-01-03T09:00:00Z"}`, "StartWorkHour"},
		{`{"StartWorkHour":"2000-01-03T09:00:00Z","EndWorkHour":7}`, "EndWorkHour"},
		{`{"StartWorkHour":"2000-01-03T09:00:00Z","EndWorkHour":"2000-01-03T08:00:00Z"}`, "EndWorkHour"},
		{`{"StartWorkHour":"2000-01-03T09:00:00Z"}`, "EndWorkHour"},
	} {
		if pd := decode[problemBody](t, ask(t, s, "POST", "/tickets/1/workhours", bad.body, 400)); len(pd.Errors[bad.field]) != 1 {
			t.Fatalf("%s: %v", bad.body, pd.Errors)
		}
	}
	ask(t, s, "GET", "/tickets/4/workhoursrecords", "", 404)
	ask(t, s, "GET", "/tickets/4/workhours", "", 404)
	ask(t, s, "GET", "/tickets/4/nonbillableduration", "", 404)
	for _, q := range []string{"startWorkhour=2000-01-03T09:00:00Z", "endWorkhour=03/01/2000", "includeRates=yes"} {
		ask(t, s, "GET", "/workhours?"+q, "", 400)
	}
	if n := decode[pageEnvelope[map[string]any]](t, ask(t, s, "GET", "/workhours?startWorkhour=2000-01-03&endWorkhour=2000-01-03T09:00:00", "", 200)).TotalItemCount; n != 1 {
		t.Fatalf("%d records in range", n)
	}
}

func TestBulkDurationRoutes(t *testing.T) {
	s := ticketServer(t)
	ids := make([]int, 51)
	b, _ := json.Marshal(ids)
	for _, route := range []string{"/tickets/billableduration", "/tickets/billableworkhourssiteduration"} {
		for _, body := range []string{`{"ids":[1]}`, ``, `null`, string(b)} {
			if pd := decode[problemBody](t, ask(t, s, "POST", route, body, 400)); len(pd.Errors["ticketIds"]) != 1 {
				t.Fatalf("%s %q: %v", route, body, pd.Errors)
			}
		}
	}
	if got := string(ask(t, s, "POST", "/tickets/billableworkhourssiteduration", `[]`, 200)); got != `{"TicketsWorkHoursSiteDurationSummaries":[]}` {
		t.Fatalf("empty site durations %s", got)
	}
}

func TestTicketRelationRoutes(t *testing.T) {
	s := ticketServer(t)
	for range 3 {
		ask(t, s, "POST", "/tickets", `{"TicketTitle":"t","Description":"d","EndUserID":7}`, 201)
	}
	ask(t, s, "POST", "/tickets/1/relations", `{"RelatedTicketId":2,"RelationType":"Child"}`, 201)
	ask(t, s, "POST", "/tickets/1/relations", `{"RelatedTicketId":3,"RelationType":"Child"}`, 201)
	if tk := decode[map[string]any](t, ask(t, s, "GET", "/tickets/1?includeRelations=true", "", 200)); tk["RelationType"] != "Child" || tk["RelatedTicketId"] != 2.0 {
		t.Fatalf("parent shows %v %v", tk["RelationType"], tk["RelatedTicketId"])
	}
	for _, bad := range []struct{ path, body, field string }{
		{"/tickets/1/relations", `{"RelatedTicketId":1,"RelationType":"Child"}`, "RelatedTicketId"},
		{"/tickets/1/relations", `{"RelatedTicketId":2,"RelationType":"None"}`, "RelationType"},
		{"/tickets/3/relations", `{"RelatedTicketId":2,"RelationType":"Parent"}`, "RelatedTicketId"},
		{"/tickets/1/relations", `{"RelationType":"Parent"}`, "RelatedTicketId"},
	} {
		if pd := decode[problemBody](t, ask(t, s, "POST", bad.path, bad.body, 400)); len(pd.Errors[bad.field]) != 1 {
			t.Fatalf("%s: %v", bad.body, pd.Errors)
		}
	}
	ask(t, s, "DELETE", "/tickets/1/relations/None", "", 400)
	ask(t, s, "DELETE", "/tickets/1/relations/Parent", "", 400)
	ask(t, s, "DELETE", "/tickets/1/relations/Child", "", 204)
	if Count(s, colRelations) != 0 {
		t.Fatalf("%d relations left", Count(s, colRelations))
	}
	ask(t, s, "POST", "/tickets/7/relations", `{}`, 404)
	ask(t, s, "DELETE", "/tickets/7/relations/Child", "", 404)
}

func TestTicketModificationLists(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := ticketServer(t)
		if _, err := Add(s, "tickets", map[string]any{"TicketID": 9, "TicketStatus": "Closed", "TicketCreatedDate": "1999-12-01T00:00:00Z",
			"TicketResolvedDate": "1999-12-02T00:00:00Z"}); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Hour)
		ask(t, s, "POST", "/tickets", `{"TicketTitle":"t","Description":"d","EndUserID":7}`, 201)
		time.Sleep(time.Hour)
		ask(t, s, "PUT", "/tickets/10", `{"TicketStatus":"Resolved"}`, 200)
		if ids := ticketIDsOf(t, ask(t, s, "GET", "/tickets/statusmodified", "", 200)); len(ids) != 2 || ids[0] != 10 || ids[1] != 9 {
			t.Fatalf("statusmodified %v", ids)
		}
		if ids := ticketIDsOf(t, ask(t, s, "GET", "/tickets/lastmodified", "", 200)); len(ids) != 1 || ids[0] != 10 {
			t.Fatalf("lastmodified today %v", ids)
		}
		if ids := ticketIDsOf(t, ask(t, s, "GET", "/tickets/lastmodified?date=1999-11-30", "", 200)); len(ids) != 2 || ids[0] != 10 {
			t.Fatalf("lastmodified since November %v", ids)
		}
		if ids := ticketIDsOf(t, ask(t, s, "GET", "/tickets/noComments?ticketStatus=Resolved", "", 200)); len(ids) != 1 || ids[0] != 10 {
			t.Fatalf("noComments %v", ids)
		}
	})
}

func TestDemoTickets(t *testing.T) {
	s := NewServer(t, InMemory())
	tickets, _ := Items[map[string]any](s, colTickets)
	if len(tickets) != demoTicketCount {
		t.Fatalf("%d demo tickets", len(tickets))
	}
	statuses, customers, users := map[string]int{}, map[float64]bool{}, map[float64]bool{}
	for _, tk := range tickets {
		if len(tk) != len(ticketDtoProperties) || tk["TicketTitle"] == "" || tk["CustomerName"] == "" || tk["EndUserEmail"] == "" {
			t.Fatalf("ticket %v", tk)
		}
		statuses[tk["TicketStatus"].(string)]++
		customers[tk["CustomerID"].(float64)] = true
		if id, ok := tk["EndUserID"].(float64); ok {
			users[id] = true
		}
		created, _ := time.Parse(time.RFC3339Nano, tk["TicketCreatedDate"].(string))
		if created.After(s.start) || (isResolved(tk["TicketStatus"].(string)) != (tk["TicketResolvedDate"] != nil)) {
			t.Fatalf("ticket dates %v", tk)
		}
	}
	if len(customers) != 6 || len(users) < 20 || len(statuses) != 5 {
		t.Fatalf("%d customers, %d end users, statuses %v", len(customers), len(users), statuses)
	}
	b := ask(t, s, "GET", "/tickets/1/comments?itemsInPage=50", "", 200)
	if p := decode[pageEnvelope[map[string]any]](t, b); p.TotalItemCount <= 50 || p.TotalPages != 2 {
		t.Fatalf("busy ticket has %d comments", p.TotalItemCount)
	}
	if n := decode[pageEnvelope[map[string]any]](t, ask(t, s, "GET", "/tickets/noComments", "", 200)).TotalItemCount; n == 0 || n > 100 {
		t.Fatalf("%d tickets without comments", n)
	}
	if Count(s, colWorkHours) < 50 || Count(s, colAttachments) == 0 || Count(s, colRelations) != 16 {
		t.Fatalf("%d work hours, %d attachments, %d relations", Count(s, colWorkHours), Count(s, colAttachments), Count(s, colRelations))
	}
	if tk := decode[map[string]any](t, ask(t, s, "GET", "/tickets/6?includeRelations=true", "", 200)); tk["RelationType"] != "Parent" || tk["RelatedTicketId"] != 5.0 {
		t.Fatalf("ticket 6 relation %v %v", tk["RelationType"], tk["RelatedTicketId"])
	}
	if !strings.HasPrefix(tickets[0]["TicketCreatedDate"].(string), "20") {
		t.Fatal("bad created date")
	}
}
