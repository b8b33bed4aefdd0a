package testkit

import "time"

// customerFields are the fields CreateCustomerRequest and UpdateCustomerRequest carry.
var customerFields = []string{
	"CustomerName", "BusinessNumber", "Domain", "Address", "City", "State", "Country",
	"Phone", "Fax", "Notes", "Links", "Longitude", "Latitude", "ZipCodeStr",
}

// customersResource serves CustomerDto under /customers.
var customersResource = resource{
	collections: []collectionSpec{{name: "customers", idField: "CustomerID", label: "Customer"}},
	routes: []routeSpec{
		{"GET", "/customers", list("customers", nil)},
		{"GET", "/customers/{customerId}", get("customers", "customerId")},
		{"POST", "/customers", create("customers", []string{"CustomerName"}, newCustomer)},
		{"PUT", "/customers/{customerId}", update("customers", "customerId", editCustomer)},
		{"DELETE", "/customers/{customerId}", remove("customers", "customerId")},
	},
	demo: demoCustomers,
}

// newCustomer maps a CreateCustomerRequest onto a CustomerDto.
func newCustomer(_ *call, body entity) entity {
	e := pick(body, customerFields...)
	now := ateraTime(time.Now())
	e["CreatedOn"] = now
	if v, ok := body["CreatedOn"]; ok && v != nil {
		e["CreatedOn"] = v
	}
	e["LastModified"] = now
	return e
}

// editCustomer applies an UpdateCustomerRequest to a stored CustomerDto.
func editCustomer(_ *call, stored, body entity) {
	for k, v := range pick(body, customerFields...) {
		stored[k] = v
	}
	stored["LastModified"] = ateraTime(time.Now())
}
