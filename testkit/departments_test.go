package testkit

import "testing"

func TestDepartmentsCRUD(t *testing.T) {
	s := NewServer(t, InMemory())
	_, _, body := send(t, s, "GET", "/departments", "")
	if p := decode[pageEnvelope[departmentDTO]](t, body); p.TotalItemCount != 6 || p.Items[0] != (departmentDTO{1, "Front Office", "Reception, scheduling and front-desk staff"}) {
		t.Fatalf("departments %s", body)
	}
	code, _, body := send(t, s, "POST", "/departments", `{"Name":"Legal","Description":"Counsel"}`)
	wantStatus(t, code, 201, body)
	code, _, body = send(t, s, "PUT", "/departments/7", `{"Description":"In-house counsel"}`)
	wantStatus(t, code, 200, body)
	if string(body) != `{"ActionID":"7"}` {
		t.Fatalf("update answered %s", body)
	}
	if d, _, _ := Item[departmentDTO](s, "departments", 7); d != (departmentDTO{7, "Legal", "In-house counsel"}) {
		t.Fatalf("updated %+v", d)
	}
	code, _, body = send(t, s, "POST", "/departments", `{"Description":"nameless"}`)
	wantStatus(t, code, 400, body)
	code, _, _ = send(t, s, "DELETE", "/departments/7", "")
	wantStatus(t, code, 204, nil)
	code, _, body = send(t, s, "GET", "/departments/7", "")
	wantStatus(t, code, 404, body)
	if pd := decode[problemBody](t, body); pd.Detail != "Department 7 was not found." {
		t.Fatalf("problem %s", body)
	}
}
