package testkit

import "maps"

// departmentsResource serves DepartmentDto under /departments.
var departmentsResource = resource{
	collections: []collectionSpec{{name: "departments", idField: "Id", label: "Department"}},
	routes: []routeSpec{
		{"GET", "/departments", list("departments", nil)},
		{"GET", "/departments/{departmentId}", get("departments", "departmentId")},
		{"POST", "/departments", create("departments", []string{"Name"}, picker("Name", "Description"))},
		{"PUT", "/departments/{departmentId}", update("departments", "departmentId", editDepartment)},
		{"DELETE", "/departments/{departmentId}", remove("departments", "departmentId")},
	},
	demo: func(g *demoGen) {
		for i, d := range demoDepartments {
			d.Id = int64(i + 1)
			g.add("departments", d)
		}
	},
}

// editDepartment applies an UpdateDepartmentRequest to a stored DepartmentDto.
func editDepartment(_ *call, stored, body entity) {
	maps.Copy(stored, pick(body, "Name", "Description"))
}

// departmentDTO is Atera's DepartmentDto.
type departmentDTO struct {
	Id          int64  `json:"Id"`
	Name        string `json:"Name"`
	Description string `json:"Description"`
}

// demoDepartments are the demo tenant's departments, ids 1 to 6; demo contacts belong to them.
var demoDepartments = []departmentDTO{
	{Name: "Front Office", Description: "Reception, scheduling and front-desk staff"},
	{Name: "Finance", Description: "Accounting, billing and payroll"},
	{Name: "Operations", Description: "Day-to-day operations, warehouse and shop floor"},
	{Name: "Management", Description: "Owners, partners and directors; VIP support"},
	{Name: "Sales & Marketing", Description: "Sales, marketing and customer success"},
	{Name: "Clinical", Description: "Clinicians and technicians at patient-facing sites"},
}
