package testkit

import "testing"

func TestAccount(t *testing.T) {
	s := NewServer(t, InMemory())
	code, _, body := send(t, s, "GET", "/account", "")
	wantStatus(t, code, 200, body)
	a := decode[map[string]any](t, body)
	if len(a) != 12 || a["CompanyName"] != "Brightline IT Services" || a["IsITDepartment"] != false || a["AccountID"] == "" || a[accountIDField] != nil {
		t.Fatalf("account %s", body)
	}
	if _, err := Add(s, "account", accountDTO{AccountID: "acct-2", CompanyName: "Other MSP"}); err != nil {
		t.Fatal(err)
	}
	_, _, body = send(t, s, "GET", "/account", "")
	if decode[accountDTO](t, body).CompanyName != "Other MSP" {
		t.Fatalf("replaced account %s", body)
	}
	empty := NewServer(t, InMemory(), WithoutDemoData())
	code, _, body = send(t, empty, "GET", "/account", "")
	wantStatus(t, code, 404, body)
}
