package psa_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wyre-technology/go-atera/psa"
	"github.com/wyre-technology/go-atera/testkit"
)

func TestAccountGet(t *testing.T) {
	srv, p := newPSA(t, testkit.WithoutDemoData())
	_, err := p.Account.Get(t.Context())
	wantNotFound(t, err)
	want := psa.Account{
		AccountID: "b3f2c1d0-1111-4222-8333-944455556666", Country: "Ireland", CompanyName: "Liffey Managed IT",
		CreatedOn: "2019-06-30T10:15:00", State: "", TimeZoneName: "GMT Standard Time", City: "Dublin",
		Address: "12 Grand Canal Quay", PostalCode: "D02 X576", Phone: "+353 1 555 0142", IsITDepartment: false, Plan: "Master",
	}
	seed(t, srv, "account", want)
	got, err := p.Account.Get(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(&want, got); diff != "" {
		t.Errorf("Get (-want +got):\n%s", diff)
	}
	if r, _ := lastRequest(t, srv); r.Path != "/api/v3/account" {
		t.Errorf("path %s", r.Path)
	}
}

func TestAccountDemo(t *testing.T) {
	_, p := newPSA(t)
	got, err := p.Account.Get(t.Context())
	if err != nil || got.CompanyName == "" || got.AccountID == "" || got.Plan == "" {
		t.Fatalf("Get: %+v, %v", got, err)
	}
}
