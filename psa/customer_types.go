package psa

import "github.com/wyre-technology/go-atera/core"

// Customer is one customer of the MSP (Atera's CustomerDto). Field names follow Atera's JSON
// exactly.
type Customer struct {
	CustomerID     int64     `json:"CustomerID"`
	CustomerName   string    `json:"CustomerName"`
	CreatedOn      core.Time `json:"CreatedOn"`
	LastModified   core.Time `json:"LastModified"`
	BusinessNumber string    `json:"BusinessNumber"`
	Domain         string    `json:"Domain"`
	Address        string    `json:"Address"`
	City           string    `json:"City"`
	State          string    `json:"State"`
	Country        string    `json:"Country"`
	Phone          string    `json:"Phone"`
	Fax            string    `json:"Fax"`
	Notes          string    `json:"Notes"`
	Logo           string    `json:"Logo"`
	Links          string    `json:"Links"`
	Longitude      float64   `json:"Longitude"`
	Latitude       float64   `json:"Latitude"`
	ZipCodeStr     string    `json:"ZipCodeStr"`
}

// CustomerCreate is a new customer (Atera's CreateCustomerRequest). CustomerName is required;
// the other fields are sent only when set. CreatedOn backdates the customer, e.g. when
// migrating from another PSA.
type CustomerCreate struct {
	CustomerName   string     `json:"CustomerName"`
	CreatedOn      *core.Time `json:"CreatedOn,omitempty"`
	BusinessNumber string     `json:"BusinessNumber,omitempty"`
	Domain         string     `json:"Domain,omitempty"`
	Address        string     `json:"Address,omitempty"`
	City           string     `json:"City,omitempty"`
	State          string     `json:"State,omitempty"`
	Country        string     `json:"Country,omitempty"`
	Phone          string     `json:"Phone,omitempty"`
	Fax            string     `json:"Fax,omitempty"`
	Notes          string     `json:"Notes,omitempty"`
	Links          string     `json:"Links,omitempty"`
	Longitude      *float64   `json:"Longitude,omitempty"`
	Latitude       *float64   `json:"Latitude,omitempty"`
	ZipCodeStr     string     `json:"ZipCodeStr,omitempty"`
}

// CustomerUpdate changes a customer (Atera's UpdateCustomerRequest). Only the fields set
// (non-nil) are sent; a pointer to "" clears a text field.
type CustomerUpdate struct {
	CustomerName   *string  `json:"CustomerName,omitempty"`
	BusinessNumber *string  `json:"BusinessNumber,omitempty"`
	Domain         *string  `json:"Domain,omitempty"`
	Address        *string  `json:"Address,omitempty"`
	City           *string  `json:"City,omitempty"`
	State          *string  `json:"State,omitempty"`
	Country        *string  `json:"Country,omitempty"`
	Phone          *string  `json:"Phone,omitempty"`
	Fax            *string  `json:"Fax,omitempty"`
	Notes          *string  `json:"Notes,omitempty"`
	Links          *string  `json:"Links,omitempty"`
	Longitude      *float64 `json:"Longitude,omitempty"`
	Latitude       *float64 `json:"Latitude,omitempty"`
	ZipCodeStr     *string  `json:"ZipCodeStr,omitempty"`
}

// CustomerSortBy is the order of a customer list (Atera's CustomerSortBy).
type CustomerSortBy string

// The orders Atera offers for customers.
const (
	// CustomerSortByCreation lists customers by CustomerID, Atera's default.
	CustomerSortByCreation CustomerSortBy = "Creation"
	// CustomerSortByLastModified lists customers by their LastModified time.
	CustomerSortByLastModified CustomerSortBy = "LastModified"
)

// CustomerListOptions selects and orders a page of customers.
type CustomerListOptions struct {
	core.ListOptions
	// FromLastModifiedDate keeps the customers modified on or after this time, read in the
	// account's time zone. Build it with AccountDate or AccountDateTime.
	FromLastModifiedDate AccountTime `url:"FromLastModifiedDate,omitempty"`
	// SortBy orders the list; empty leaves Atera's default (creation order).
	SortBy CustomerSortBy `url:"SortBy,omitempty"`
}

// Validate reports paging or a FromLastModifiedDate Atera would refuse.
func (o CustomerListOptions) Validate() error {
	return validateList(o.ListOptions, o.FromLastModifiedDate)
}
