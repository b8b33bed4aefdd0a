package psa

// Department is a department of the account, to which contacts can belong (Atera's
// DepartmentDto).
type Department struct {
	Id          int64  `json:"Id"`
	Name        string `json:"Name"`
	Description string `json:"Description"`
}

// DepartmentCreate is a new department (Atera's CreateDepartmentRequest). Name is required.
type DepartmentCreate struct {
	Name        string `json:"Name"`
	Description string `json:"Description,omitempty"`
}

// DepartmentUpdate changes a department (Atera's UpdateDepartmentRequest). Only the fields set
// (non-nil) are sent.
type DepartmentUpdate struct {
	Name        *string `json:"Name,omitempty"`
	Description *string `json:"Description,omitempty"`
}
