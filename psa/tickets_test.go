package psa_test

import (
	"net/http"
	"strconv"
	"testing"
	"testing/synctest"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/psa"
	"github.com/wyre-technology/go-atera/testkit"
)

// TestTicketLifecycle creates, reads, updates and deletes a ticket, checking the wire and the
// stored state at each step.
func TestTicketLifecycle(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		srv, p := ticketTenant(t)
		t0 := time.Now()
		id, err := p.Tickets.Create(t.Context(), &psa.TicketCreate{TicketTitle: "Printer offline", Description: "The HP on floor 2 is offline.",
			TicketPriority: psa.TicketPriorityHigh, EndUserID: 7, TechnicianContactID: 2})
		if err != nil || id != 1 {
			t.Fatalf("Create = %d, %v", id, err)
		}
		r, body := lastRequest(t, srv)
		wantBody := map[string]any{"TicketTitle": "Printer offline", "Description": "The HP on floor 2 is offline.", "TicketPriority": "High",
			"EndUserID": 7.0, "TechnicianContactID": 2.0}
		if diff := cmp.Diff(wantBody, body); r.Method != http.MethodPost || r.Path != "/api/v3/tickets" || diff != "" {
			t.Fatalf("%s %s body (-want +got):\n%s", r.Method, r.Path, diff)
		}
		got, err := p.Tickets.Get(t.Context(), id, nil)
		if err != nil {
			t.Fatal(err)
		}
		want := &psa.Ticket{TicketID: 1, TicketTitle: "Printer offline", TicketNumber: "1", TicketPriority: psa.TicketPriorityHigh,
			TicketImpact: psa.TicketImpactNoImpact, TicketStatus: psa.TicketStatusOpen, TicketSource: "API", TicketType: psa.TicketTypeIncident,
			EndUserID: 7, EndUserEmail: "ann@acme.com", EndUserFirstName: "Ann", EndUserLastName: "Lee", EndUserPhone: "+1 555 0100",
			TicketCreatedDate: core.Time{Time: t0}, FirstResponseDueDate: core.Time{Time: t0.Add(4 * time.Hour)},
			ClosedTicketDueDate: core.Time{Time: t0.Add(20 * time.Hour)}, FirstComment: "The HP on floor 2 is offline.",
			CustomerID: 1, CustomerName: "Acme", CustomerBusinessNumber: "81-1", TechnicianContactID: 2,
			TechnicianFullName: "Marco Alvarez", TechnicianEmail: "marco.alvarez@wyre-msp.com", RelationType: psa.RelationNone}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("Get (-want +got):\n%s", diff)
		}
		if q := srv.Requests()[1].Query; q.Has("includeRelations") {
			t.Errorf("Get(false) sent includeRelations: %v", q)
		}

		time.Sleep(time.Hour)
		if err := p.Tickets.Update(t.Context(), id, &psa.TicketUpdate{TicketStatus: ptr(psa.TicketStatusResolved)}); err != nil {
			t.Fatal(err)
		}
		r, body = lastRequest(t, srv)
		if diff := cmp.Diff(map[string]any{"TicketStatus": "Resolved"}, body); r.Method != http.MethodPut || r.Path != "/api/v3/tickets/1" || diff != "" {
			t.Fatalf("%s %s body (-want +got):\n%s", r.Method, r.Path, diff)
		}
		stored, _, _ := testkit.Item[psa.Ticket](srv, "tickets", id)
		if stored.TicketStatus != psa.TicketStatusResolved || !stored.TicketResolvedDate.Equal(t0.Add(time.Hour)) || stored.TicketTitle != "Printer offline" {
			t.Fatalf("stored after update: %+v", stored)
		}

		if err := p.Tickets.Delete(t.Context(), id); err != nil {
			t.Fatal(err)
		}
		if testkit.Count(srv, "tickets") != 0 {
			t.Fatal("Delete left the ticket")
		}
		_, err = p.Tickets.Get(t.Context(), id, nil)
		wantNotFound(t, err)
		wantNotFound(t, p.Tickets.Update(t.Context(), id, &psa.TicketUpdate{TicketTitle: ptr("x")}))
		wantNotFound(t, p.Tickets.Delete(t.Context(), id))
	})
}

