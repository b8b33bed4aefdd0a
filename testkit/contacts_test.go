package testkit

import (
	"strings"
	"testing"
)

type contactRow struct {
	EndUserID       int64
	CustomerID      int64
	CustomerName    string
	Firstname       string
	Lastname        string
	Email           string
	Phone           string
	MobilePhone     string
	IsContactPerson bool
	Archived        bool
	CreatedOn       string
	LastModified    string
	DepartmentID    *int64
	DepartmentName  string
	DefaultAgentId  *int64
}

func TestDemoContacts(t *testing.T) {
	s := NewServer(t, InMemory())
	contacts, err := Items[contactRow](s, "contacts")
	if err != nil || len(contacts) != 62 {
		t.Fatalf("%d contacts, %v", len(contacts), err)
	}
	perCustomer, persons, emails := map[int64]int{}, map[int64]int{}, map[string]bool{}
	for _, c := range contacts {
		perCustomer[c.CustomerID]++
		if c.IsContactPerson {
			persons[c.CustomerID]++
		}
		cust, ok, _ := Item[customerRow](s, "customers", c.CustomerID)
		if !ok || c.CustomerName != cust.CustomerName || c.Firstname == "" || c.Lastname == "" || c.Phone == "" {
			t.Fatalf("contact %+v", c)
		}
		if emails[c.Email] || !strings.Contains(c.Email, "@") || strings.ContainsAny(c.Email, " 'á") {
			t.Fatalf("email %q", c.Email)
		}
		emails[c.Email] = true
		if c.CreatedOn < cust.CreatedOn || c.LastModified < c.CreatedOn {
			t.Fatalf("contact %d times %s %s (customer %s)", c.EndUserID, c.CreatedOn, c.LastModified, cust.CreatedOn)
		}
		if c.DepartmentID != nil {
			d, ok, _ := Item[map[string]any](s, "departments", *c.DepartmentID)
			if !ok || d["Name"] != c.DepartmentName {
				t.Fatalf("contact %d department %d %q", c.EndUserID, *c.DepartmentID, c.DepartmentName)
			}
		}
		if c.DefaultAgentId != nil {
			a, ok, _ := Item[agentRow](s, "agents", *c.DefaultAgentId)
			if !ok || a.CustomerID != c.CustomerID {
				t.Fatalf("contact %d default agent %d", c.EndUserID, *c.DefaultAgentId)
			}
		}
	}
	for id := int64(1); id <= 6; id++ {
		if n := perCustomer[id]; n < 2 || n > 12 || persons[id] != 1 {
			t.Fatalf("customer %d: %d contacts, %d contact persons", id, n, persons[id])
		}
	}
}

func TestContactsCRUD(t *testing.T) {
	s := NewServer(t, InMemory())
	code, _, body := send(t, s, "POST", "/contacts", `{"Email":"jo.bloggs@acme-mfg.com","Firstname":"Jo","CustomerID":1,"DepartmentID":2,"EndUserID":5,"CreatedOn":"2024-05-06T07:08:09Z"}`)
	wantStatus(t, code, 201, body)
	if string(body) != `{"ActionID":"63"}` {
		t.Fatalf("create answered %s", body)
	}
	c, _, _ := Item[contactRow](s, "contacts", 63)
	if c.CustomerName != "Acme Manufacturing Ltd" || c.DepartmentName != "Finance" || c.CreatedOn != "2024-05-06T07:08:09Z" || c.LastModified == "" || c.Archived {
		t.Fatalf("stored %+v", c)
	}
	code, _, body = send(t, s, "POST", "/contacts", `{"Email":"x@blueharbordental.com","CustomerName":"blue harbor dental"}`)
	wantStatus(t, code, 201, body)
	if c, _, _ := Item[contactRow](s, "contacts", 64); c.CustomerID != 3 || c.CustomerName != "Blue Harbor Dental" {
		t.Fatalf("by name %+v", c)
	}
	code, _, body = send(t, s, "PUT", "/contacts/63", `{"Lastname":"Bloggs","CustomerID":2,"Email":"changed@x.com"}`)
	wantStatus(t, code, 200, body)
	if string(body) != `{"ActionID":"63"}` {
		t.Fatalf("update answered %s", body)
	}
	c, _, _ = Item[contactRow](s, "contacts", 63)
	if c.Lastname != "Bloggs" || c.Firstname != "Jo" || c.CustomerName != "Northwind Logistics" || c.Email != "jo.bloggs@acme-mfg.com" {
		t.Fatalf("updated %+v", c)
	}
	code, _, body = send(t, s, "GET", "/contacts?Email=JO.BLOGGS@acme-mfg.com", "")
	if p := decode[pageEnvelope[contactRow]](t, body); code != 200 || p.TotalItemCount != 1 || p.Items[0].EndUserID != 63 {
		t.Fatalf("by email %s", body)
	}
	demo, _, _ := Item[contactRow](s, "contacts", 1)
	_, _, body = send(t, s, "GET", "/contacts?searchOptions.phone="+strings.ReplaceAll(demo.Phone, "+", "%2B"), "")
	if p := decode[pageEnvelope[contactRow]](t, body); p.TotalItemCount < 1 || p.Items[0].Phone != demo.Phone {
		t.Fatalf("by phone %q: %s", demo.Phone, body)
	}
	code, _, body = send(t, s, "PUT", "/contacts/63", `{"CustomerID":77}`)
	wantStatus(t, code, 404, body)
	code, _, body = send(t, s, "POST", "/contacts", `{"Firstname":"No"}`)
	wantStatus(t, code, 400, body)
	if pd := decode[problemBody](t, body); len(pd.Errors["Email"]) != 1 {
		t.Fatalf("problem %s", body)
	}
	code, _, _ = send(t, s, "DELETE", "/contacts/63", "")
	wantStatus(t, code, 204, nil)
	code, _, body = send(t, s, "GET", "/contacts/63", "")
	wantStatus(t, code, 404, body)
	if pd := decode[problemBody](t, body); pd.Detail != "Contact 63 was not found." {
		t.Fatalf("problem %s", body)
	}
}
