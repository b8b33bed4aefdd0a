package testkit

import (
	"strings"
	"testing"
)

type customerRow struct {
	CustomerID   int64
	CustomerName string
	City         string
	CreatedOn    string
	LastModified string
}

func TestCustomersCRUD(t *testing.T) {
	s := NewServer(t, InMemory())
	_, _, body := send(t, s, "GET", "/customers", "")
	if p := decode[page[customerRow]](t, body); p.TotalItemCount != 6 || p.Items[0].CustomerName != "Acme Manufacturing Ltd" {
		t.Fatalf("customers %s", body)
	}
	code, _, body := send(t, s, "POST", "/customers", `{"CustomerName":"Fabrikam","City":"Reno","CustomerID":1,"Bogus":1}`)
	wantStatus(t, code, 201, body)
	if string(body) != `{"ActionID":"7"}` {
		t.Fatalf("create answered %s", body)
	}
	c, ok, err := Item[map[string]any](s, "customers", 7)
	if !ok || err != nil || c["CustomerName"] != "Fabrikam" || c["Bogus"] != nil || c["CreatedOn"] == nil {
		t.Fatalf("stored %v %v", c, err)
	}
	code, _, body = send(t, s, "PUT", "/customers/7", `{"City":"Boise","CustomerID":99}`)
	wantStatus(t, code, 200, body)
	got := decode[customerRow](t, body)
	if got.CustomerID != 7 || got.City != "Boise" || got.CustomerName != "Fabrikam" || got.LastModified == "" {
		t.Fatalf("updated %+v", got)
	}
	code, _, body = send(t, s, "GET", "/customers/7", "")
	if code != 200 || decode[customerRow](t, body).City != "Boise" {
		t.Fatalf("get after update: %s", body)
	}
	code, _, _ = send(t, s, "DELETE", "/customers/7", "")
	wantStatus(t, code, 204, nil)
	code, _, body = send(t, s, "PUT", "/customers/7", `{"City":"Boise"}`)
	wantStatus(t, code, 404, body)
	if pd := decode[problemBody](t, body); pd.Detail != "Customer 7 was not found." || pd.Instance != "/api/v3/customers/7" {
		t.Fatalf("problem %s", body)
	}
}

func TestCreateCustomerKeepsCreatedOn(t *testing.T) {
	s := NewServer(t, InMemory(), WithoutDemoData())
	send(t, s, "POST", "/customers", `{"CustomerName":"Old Co","CreatedOn":"2020-01-02T03:04:05Z"}`)
	c, _, _ := Item[customerRow](s, "customers", 1)
	if c.CreatedOn != "2020-01-02T03:04:05Z" {
		t.Fatalf("CreatedOn %q", c.CreatedOn)
	}
}

func TestCustomerValidation(t *testing.T) {
	s := NewServer(t, InMemory())
	cases := []struct{ method, path, body, field string }{
		{"POST", "/customers", `{"City":"Reno"}`, "CustomerName"},
		{"POST", "/customers", `{"CustomerName":""}`, "CustomerName"},
		{"POST", "/customers", `not json`, "request"},
		{"POST", "/customers", ``, "request"},
		{"PUT", "/customers/1", `[1]`, "request"},
		{"PUT", "/customers/one", `{}`, "customerId"},
	}
	for _, tc := range cases {
		code, _, body := send(t, s, tc.method, tc.path, tc.body)
		wantStatus(t, code, 400, body)
		pd := decode[problemBody](t, body)
		if len(pd.Errors[tc.field]) != 1 {
			t.Fatalf("%s %s %q: errors %v", tc.method, tc.path, tc.body, pd.Errors)
		}
	}
	_, _, body := send(t, s, "POST", "/customers", `{}`)
	if !strings.Contains(string(body), `"CustomerName":["The CustomerName field is required."]`) {
		t.Fatalf("body %s", body)
	}
	if Count(s, "customers") != 6 {
		t.Fatal("invalid creates stored a customer")
	}
}