// TestTicketCreateNewEndUser checks that a ticket for an unknown e-mail creates the contact.
func TestTicketCreateNewEndUser(t *testing.T) {
	srv, p := ticketTenant(t)
	id, err := p.Tickets.Create(t.Context(), &psa.TicketCreate{TicketTitle: "Laptop", Description: "New starter", EndUserFirstName: "Bo",
		EndUserLastName: "Ng", EndUserEmail: "bo@acme.com", TicketType: psa.TicketTypeRequest, TicketImpact: psa.TicketImpactMinor})
	if err != nil {
		t.Fatal(err)
	}
	got, err := p.Tickets.Get(t.Context(), id, &psa.TicketGetOptions{IncludeRelations: true})
	if err != nil {
		t.Fatal(err)
	}
	if got.EndUserID != 8 || got.CustomerID != 1 || got.EndUserFirstName != "Bo" || got.TicketType != psa.TicketTypeRequest || got.TicketImpact != psa.TicketImpactMinor {
		t.Fatalf("ticket %+v", got)
	}
	if testkit.Count(srv, "contacts") != 2 {
		t.Fatal("no contact was created")
	}
	if q := srv.Requests()[1].Query.Get("includeRelations"); q != "true" {
		t.Errorf("includeRelations = %q", q)
	}
}

// TestTicketCreateRefused checks that incomplete tickets are refused before sending.
func TestTicketCreateRefused(t *testing.T) {
	for name, tc := range map[string]*psa.TicketCreate{
		"nil":            nil,
		"no title":       {Description: "d", EndUserID: 7},
		"no description": {TicketTitle: "t", EndUserID: 7},
		"no end user":    {TicketTitle: "t", Description: "d"},
		"partial user":   {TicketTitle: "t", Description: "d", EndUserFirstName: "A", EndUserEmail: "a@b.c"},
		"negative user":  {TicketTitle: "t", Description: "d", EndUserID: -1},
	} {
		t.Run(name, func(t *testing.T) {
			srv, p := newPSA(t, testkit.WithoutDemoData())
			_, err := p.Tickets.Create(t.Context(), tc)
			wantRefused(t, srv, err)
		})
	}
}

// TestTicketValidationErrors checks that Atera's 400 answers come back as ValidationError.
func TestTicketValidationErrors(t *testing.T) {
	_, p := ticketTenant(t)
	_, err := p.Tickets.Create(t.Context(), &psa.TicketCreate{TicketTitle: "t", Description: "d", EndUserID: 99})
	wantValidation(t, err, "EndUserID")
	_, err = p.Tickets.Create(t.Context(), &psa.TicketCreate{TicketTitle: "t", Description: "d", EndUserID: 7, TicketPriority: "Urgent"})
	wantValidation(t, err, "TicketPriority")
	id := openTicket(t, p, "ok")
	wantValidation(t, p.Tickets.Update(t.Context(), id, &psa.TicketUpdate{TicketImpact: ptr(psa.TicketImpact("Huge"))}), "TicketImpact")
}

