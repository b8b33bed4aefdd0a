package psa_test

import (
	"errors"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/psa"
	"github.com/wyre-technology/go-atera/testkit"
)

// fabrikam is a customer as testkit stores and answers it.
func fabrikam() psa.Customer {
	return psa.Customer{
		CustomerID: 7, CustomerName: "Fabrikam Inc", CreatedOn: core.Time{Time: time.Date(2023, 4, 5, 6, 7, 8, 0, time.UTC)},
		LastModified: core.Time{Time: time.Date(2025, 1, 2, 3, 4, 5, 123456700, time.UTC)}, BusinessNumber: "12-3456789",
		Domain: "fabrikam.com", Address: "1 Main St", City: "Reno", State: "NV", Country: "United States",
		Phone: "+1 775-555-0100", Fax: "+1 775-555-0101", Notes: "VIP", Logo: "https://app.atera.com/logo.png",
		Links: "https://fabrikam.com", Longitude: -119.8138, Latitude: 39.5296, ZipCodeStr: "89501",
	}
}

func TestCustomersGetAndList(t *testing.T) {
	srv, p := newPSA(t, testkit.WithoutDemoData())
	want := fabrikam()
	seed(t, srv, "customers", want)
	got, err := p.Customers.Get(t.Context(), 7)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(&want, got); diff != "" {
		t.Errorf("Get mismatch (-want +got):\n%s", diff)
	}
	page, err := p.Customers.List(t.Context(), &psa.CustomerListOptions{
		ListOptions:          core.ListOptions{Page: 1, ItemsInPage: 10},
		FromLastModifiedDate: psa.AccountDate(time.Date(2024, 12, 31, 23, 0, 0, 0, time.UTC)),
		SortBy:               psa.CustomerSortByLastModified,
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]psa.Customer{want}, page.Items); diff != "" || page.TotalItemCount != 1 {
		t.Errorf("List mismatch (-want +got):\n%s", diff)
	}
	r, _ := lastRequest(t, srv)
	wantQuery := "FromLastModifiedDate=2024-12-31&SortBy=LastModified&itemsInPage=10&page=1"
	if r.Method != http.MethodGet || r.Path != "/api/v3/customers" || r.Query.Encode() != wantQuery {
		t.Errorf("sent %s %s?%s, want GET /api/v3/customers?%s", r.Method, r.Path, r.Query.Encode(), wantQuery)
	}
	page, err = p.Customers.List(t.Context(), &psa.CustomerListOptions{
		FromLastModifiedDate: psa.AccountDateTime(time.Date(2025, 1, 2, 3, 4, 6, 0, time.UTC)),
	})
	if err != nil || len(page.Items) != 0 {
		t.Errorf("List after LastModified: %v, %d items", err, len(page.Items))
	}
	if _, err := p.Customers.Get(t.Context(), 8); err != nil {
		wantNotFound(t, err)
	} else {
		t.Error("Get(8) found a customer")
	}
}

func TestCustomersListAllPages(t *testing.T) {
	srv, p := newPSA(t, testkit.WithoutDemoData())
	for i := range 120 {
		seed(t, srv, "customers", psa.Customer{CustomerName: fmt.Sprintf("Customer %03d", i+1)})
	}
	got, err := p.Customers.ListAll(t.Context(), nil).Collect()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 120 || got[0].CustomerID != 1 || got[119].CustomerName != "Customer 120" {
		t.Fatalf("ListAll: %d customers", len(got))
	}
	if n := len(srv.Requests()); n != 3 {
		t.Errorf("ListAll sent %d requests, want 3 pages of 50", n)
	}
}

func TestCustomersCreateUpdateDelete(t *testing.T) {
	srv, p := newPSA(t)
	lon := -0.1278
	id, err := p.Customers.Create(t.Context(), &psa.CustomerCreate{CustomerName: "Contoso Ltd", City: "London", Longitude: &lon})
	if err != nil || id != 7 {
		t.Fatalf("Create = %d, %v", id, err)
	}
	_, body := lastRequest(t, srv)
	if diff := cmp.Diff(map[string]any{"CustomerName": "Contoso Ltd", "City": "London", "Longitude": lon}, body); diff != "" {
		t.Errorf("Create body (-want +got):\n%s", diff)
	}
	if err := p.Customers.Update(t.Context(), id, &psa.CustomerUpdate{City: ptr("Leeds"), Notes: ptr("")}); err != nil {
		t.Fatal(err)
	}
	r, body := lastRequest(t, srv)
	if diff := cmp.Diff(map[string]any{"City": "Leeds", "Notes": ""}, body); diff != "" || r.Method != http.MethodPut || r.Path != "/api/v3/customers/7" {
		t.Errorf("Update sent %s %s (-want +got):\n%s", r.Method, r.Path, diff)
	}
	got, err := p.Customers.Get(t.Context(), id)
	if err != nil || got.City != "Leeds" || got.CustomerName != "Contoso Ltd" || got.Longitude != lon {
		t.Fatalf("after Update: %+v, %v", got, err)
	}
	if err := p.Customers.Delete(t.Context(), id); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := testkit.Item[psa.Customer](srv, "customers", id); ok {
		t.Error("customer still stored after Delete")
	}
	wantNotFound(t, p.Customers.Delete(t.Context(), id))
	wantNotFound(t, p.Customers.Update(t.Context(), id, &psa.CustomerUpdate{City: ptr("York")}))
}

