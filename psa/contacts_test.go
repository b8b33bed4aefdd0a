package psa_test

import (
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/psa"
	"github.com/wyre-technology/go-atera/testkit"
)

// maria is a contact as testkit stores and answers it.
func maria() psa.Contact {
	return psa.Contact{
		EndUserID: 40, CustomerID: 2, CustomerName: "Northwind Logistics", Firstname: "Maria", Lastname: "O'Neil",
		JobTitle: "Warehouse Supervisor", Email: "maria.oneil@northwindlogistics.com", Phone: "+1 253-555-0171",
		MobilePhone: "+1 253-555-0190", IsContactPerson: true, InIgnoreMode: false,
		CreatedOn:    core.Time{Time: time.Date(2022, 8, 1, 9, 30, 0, 0, time.UTC)},
		LastModified: core.Time{Time: time.Date(2025, 2, 3, 4, 5, 6, 0, time.UTC)},
		Archived:     false, DepartmentID: 3, DepartmentName: "Operations", DefaultAgentId: 51,
	}
}

func TestContactsGetAndList(t *testing.T) {
	srv, p := newPSA(t, testkit.WithoutDemoData())
	want := maria()
	seed(t, srv, "contacts", want)
	got, err := p.Contacts.Get(t.Context(), 40)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(&want, got); diff != "" {
		t.Errorf("Get mismatch (-want +got):\n%s", diff)
	}
	page, err := p.Contacts.List(t.Context(), &psa.ContactListOptions{
		Email: "MARIA.ONEIL@northwindlogistics.com", Phone: "+1 253-555-0171",
		FromLastModifiedDate: "2025-02-03T04:05:06", SortBy: psa.ContactSortByCreation,
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]psa.Contact{want}, page.Items); diff != "" {
		t.Errorf("List mismatch (-want +got):\n%s", diff)
	}
	r, _ := lastRequest(t, srv)
	wantQuery := "Email=MARIA.ONEIL%40northwindlogistics.com&FromLastModifiedDate=2025-02-03T04%3A05%3A06&Phone=%2B1+253-555-0171&SortBy=Creation"
	if r.Path != "/api/v3/contacts" || r.Query.Encode() != wantQuery {
		t.Errorf("sent %s?%s, want ?%s", r.Path, r.Query.Encode(), wantQuery)
	}
	_, err = p.Contacts.Get(t.Context(), 41)
	wantNotFound(t, err)
}

func TestContactsDemoListAllAndByCustomer(t *testing.T) {
	srv, p := newPSA(t)
	all, err := p.Contacts.ListAll(t.Context(), nil).Collect()
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != testkit.Count(srv, "contacts") || len(all) <= 50 {
		t.Fatalf("ListAll: %d contacts of %d", len(all), testkit.Count(srv, "contacts"))
	}
	want := map[int64][]int64{}
	for _, c := range all {
		want[c.CustomerID] = append(want[c.CustomerID], c.EndUserID)
	}
	for customerID := int64(1); customerID <= 6; customerID++ {
		before := len(srv.Requests())
		var got []int64
		for c, err := range p.Contacts.ListByCustomer(t.Context(), customerID, nil) {
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, c.EndUserID)
		}
		if diff := cmp.Diff(want[customerID], got); diff != "" || len(got) == 0 {
			t.Errorf("ListByCustomer(%d) (-want +got):\n%s", customerID, diff)
		}
		if n := len(srv.Requests()) - before; n != 2 {
			t.Errorf("ListByCustomer(%d) sent %d requests, want 2 pages", customerID, n)
		}
	}
}