// TestTicketListFilters checks the filters on the wire and the tickets they keep.
func TestTicketListFilters(t *testing.T) {
	srv, p := ticketTenant(t)
	seed(t, srv, "tickets",
		map[string]any{"TicketID": 1, "CustomerID": 1, "TicketStatus": "Open"},
		map[string]any{"TicketID": 2, "CustomerID": 2, "TicketStatus": "Open"},
		map[string]any{"TicketID": 3, "CustomerID": 1, "TicketStatus": "Waiting for Customer"},
		map[string]any{"TicketID": 4, "CustomerID": 1, "TicketStatus": "Open"})
	page, err := p.Tickets.List(t.Context(), &psa.TicketListOptions{CustomerID: 1, TicketStatus: psa.TicketStatusOpen, IncludeRelations: true,
		ListOptions: core.ListOptions{Page: 1, ItemsInPage: 1}})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]int64{1}, ticketIDs(page.Items)); diff != "" || page.TotalItemCount != 2 || page.TotalPages != 2 {
		t.Fatalf("page %+v (-want +got ids):\n%s", page, diff)
	}
	r, _ := lastRequest(t, srv)
	wantQuery := "customerId=1&includeRelations=true&itemsInPage=1&page=1&ticketStatus=Open"
	if r.Route != "/tickets" || r.Query.Encode() != wantQuery {
		t.Fatalf("%s?%s, want /tickets?%s", r.Route, r.Query.Encode(), wantQuery)
	}
	all, err := p.Tickets.ListAll(t.Context(), &psa.TicketListOptions{TicketStatus: "Waiting for Customer"}).Collect()
	if err != nil || len(all) != 1 || all[0].TicketID != 3 {
		t.Fatalf("custom status: %v, %v", ticketIDs(all), err)
	}
}

// TestTicketListAllDemoTenant reads the demo tenant's tickets, more than three pages of 50.
func TestTicketListAllDemoTenant(t *testing.T) {
	srv, p := newPSA(t)
	all, err := p.Tickets.ListAll(t.Context(), nil).Collect()
	if err != nil {
		t.Fatal(err)
	}
	want := testkit.Count(srv, "tickets")
	if want < 151 || len(all) != want {
		t.Fatalf("ListAll read %d of %d tickets", len(all), want)
	}
	reqs := srv.Requests()
	if len(reqs) != (want+49)/50 {
		t.Fatalf("%d requests for %d tickets", len(reqs), want)
	}
	for i, r := range reqs {
		if page := r.Query.Get("page"); (page != strconv.Itoa(i+1) && (i > 0 || page != "")) || r.Query.Get("itemsInPage") != "50" {
			t.Errorf("request %d: %s", i, r.Query.Encode())
		}
	}
	customers := map[int64]bool{}
	for i, tk := range all {
		if tk.TicketID != int64(i+1) || tk.TicketTitle == "" || tk.CustomerName == "" || tk.TicketCreatedDate.IsZero() || tk.EndUserEmail == "" {
			t.Fatalf("ticket %d: %+v", i, tk)
		}
		customers[tk.CustomerID] = true
	}
	if len(customers) < 4 {
		t.Fatalf("tickets span %d customers", len(customers))
	}
}

