package psa_test

import (
	"context"
	"fmt"

	"github.com/wyre-technology/go-atera/psa"
)

// ExampleDepartmentsService adds a department, renames it and lists them all.
func ExampleDepartmentsService() {
	srv, p := exampleClient(map[string][]any{"departments": {psa.Department{Name: "Finance"}}})
	defer srv.Close()
	ctx := context.Background()

	id, err := p.Departments.Create(ctx, &psa.DepartmentCreate{Name: "IT", Description: "Internal IT"})
	if err != nil {
		fmt.Println(err)
		return
	}
	name := "IT & Security"
	if err := p.Departments.Update(ctx, id, &psa.DepartmentUpdate{Name: &name}); err != nil {
		fmt.Println(err)
		return
	}
	for d, err := range p.Departments.ListAll(ctx, nil) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(d.Id, d.Name)
	}
	// Output:
	// 1 Finance
	// 2 IT & Security
}