func TestContactsListByCustomerSpansPages(t *testing.T) {
	srv, p := newPSA(t, testkit.WithoutDemoData())
	var want []int64
	for i := int64(1); i <= 130; i++ {
		customer := int64(1 + i%4)
		seed(t, srv, "contacts", psa.Contact{EndUserID: i, CustomerID: customer, Email: fmt.Sprintf("u%d@x.com", i)})
		if customer == 3 {
			want = append(want, i)
		}
	}
	// A Page in the options does not skip the first pages: the filter always reads them all.
	opts := &psa.ContactListOptions{ListOptions: core.ListOptions{Page: 3, ItemsInPage: 25}}
	got, err := p.Contacts.ListByCustomer(t.Context(), 3, opts).Collect()
	if err != nil {
		t.Fatal(err)
	}
	if opts.Page != 3 {
		t.Errorf("the caller's options were changed: Page %d", opts.Page)
	}
	var ids []int64
	for _, c := range got {
		ids = append(ids, c.EndUserID)
	}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("ListByCustomer (-want +got):\n%s", diff)
	}
	if n := len(srv.Requests()); n != 6 {
		t.Errorf("sent %d requests, want 6 pages of 25", n)
	}
	// Stopping early stops fetching.
	before := len(srv.Requests())
	for range p.Contacts.ListByCustomer(t.Context(), 3, nil) {
		break
	}
	if n := len(srv.Requests()) - before; n != 1 {
		t.Errorf("an early break sent %d requests, want 1", n)
	}
	// An error ends the iteration.
	srv.Script(http.MethodGet, "/contacts", testkit.Status(http.StatusNotFound))
	_, err = p.Contacts.ListByCustomer(t.Context(), 3, nil).Collect()
	wantNotFound(t, err)
}

func TestContactsCreateUpdateDelete(t *testing.T) {
	srv, p := newPSA(t)
	id, err := p.Contacts.Create(t.Context(), &psa.ContactCreate{
		Email: "sam.lee@acme-mfg.com", CustomerID: 1, Firstname: "Sam", Lastname: "Lee", IsContactPerson: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	_, body := lastRequest(t, srv)
	wantBody := map[string]any{"Email": "sam.lee@acme-mfg.com", "CustomerID": 1.0, "Firstname": "Sam", "Lastname": "Lee", "IsContactPerson": true}
	if diff := cmp.Diff(wantBody, body); diff != "" {
		t.Errorf("Create body (-want +got):\n%s", diff)
	}
	if err := p.Contacts.Update(t.Context(), id, &psa.ContactUpdate{JobTitle: ptr("Plant Manager"), Archived: ptr(false), DepartmentID: ptr(int64(3))}); err != nil {
		t.Fatal(err)
	}
	r, body := lastRequest(t, srv)
	if diff := cmp.Diff(map[string]any{"JobTitle": "Plant Manager", "Archived": false, "DepartmentID": 3.0}, body); diff != "" || r.Method != http.MethodPut {
		t.Errorf("Update sent %s (-want +got):\n%s", r.Method, diff)
	}
	got, err := p.Contacts.Get(t.Context(), id)
	if err != nil {
		t.Fatal(err)
	}
	if got.Firstname != "Sam" || got.JobTitle != "Plant Manager" || got.CustomerName != "Acme Manufacturing Ltd" || got.DepartmentName != "Operations" || !got.IsContactPerson {
		t.Errorf("after Update: %+v", got)
	}
	if err := p.Contacts.Delete(t.Context(), id); err != nil {
		t.Fatal(err)
	}
	wantNotFound(t, p.Contacts.Delete(t.Context(), id))
	wantNotFound(t, p.Contacts.Update(t.Context(), 1, &psa.ContactUpdate{CustomerID: ptr(int64(404))}))
	_, err = p.Contacts.Create(t.Context(), &psa.ContactCreate{Email: "x@y.com", CustomerID: 404})
	wantNotFound(t, err)
}

func TestContactsRefuseBadInput(t *testing.T) {
	calls := map[string]func(*psa.Client) error{
		"Create nil": func(p *psa.Client) error { _, err := p.Contacts.Create(t.Context(), nil); return err },
		"Create blank email": func(p *psa.Client) error {
			_, err := p.Contacts.Create(t.Context(), &psa.ContactCreate{Email: " "})
			return err
		},
		"Update nil": func(p *psa.Client) error { return p.Contacts.Update(t.Context(), 1, nil) },
		"ListByCustomer 0": func(p *psa.Client) error {
			_, err := p.Contacts.ListByCustomer(t.Context(), 0, nil).Collect()
			return err
		},
		"ListAll bad date": func(p *psa.Client) error {
			_, err := p.Contacts.ListAll(t.Context(), &psa.ContactListOptions{FromLastModifiedDate: "01/02/2025"}).Collect()
			return err
		},
	}
	refusesAll(t, calls)
}
