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
	if p := decode[pageEnvelope[customerRow]](t, body); p.TotalItemCount != 6 || p.Items[0].CustomerName != "Acme Manufacturing Ltd" {
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
	if string(body) != `{"ActionID":"7"}` {
		t.Fatalf("update answered %s", body)
	}
	got, _, _ := Item[customerRow](s, "customers", 7)
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

func TestCustomerFoldersAndAttachments(t *testing.T) {
	s := NewServer(t, InMemory())
	code, _, body := send(t, s, "POST", "/customers/folders", `{"Name":"Laptops","CustomerId":2,"ThresholdId":3,"Other":1}`)
	wantStatus(t, code, 201, body)
	f, ok, _ := Item[map[string]any](s, "customer-folders", 1)
	if !ok || f["Name"] != "Laptops" || f["CustomerId"] != 2.0 || f["ThresholdId"] != 3.0 || f["Other"] != nil {
		t.Fatalf("folder %v", f)
	}
	code, _, body = send(t, s, "POST", "/customers/attachments", `{"CustomerId":3,"Name":"sla.pdf","ContentBased64":"JVBERi0xLjQ="}`)
	wantStatus(t, code, 201, body)
	if string(body) != `{"ActionID":"1"}` {
		t.Fatalf("attachment answered %s", body)
	}
	a, ok, _ := Item[map[string]any](s, "customer-attachments", 1)
	if !ok || a["ContentBased64"] != "JVBERi0xLjQ=" || a["CustomerId"] != 3.0 {
		t.Fatalf("attachment %v", a)
	}
	cases := []struct {
		path, body string
		status     int
		field      string
	}{
		{"/customers/folders", `{"CustomerId":2}`, 400, "Name"},
		{"/customers/folders", `{"Name":"x"}`, 400, "CustomerId"},
		{"/customers/folders", `{"Name":"x","CustomerId":"two"}`, 400, "CustomerId"},
		{"/customers/folders", `{"Name":"x","CustomerId":99}`, 404, ""},
		{"/customers/attachments", `{"CustomerId":1,"Name":"a.txt"}`, 400, "ContentBased64"},
		{"/customers/attachments", `{"CustomerId":1,"Name":"a.txt","ContentBased64":"!!"}`, 400, "ContentBased64"},
		{"/customers/attachments", `{"CustomerId":1,"Name":"a.txt","ContentBased64":7}`, 400, "ContentBased64"},
		{"/customers/attachments", `{"CustomerId":42,"Name":"a.txt","ContentBased64":"YQ=="}`, 404, ""},
	}
	for _, tc := range cases {
		code, _, body := send(t, s, "POST", tc.path, tc.body)
		wantStatus(t, code, tc.status, body)
		pd := decode[problemBody](t, body)
		if tc.field != "" && len(pd.Errors[tc.field]) != 1 {
			t.Errorf("%s %s: errors %v", tc.path, tc.body, pd.Errors)
		}
		if tc.status == 404 && !strings.HasPrefix(pd.Detail, "Customer ") {
			t.Errorf("%s %s: detail %q", tc.path, tc.body, pd.Detail)
		}
	}
	if Count(s, "customer-folders") != 1 || Count(s, "customer-attachments") != 1 {
		t.Fatal("refused requests stored records")
	}
}

func TestCustomersModifiedFilterAndSort(t *testing.T) {
	s := NewServer(t, InMemory(), WithoutDemoData())
	_, _ = Add(s, "customers",
		map[string]any{"CustomerName": "A", "LastModified": "2025-03-01T10:00:00.0000000Z"},
		map[string]any{"CustomerName": "B", "LastModified": "2025-01-15T08:00:00Z"},
		map[string]any{"CustomerName": "C", "LastModified": "2025-02-01T00:00:00Z"},
		map[string]any{"CustomerName": "D"})
	names := func(query string) string {
		t.Helper()
		code, _, body := send(t, s, "GET", "/customers"+query, "")
		wantStatus(t, code, 200, body)
		var out []string
		for _, c := range decode[pageEnvelope[customerRow]](t, body).Items {
			out = append(out, c.CustomerName)
		}
		return strings.Join(out, ",")
	}
	for query, want := range map[string]string{
		"":                                 "A,B,C,D",
		"?SortBy=Creation":                 "A,B,C,D",
		"?SortBy=LastModified":             "D,B,C,A",
		"?FromLastModifiedDate=2025-02-01": "A,C",
		"?FromLastModifiedDate=2025-02-01T00:00:01":            "A",
		"?FromLastModifiedDate=2025-01-01&SortBy=LastModified": "B,C,A",
	} {
		if got := names(query); got != want {
			t.Errorf("GET /customers%s = %s, want %s", query, got, want)
		}
	}
	for _, query := range []string{"?FromLastModifiedDate=yesterday", "?FromLastModifiedDate=2025-01-01T00:00:00Z", "?SortBy=Name"} {
		code, _, body := send(t, s, "GET", "/customers"+query, "")
		wantStatus(t, code, 400, body)
	}
}