// TestStatusAndLastModified checks that both lists follow the real modification times, and
// that the last-modified date goes out in UTC whatever its zone.
func TestStatusAndLastModified(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		srv, p := ticketTenant(t)
		t0 := time.Now()
		for _, title := range []string{"one", "two", "three"} {
			openTicket(t, p, title)
			time.Sleep(time.Hour)
		}
		for _, u := range []struct {
			id     int64
			status psa.TicketStatus
		}{{1, psa.TicketStatusResolved}, {2, psa.TicketStatusClosed}} {
			if err := p.Tickets.Update(t.Context(), u.id, &psa.TicketUpdate{TicketStatus: &u.status}); err != nil {
				t.Fatal(err)
			}
			time.Sleep(time.Hour)
		}
		status, err := p.Tickets.ListAllStatusModified(t.Context(), nil).Collect()
		if diff := cmp.Diff([]int64{2, 1}, ticketIDs(status)); err != nil || diff != "" {
			t.Fatalf("ListAllStatusModified: %v (-want +got):\n%s", err, diff)
		}
		if status[0].FirstComment == "" {
			t.Error("statusmodified drops comments by default")
		}
		page, err := p.Tickets.ListStatusModified(t.Context(), &psa.TicketStatusModifiedOptions{IncludeComments: ptr(false), IncludeRelations: true})
		if err != nil || len(page.Items) != 2 || page.Items[0].FirstComment != "" {
			t.Fatalf("ListStatusModified: %+v, %v", page, err)
		}
		if r, _ := lastRequest(t, srv); r.Query.Encode() != "includeComments=false&includeRelations=true" {
			t.Errorf("query %s", r.Query.Encode())
		}

		since := t0.Add(150 * time.Minute).In(time.FixedZone("UTC+5", 5*3600))
		modified, err := p.Tickets.ListAllLastModified(t.Context(), since, nil).Collect()
		if diff := cmp.Diff([]int64{2, 1}, ticketIDs(modified)); err != nil || diff != "" {
			t.Fatalf("ListAllLastModified: %v (-want +got):\n%s", err, diff)
		}
		r, _ := lastRequest(t, srv)
		if got := r.Query.Get("date"); got != "2000-01-01T02:30:00Z" {
			t.Errorf("date sent as %q, want UTC", got)
		}
		if modified[0].FirstComment != "" {
			t.Error("lastmodified includes comments by default")
		}
		page, err = p.Tickets.ListLastModified(t.Context(), t0, &psa.TicketLastModifiedOptions{IncludeComments: true})
		if err != nil || page.TotalItemCount != 3 || page.Items[0].FirstComment == "" {
			t.Fatalf("ListLastModified: %+v, %v", page, err)
		}
		page, err = p.Tickets.ListLastModified(t.Context(), time.Time{}, nil)
		if r, _ := lastRequest(t, srv); err != nil || r.Query.Has("date") || page.TotalItemCount != 3 {
			t.Fatalf("zero time: %v, query %s, %d tickets", err, r.Query.Encode(), page.TotalItemCount)
		}
	})
}

// TestTicketsWithoutComments checks that a comment takes a ticket off the list.
func TestTicketsWithoutComments(t *testing.T) {
	srv, p := ticketTenant(t)
	a, b := openTicket(t, p, "a"), openTicket(t, p, "b")
	if err := p.Tickets.CreateComment(t.Context(), a, psa.EndUserComment(7, "any news?")); err != nil {
		t.Fatal(err)
	}
	all, err := p.Tickets.ListAllWithoutComments(t.Context(), nil).Collect()
	if diff := cmp.Diff([]int64{b}, ticketIDs(all)); err != nil || diff != "" {
		t.Fatalf("ListAllWithoutComments: %v (-want +got):\n%s", err, diff)
	}
	page, err := p.Tickets.ListWithoutComments(t.Context(), &psa.TicketListOptions{CustomerID: 2})
	if err != nil || len(page.Items) != 0 {
		t.Fatalf("ListWithoutComments(customer 2): %+v, %v", page, err)
	}
	if r, _ := lastRequest(t, srv); r.Route != "/tickets/noComments" || r.Query.Get("customerId") != "2" {
		t.Errorf("%s?%s", r.Route, r.Query.Encode())
	}
}

// TestTicketAttachments checks the attachment URLs of a ticket.
func TestTicketAttachments(t *testing.T) {
	srv, p := ticketTenant(t)
	seedTickets(t, srv, 2)
	urls := []string{"https://app.atera.com/attachments/1/screenshot.png", "https://app.atera.com/attachments/2/log.txt"}
	seed(t, srv, "ticket-attachments", map[string]any{"TicketID": 1, "Urls": urls})
	got, err := p.Tickets.ListAttachments(t.Context(), 1)
	if diff := cmp.Diff(urls, got); err != nil || diff != "" {
		t.Fatalf("ListAttachments: %v (-want +got):\n%s", err, diff)
	}
	if got, err := p.Tickets.ListAttachments(t.Context(), 2); err != nil || len(got) != 0 {
		t.Fatalf("no attachments: %v, %v", got, err)
	}
	_, err = p.Tickets.ListAttachments(t.Context(), 3)
	wantNotFound(t, err)
}

