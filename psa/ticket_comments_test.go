package psa_test

import (
	"testing"
	"testing/synctest"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/psa"
	"github.com/wyre-technology/go-atera/testkit"
)

// TestTicketComments writes a technician reply, an internal note and an end-user message,
// checks each body on the wire, and reads them back with the ticket's summary fields.
func TestTicketComments(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		srv, p := ticketTenant(t)
		id := openTicket(t, p, "VPN drops")
		t0 := time.Now()
		userAt := t0.Add(-time.Hour).In(time.FixedZone("EST", -5*3600))
		userMsg := psa.EndUserComment(7, "It dropped again.")
		userMsg.CommentTimestampUTC = core.Time{Time: userAt}
		note := psa.TechnicianComment(3, "Checked the firewall logs.", true)
		email := &psa.TicketCommentCreate{CommentText: "Fixed, please confirm.",
			TechnicianCommentDetails: &psa.TechnicianCommentDetails{TechnicianEmail: "dana.whitfield@wyre-msp.com"}}
		comments := []struct {
			in   *psa.TicketCommentCreate
			body map[string]any
		}{
			{psa.TechnicianComment(2, "Looking into it.", false), map[string]any{"CommentText": "Looking into it.",
				"TechnicianCommentDetails": map[string]any{"TechnicianId": 2.0, "IsInternal": false}}},
			{userMsg, map[string]any{"CommentText": "It dropped again.", "CommentTimestampUTC": "1999-12-31T23:00:00Z",
				"EnduserCommentDetails": map[string]any{"EnduserId": 7.0}}},
			{note, map[string]any{"CommentText": "Checked the firewall logs.",
				"TechnicianCommentDetails": map[string]any{"TechnicianId": 3.0, "IsInternal": true}}},
			{email, map[string]any{"CommentText": "Fixed, please confirm.",
				"TechnicianCommentDetails": map[string]any{"TechnicianEmail": "dana.whitfield@wyre-msp.com", "IsInternal": false}}},
		}
		for _, c := range comments {
			if err := p.Tickets.CreateComment(t.Context(), id, c.in); err != nil {
				t.Fatal(err)
			}
			r, body := lastRequest(t, srv)
			if diff := cmp.Diff(c.body, body); r.Path != "/api/v3/tickets/1/comments" || diff != "" {
				t.Fatalf("%s body (-want +got):\n%s", r.Path, diff)
			}
		}
		got, err := p.Tickets.ListAllComments(t.Context(), id, nil).Collect()
		if err != nil {
			t.Fatal(err)
		}
		now := core.Time{Time: t0}
		want := []psa.TicketComment{
			{Date: now, Comment: "Looking into it.", CommentHtml: "<p>Looking into it.</p>", TechnicianContactID: 2,
				Email: "marco.alvarez@wyre-msp.com", FirstName: "Marco", LastName: "Alvarez"},
			{Date: core.Time{Time: userAt.UTC()}, Comment: "It dropped again.", CommentHtml: "<p>It dropped again.</p>", EndUserID: 7,
				Email: "ann@acme.com", FirstName: "Ann", LastName: "Lee"},
			{Date: now, Comment: "Checked the firewall logs.", CommentHtml: "<p>Checked the firewall logs.</p>", TechnicianContactID: 3,
				Email: "priya.raman@wyre-msp.com", FirstName: "Priya", LastName: "Raman", IsInternal: true},
			{Date: now, Comment: "Fixed, please confirm.", CommentHtml: "<p>Fixed, please confirm.</p>", TechnicianContactID: 1,
				Email: "dana.whitfield@wyre-msp.com", FirstName: "Dana", LastName: "Whitfield"},
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("comments (-want +got):\n%s", diff)
		}
		tk, err := p.Tickets.Get(t.Context(), id, nil)
		if err != nil || tk.LastEndUserComment != "It dropped again." || tk.LastTechnicianComment != "Fixed, please confirm." ||
			!tk.TechnicianFirstCommentDate.Equal(t0) {
			t.Fatalf("ticket after comments: %+v, %v", tk, err)
		}
	})
}

// TestTicketCommentsRefused checks comments refused before sending.
func TestTicketCommentsRefused(t *testing.T) {
	both := psa.TechnicianComment(2, "x", false)
	both.EnduserCommentDetails = &psa.EnduserCommentDetails{EnduserId: 7}
	for name, c := range map[string]*psa.TicketCommentCreate{
		"no text":       psa.TechnicianComment(2, " ", false),
		"no author":     {CommentText: "x"},
		"nil":           nil,
		"both authors":  both,
		"no technician": psa.TechnicianComment(0, "x", false),
		"no end user":   psa.EndUserComment(0, "x"),
	} {
		t.Run(name, func(t *testing.T) {
			srv, p := newPSA(t, testkit.WithoutDemoData())
			wantRefused(t, srv, p.Tickets.CreateComment(t.Context(), 1, c))
		})
	}
}

// TestTicketCommentErrors checks Atera's 404 and 400 answers to comments.
func TestTicketCommentErrors(t *testing.T) {
	_, p := ticketTenant(t)
	wantNotFound(t, p.Tickets.CreateComment(t.Context(), 5, psa.EndUserComment(7, "x")))
	id := openTicket(t, p, "t")
	wantValidation(t, p.Tickets.CreateComment(t.Context(), id, psa.EndUserComment(99, "x")), "EnduserCommentDetails.EnduserId")
	wantValidation(t, p.Tickets.CreateComment(t.Context(), id, psa.TechnicianComment(99, "x", false)), "TechnicianCommentDetails.TechnicianId")
}

// TestTicketCommentPages reads the demo ticket that has more than a page of comments.
func TestTicketCommentPages(t *testing.T) {
	srv, p := newPSA(t)
	all, err := p.Tickets.ListAllComments(t.Context(), 1, nil).Collect()
	if err != nil {
		t.Fatal(err)
	}
	if len(all) <= 50 || len(srv.Requests()) != (len(all)+49)/50 {
		t.Fatalf("%d comments in %d requests", len(all), len(srv.Requests()))
	}
	for i := 1; i < len(all); i++ {
		if all[i].Date.Before(all[i-1].Date.Time) || all[i].Comment == "" {
			t.Fatalf("comment %d out of order or empty: %+v", i, all[i])
		}
	}
	page, err := p.Tickets.ListComments(t.Context(), 1, &core.ListOptions{Page: 2, ItemsInPage: 50})
	if err != nil || len(page.Items) != len(all)-50 || page.Page != 2 {
		t.Fatalf("page 2: %d items, %v", len(page.Items), err)
	}
	_, err = p.Tickets.ListComments(t.Context(), 9999, nil)
	wantNotFound(t, err)
}