func TestCustomersFoldersAndAttachments(t *testing.T) {
	srv, p := newPSA(t)
	id, err := p.Customers.CreateFolder(t.Context(), &psa.CustomerFolderCreate{Name: "Servers", CustomerId: 2})
	if err != nil || id != 1 {
		t.Fatalf("CreateFolder = %d, %v", id, err)
	}
	if _, body := lastRequest(t, srv); !cmp.Equal(body, map[string]any{"Name": "Servers", "CustomerId": 2.0}) {
		t.Errorf("CreateFolder body %v", body)
	}
	content := []byte("%PDF-1.4 signed SLA")
	id, err = p.Customers.CreateAttachment(t.Context(), &psa.CustomerAttachmentCreate{CustomerId: 3, Name: "sla.pdf", ContentBased64: content})
	if err != nil || id != 1 {
		t.Fatalf("CreateAttachment = %d, %v", id, err)
	}
	stored, _, _ := testkit.Item[map[string]any](srv, "customer-attachments", 1)
	if stored["ContentBased64"] != "JVBERi0xLjQgc2lnbmVkIFNMQQ==" || stored["Name"] != "sla.pdf" {
		t.Errorf("stored attachment %v", stored)
	}
	_, err = p.Customers.CreateFolder(t.Context(), &psa.CustomerFolderCreate{Name: "Servers", CustomerId: 99})
	wantNotFound(t, err)
	_, err = p.Customers.CreateAttachment(t.Context(), &psa.CustomerAttachmentCreate{CustomerId: 99, Name: "a.txt", ContentBased64: []byte("a")})
	wantNotFound(t, err)
}

func TestCustomersValidationError(t *testing.T) {
	srv, p := newPSA(t)
	srv.Script(http.MethodPost, "/customers", testkit.Fault{Status: http.StatusBadRequest,
		Body: `{"title":"One or more validation errors occurred.","status":400,"errors":{"Domain":["The Domain is already used by another customer."]}}`})
	_, err := p.Customers.Create(t.Context(), &psa.CustomerCreate{CustomerName: "Acme Again", Domain: "acme-mfg.com"})
	var ve *core.ValidationError
	if !errors.As(err, &ve) || len(ve.Errors) != 1 || ve.Errors[0].Field != "Domain" {
		t.Fatalf("err = %v, want a *core.ValidationError on Domain", err)
	}
	if testkit.Count(srv, "customers") != 6 {
		t.Error("a refused create stored a customer")
	}
}

func TestCustomersRefuseBadInput(t *testing.T) {
	calls := map[string]func(*psa.Client) error{
		"Create nil": func(p *psa.Client) error { _, err := p.Customers.Create(t.Context(), nil); return err },
		"Create without name": func(p *psa.Client) error {
			_, err := p.Customers.Create(t.Context(), &psa.CustomerCreate{City: "X"})
			return err
		},
		"Update nil":  func(p *psa.Client) error { return p.Customers.Update(t.Context(), 1, nil) },
		"Update id 0": func(p *psa.Client) error { return p.Customers.Update(t.Context(), 0, &psa.CustomerUpdate{}) },
		"Get id -1":   func(p *psa.Client) error { _, err := p.Customers.Get(t.Context(), -1); return err },
		"Delete id 0": func(p *psa.Client) error { return p.Customers.Delete(t.Context(), 0) },
		"Folder nil":  func(p *psa.Client) error { _, err := p.Customers.CreateFolder(t.Context(), nil); return err },
		"Folder without customer": func(p *psa.Client) error {
			_, err := p.Customers.CreateFolder(t.Context(), &psa.CustomerFolderCreate{Name: "x"})
			return err
		},
		"Attachment nil": func(p *psa.Client) error { _, err := p.Customers.CreateAttachment(t.Context(), nil); return err },
		"Attachment without name": func(p *psa.Client) error {
			_, err := p.Customers.CreateAttachment(t.Context(), &psa.CustomerAttachmentCreate{CustomerId: 1, ContentBased64: []byte("a")})
			return err
		},
		"Attachment without content": func(p *psa.Client) error {
			_, err := p.Customers.CreateAttachment(t.Context(), &psa.CustomerAttachmentCreate{CustomerId: 1, Name: "a.txt"})
			return err
		},
		"List bad date": func(p *psa.Client) error {
			_, err := p.Customers.List(t.Context(), &psa.CustomerListOptions{FromLastModifiedDate: "2025-01-01T00:00:00Z"})
			return err
		},
		"List page size": func(p *psa.Client) error {
			_, err := p.Customers.List(t.Context(), &psa.CustomerListOptions{ListOptions: core.ListOptions{ItemsInPage: 51}})
			return err
		},
	}
	refusesAll(t, calls)
}
