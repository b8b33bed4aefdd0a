package psa

import (
	"context"
	"net/http"

	"github.com/wyre-technology/go-atera/core"
)

// DepartmentsService serves Atera's Departments operations.
type DepartmentsService struct {
	client *core.Client
}

var (
	opDepartmentsList   = operations.Declare("Departments.List", http.MethodGet, "/departments", core.RetrySafe)
	opDepartmentsGet    = operations.Declare("Departments.Get", http.MethodGet, "/departments/{departmentId}", core.RetrySafe)
	opDepartmentsCreate = operations.Declare("Departments.Create", http.MethodPost, "/departments", core.NotRetrySafe)
	opDepartmentsUpdate = operations.Declare("Departments.Update", http.MethodPut, "/departments/{departmentId}", core.RetrySafe)
	opDepartmentsDelete = operations.Declare("Departments.Delete", http.MethodDelete, "/departments/{departmentId}", core.RetrySafe)
)

// List returns one page of departments. It calls GET /departments.
func (s *DepartmentsService) List(ctx context.Context, opts *core.ListOptions) (*core.Page[Department], error) {
	return core.List[Department](ctx, s.client, opDepartmentsList, core.Path().Query(opts))
}

// ListAll iterates over every department, page after page. It calls GET /departments.
func (s *DepartmentsService) ListAll(ctx context.Context, opts *core.ListOptions) core.Pager[Department] {
	return core.ListAll[Department](ctx, s.client, opDepartmentsList, core.Path().Query(opts))
}

// Get returns one department by its Id. It calls GET /departments/{departmentId}.
func (s *DepartmentsService) Get(ctx context.Context, departmentID int64) (*Department, error) {
	return core.Do[Department](ctx, s.client, opDepartmentsGet, core.Path(departmentID))
}

// Create adds a department and returns its new Id. Name is required. It calls
// POST /departments.
func (s *DepartmentsService) Create(ctx context.Context, d *DepartmentCreate) (int64, error) {
	if d == nil || blank(d.Name) {
		return 0, missing(opDepartmentsCreate, "Name", "the department's name")
	}
	return core.Create(ctx, s.client, opDepartmentsCreate, core.Path().Body(d))
}

// Update changes the fields of a department that u sets and leaves the others as they are.
// It calls PUT /departments/{departmentId}.
func (s *DepartmentsService) Update(ctx context.Context, departmentID int64, u *DepartmentUpdate) error {
	if err := present(opDepartmentsUpdate, u); err != nil {
		return err
	}
	return core.Exec(ctx, s.client, opDepartmentsUpdate, core.Path(departmentID).Body(u))
}

// Delete removes a department. It calls DELETE /departments/{departmentId}.
func (s *DepartmentsService) Delete(ctx context.Context, departmentID int64) error {
	return core.Exec(ctx, s.client, opDepartmentsDelete, core.Path(departmentID))
}
