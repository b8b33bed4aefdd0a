package psa_test

import (
	"net/http"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/psa"
)

func TestDepartments(t *testing.T) {
	srv, p := newPSA(t)
	page, err := p.Departments.List(t.Context(), &core.ListOptions{ItemsInPage: 2})
	if err != nil || len(page.Items) != 2 || page.TotalPages != 3 {
		t.Fatalf("List: %+v, %v", page, err)
	}
	all, err := p.Departments.ListAll(t.Context(), &core.ListOptions{ItemsInPage: 4}).Collect()
	if err != nil || len(all) != 6 {
		t.Fatalf("ListAll: %d, %v", len(all), err)
	}
	id, err := p.Departments.Create(t.Context(), &psa.DepartmentCreate{Name: "Legal"})
	if err != nil || id != 7 {
		t.Fatalf("Create = %d, %v", id, err)
	}
	if _, body := lastRequest(t, srv); !cmp.Equal(body, map[string]any{"Name": "Legal"}) {
		t.Errorf("Create body %v", body)
	}
	if err := p.Departments.Update(t.Context(), id, &psa.DepartmentUpdate{Description: ptr("Contracts and compliance")}); err != nil {
		t.Fatal(err)
	}
	r, body := lastRequest(t, srv)
	if !cmp.Equal(body, map[string]any{"Description": "Contracts and compliance"}) || r.Method != http.MethodPut || r.Path != "/api/v3/departments/7" {
		t.Errorf("Update sent %s %s %v", r.Method, r.Path, body)
	}
	got, err := p.Departments.Get(t.Context(), id)
	if diff := cmp.Diff(&psa.Department{Id: 7, Name: "Legal", Description: "Contracts and compliance"}, got); err != nil || diff != "" {
		t.Errorf("Get (-want +got):\n%s %v", diff, err)
	}
	if err := p.Departments.Delete(t.Context(), id); err != nil {
		t.Fatal(err)
	}
	_, err = p.Departments.Get(t.Context(), id)
	wantNotFound(t, err)
	wantNotFound(t, p.Departments.Update(t.Context(), id, &psa.DepartmentUpdate{Name: ptr("x")}))
}

func TestDepartmentsRefuseBadInput(t *testing.T) {
	calls := map[string]func(*psa.Client) error{
		"Create nil": func(p *psa.Client) error { _, err := p.Departments.Create(t.Context(), nil); return err },
		"Create no name": func(p *psa.Client) error {
			_, err := p.Departments.Create(t.Context(), &psa.DepartmentCreate{Description: "x"})
			return err
		},
		"Update nil": func(p *psa.Client) error { return p.Departments.Update(t.Context(), 1, nil) },
	}
	refusesAll(t, calls)
}
