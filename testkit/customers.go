package testkit

import (
	"encoding/base64"
	"fmt"
	"maps"
	"slices"
	"time"
)

// customerFields are the fields CreateCustomerRequest and UpdateCustomerRequest carry.
var customerFields = []string{
	"CustomerName", "BusinessNumber", "Domain", "Address", "City", "State", "Country",
	"Phone", "Fax", "Notes", "Links", "Longitude", "Latitude", "ZipCodeStr",
}

// customersResource serves CustomerDto under /customers, and records the folders and
// attachments created for customers (collections "customer-folders", with FolderID, Name,
// CustomerId, ThresholdId, and "customer-attachments", with AttachmentID, CustomerId, Name,
// ContentBased64).
var customersResource = resource{
	collections: []collectionSpec{
		{name: "customers", idField: "CustomerID", label: "Customer"},
		{name: "customer-folders", idField: "FolderID", label: "Folder"},
		{name: "customer-attachments", idField: "AttachmentID", label: "Attachment"},
	},
	routes: []routeSpec{
		{"GET", "/customers", modifiedList("customers", nil)},
		{"GET", "/customers/{customerId}", get("customers", "customerId")},
		{"POST", "/customers", create("customers", []string{"CustomerName"}, newCustomer)},
		{"PUT", "/customers/{customerId}", update("customers", "customerId", editCustomer)},
		{"DELETE", "/customers/{customerId}", remove("customers", "customerId")},
		{"POST", "/customers/folders", guard(folderRequired,
			create("customer-folders", nil, picker("Name", "CustomerId", "ThresholdId")),
			customerExists("CustomerId"))},
		{"POST", "/customers/attachments", guard(attachmentRequired,
			create("customer-attachments", nil, picker(attachmentRequired...)),
			customerExists("CustomerId"), base64In("ContentBased64"))},
	},
	demo: demoCustomers,
}

// The required fields of CreateFolderRequest and CreateCustomerAttachmentRequest.
var (
	folderRequired     = []string{"Name", "CustomerId"}
	attachmentRequired = []string{"CustomerId", "Name", "ContentBased64"}
)

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
	maps.Copy(stored, pick(body, customerFields...))
	stored["LastModified"] = ateraTime(time.Now())
}

// picker is a create build func that stores the named fields of the body.
func picker(fields ...string) func(*call, entity) entity {
	return func(_ *call, body entity) entity { return pick(body, fields...) }
}

// bodyCheck checks a request body beyond its required fields; it answers the request itself
// (e.g. 400 or 404) and returns false when the body does not pass.
type bodyCheck func(c *call, body entity) bool

// guard runs next only when the body carries the required fields and passes every check.
func guard(required []string, next handlerFunc, checks ...bodyCheck) handlerFunc {
	return func(c *call) {
		body, ok := c.jsonBody(required)
		if !ok {
			return
		}
		for _, check := range checks {
			if !check(c, body) {
				return
			}
		}
		next(c)
	}
}

// customerExists passes a body whose field is absent or null, or names an existing customer;
// it answers 400 for a value that is not an id and 404 for a missing customer.
func customerExists(field string) bodyCheck {
	return func(c *call, body entity) bool {
		v, set := body[field]
		if !set || v == nil {
			return true
		}
		id, ok := toInt64(v)
		if !ok {
			c.invalidValue(field, fmt.Sprint(v))
			return false
		}
		if _, found := c.s.store.get("customers", id); !found {
			c.notFoundIn("customers", id)
			return false
		}
		return true
	}
}

// base64In passes a body whose field holds standard base64, answering 400 otherwise.
func base64In(field string) bodyCheck {
	return func(c *call, body entity) bool {
		s, ok := body[field].(string)
		if _, err := base64.StdEncoding.DecodeString(s); !ok || err != nil {
			c.invalid(map[string][]string{field: {fmt.Sprintf("The %s field is not valid base64.", field)}})
			return false
		}
		return true
	}
}

// modifiedList answers a list that honours Atera's FromLastModifiedDate (on or after, read
// as UTC: the fake account's time zone) and SortBy (Creation or LastModified) query
// parameters, after the filter where.
func modifiedList(col string, where filterFunc) handlerFunc {
	return func(c *call) {
		q := c.r.URL.Query()
		var from time.Time
		if v := q.Get("FromLastModifiedDate"); v != "" {
			t, ok := accountTime(v)
			if !ok {
				c.invalidValue("FromLastModifiedDate", v)
				return
			}
			from = t
		}
		sortBy := q.Get("SortBy")
		if sortBy != "" && sortBy != "Creation" && sortBy != "LastModified" {
			c.invalidValue("SortBy", sortBy)
			return
		}
		keep := func(entity) bool { return true }
		if where != nil {
			var ok bool
			if keep, ok = where(c); !ok {
				return
			}
		}
		items := c.s.store.filter(col, func(e entity) bool {
			return keep(e) && !lastModified(e).Before(from)
		})
		if sortBy == "LastModified" {
			slices.SortStableFunc(items, func(a, b entity) int { return lastModified(a).Compare(lastModified(b)) })
		}
		c.writePage(items)
	}
}

// accountTime parses a FromLastModifiedDate: yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss, no offset.
func accountTime(v string) (time.Time, bool) {
	for _, layout := range []string{time.DateOnly, "2006-01-02T15:04:05"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// lastModified reads an entity's LastModified time; the zero time when it has none.
func lastModified(e entity) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, stringField(e, "LastModified"))
	return t
}
