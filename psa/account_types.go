package psa

// Account is the Atera account an API key belongs to (Atera's AccountInfoResponse). Atera
// sends CreatedOn as free text, so it stays a string.
type Account struct {
	AccountID      string `json:"AccountID"`
	Country        string `json:"Country"`
	CompanyName    string `json:"CompanyName"`
	CreatedOn      string `json:"CreatedOn"`
	State          string `json:"State"`
	TimeZoneName   string `json:"TimeZoneName"`
	City           string `json:"City"`
	Address        string `json:"Address"`
	PostalCode     string `json:"PostalCode"`
	Phone          string `json:"Phone"`
	IsITDepartment bool   `json:"IsITDepartment"`
	Plan           string `json:"Plan"`
}