// TestTicketRelations links, reads and unlinks a parent and a child.
func TestTicketRelations(t *testing.T) {
	srv, p := ticketTenant(t)
	seedTickets(t, srv, 3)
	if err := p.Tickets.AddRelation(t.Context(), 2, &psa.TicketRelation{RelatedTicketId: 1, RelationType: psa.RelationParent}); err != nil {
		t.Fatal(err)
	}
	r, body := lastRequest(t, srv)
	if diff := cmp.Diff(map[string]any{"RelatedTicketId": 1.0, "RelationType": "Parent"}, body); r.Path != "/api/v3/tickets/2/relations" || diff != "" {
		t.Fatalf("%s (-want +got):\n%s", r.Path, diff)
	}
	for _, tc := range []struct {
		id, related int64
		kind        psa.RelationType
	}{{2, 1, psa.RelationParent}, {1, 2, psa.RelationChild}} {
		got, err := p.Tickets.Get(t.Context(), tc.id, &psa.TicketGetOptions{IncludeRelations: true})
		if err != nil || got.RelationType != tc.kind || got.RelatedTicketId != tc.related {
			t.Fatalf("ticket %d: %s %d, %v", tc.id, got.RelationType, got.RelatedTicketId, err)
		}
	}
	if got, _ := p.Tickets.Get(t.Context(), 2, nil); got.RelationType != psa.RelationNone || got.RelatedTicketId != 0 {
		t.Fatalf("without includeRelations: %s %d", got.RelationType, got.RelatedTicketId)
	}
	wantValidation(t, p.Tickets.AddRelation(t.Context(), 2, &psa.TicketRelation{RelatedTicketId: 3, RelationType: psa.RelationParent}), "RelatedTicketId")
	wantValidation(t, p.Tickets.AddRelation(t.Context(), 3, &psa.TicketRelation{RelatedTicketId: 9, RelationType: psa.RelationChild}), "RelatedTicketId")

	if err := p.Tickets.RemoveRelation(t.Context(), 2, psa.RelationParent); err != nil {
		t.Fatal(err)
	}
	if r, _ := lastRequest(t, srv); r.Method != http.MethodDelete || r.Path != "/api/v3/tickets/2/relations/Parent" {
		t.Fatalf("%s %s", r.Method, r.Path)
	}
	if got, _ := p.Tickets.Get(t.Context(), 1, &psa.TicketGetOptions{IncludeRelations: true}); got.RelationType != psa.RelationNone {
		t.Fatalf("parent still shows %s", got.RelationType)
	}
	wantValidation(t, p.Tickets.RemoveRelation(t.Context(), 2, psa.RelationParent), "relationType")
	wantNotFound(t, p.Tickets.RemoveRelation(t.Context(), 9, psa.RelationChild))
}

// TestTicketRelationsRefused checks relations refused before sending.
func TestTicketRelationsRefused(t *testing.T) {
	for name, call := range map[string]func(*psa.TicketsService) error{
		"no related ticket": func(s *psa.TicketsService) error {
			return s.AddRelation(t.Context(), 1, &psa.TicketRelation{RelationType: psa.RelationChild})
		},
		"itself": func(s *psa.TicketsService) error {
			return s.AddRelation(t.Context(), 1, &psa.TicketRelation{RelatedTicketId: 1, RelationType: psa.RelationChild})
		},
		"type None": func(s *psa.TicketsService) error {
			return s.AddRelation(t.Context(), 1, &psa.TicketRelation{RelatedTicketId: 2, RelationType: psa.RelationNone})
		},
		"remove empty type": func(s *psa.TicketsService) error { return s.RemoveRelation(t.Context(), 1, "") },
		"nil relation":      func(s *psa.TicketsService) error { return s.AddRelation(t.Context(), 1, nil) },
		"nil update":        func(s *psa.TicketsService) error { return s.Update(t.Context(), 1, nil) },
	} {
		t.Run(name, func(t *testing.T) {
			srv, p := newPSA(t, testkit.WithoutDemoData())
			wantRefused(t, srv, call(p.Tickets))
		})
	}
}
