package testkit

import (
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"strings"
	"time"
)

// contactFields are the fields UpdateContactRequest carries; newContactFields are those of
// CreateContactRequest a contact keeps (CreatedOn aside).
var (
	contactFields = []string{
		"Firstname", "Lastname", "JobTitle", "Phone", "MobilePhone", "IsContactPerson", "InIgnoreMode",
		"Archived", "CustomerID", "CustomerName", "DepartmentID", "DepartmentName", "DefaultAgentId",
	}
	newContactFields = []string{
		"Email", "Firstname", "Lastname", "JobTitle", "Phone", "MobilePhone", "IsContactPerson",
		"InIgnoreMode", "CustomerID", "CustomerName", "DepartmentID", "DepartmentName", "DefaultAgentId",
	}
)

// contactsResource serves ContactDto under /contacts. A contact's CustomerID must name an
// existing customer; CustomerName and DepartmentName follow the ids they belong to.
var contactsResource = resource{
	collections: []collectionSpec{{name: "contacts", idField: "EndUserID", label: "Contact"}},
	routes: []routeSpec{
		{"GET", "/contacts", modifiedList("contacts", contactsMatching)},
		{"GET", "/contacts/{contactId}", get("contacts", "contactId")},
		{"POST", "/contacts", guard([]string{"Email"}, create("contacts", nil, newContact), customerExists("CustomerID"), linkBody)},
		{"PUT", "/contacts/{contactId}", guard(nil, update("contacts", "contactId", editContact), customerExists("CustomerID"), linkBody)},
		{"DELETE", "/contacts/{contactId}", remove("contacts", "contactId")},
	},
	demo: demoContacts,
}

// contactsMatching keeps the contacts whose Email (ignoring case) and Phone are those of the
// query, when it has them (Email and Phone, or the older searchOptions.email and .phone).
func contactsMatching(c *call) (func(entity) bool, bool) {
	q := c.r.URL.Query()
	email := cmp.Or(q.Get("Email"), q.Get("searchOptions.email"))
	phone := cmp.Or(q.Get("Phone"), q.Get("searchOptions.phone"))
	return func(e entity) bool {
		return (email == "" || strings.EqualFold(stringField(e, "Email"), email)) &&
			(phone == "" || stringField(e, "Phone") == phone || stringField(e, "MobilePhone") == phone)
	}, true
}

// newContact maps a CreateContactRequest onto a ContactDto.
func newContact(_ *call, body entity) entity {
	e := entity{"IsContactPerson": false, "InIgnoreMode": false}
	maps.Copy(e, pick(body, newContactFields...))
	e["Archived"] = false
	now := ateraTime(time.Now())
	e["CreatedOn"], e["LastModified"] = now, now
	if v, ok := body["CreatedOn"]; ok && v != nil {
		e["CreatedOn"] = v
	}
	return e
}

// editContact applies an UpdateContactRequest to a stored ContactDto.
func editContact(_ *call, stored, body entity) {
	maps.Copy(stored, pick(body, contactFields...))
	stored["LastModified"] = ateraTime(time.Now())
}

// linkBody rewrites a contact request's body with the names its ids stand for (see
// linkContact), before the store is locked, so the handler that follows stores them. It never
// refuses a body.
func linkBody(c *call, body entity) bool {
	c.linkContact(body)
	if b, err := json.Marshal(body); err == nil {
		c.body = b
	}
	return true
}

// linkContact fills a contact's CustomerID from its CustomerName or its CustomerName from its
// CustomerID, and its DepartmentName from its DepartmentID, as Atera does.
func (c *call) linkContact(e entity) {
	if id, ok := toInt64(e["CustomerID"]); ok && id > 0 {
		if cust, found := c.s.store.get("customers", id); found {
			e["CustomerName"] = cust["CustomerName"]
		}
	} else if name := stringField(e, "CustomerName"); name != "" {
		if cust, found := c.s.store.find("customers", func(x entity) bool {
			return strings.EqualFold(stringField(x, "CustomerName"), name)
		}); found {
			e["CustomerID"], e["CustomerName"] = cust["CustomerID"], cust["CustomerName"]
		}
	}
	if id, ok := toInt64(e["DepartmentID"]); ok && id > 0 {
		if dep, found := c.s.store.get("departments", id); found {
			e["DepartmentName"] = dep["Name"]
		}
	}
}

// contactDTO is Atera's ContactDto.
type contactDTO struct {
	EndUserID       int64  `json:"EndUserID"`
	CustomerID      int64  `json:"CustomerID"`
	CustomerName    string `json:"CustomerName"`
	Firstname       string `json:"Firstname"`
	Lastname        string `json:"Lastname"`
	JobTitle        string `json:"JobTitle"`
	Email           string `json:"Email"`
	Phone           string `json:"Phone"`
	MobilePhone     string `json:"MobilePhone"`
	IsContactPerson bool   `json:"IsContactPerson"`
	InIgnoreMode    bool   `json:"InIgnoreMode"`
	CreatedOn       string `json:"CreatedOn"`
	LastModified    string `json:"LastModified"`
	Archived        bool   `json:"Archived"`
	DepartmentID    *int64 `json:"DepartmentID"`
	DepartmentName  string `json:"DepartmentName"`
	DefaultAgentId  *int64 `json:"DefaultAgentId"`
}

// demoContactCounts is the number of contacts of each demo customer: 62 in all, two pages
// of 50.
var demoContactCounts = []int{12, 12, 11, 10, 9, 8}

var (
	demoFirstNames = []string{
		"Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Sophia", "Mason", "Isabella", "Lucas",
		"Mia", "Oliver", "Amelia", "James", "Harper", "Benjamin", "Evelyn", "Elijah", "Abigail",
		"Henry", "Priya", "Mateo", "Chloe", "Daniel", "Grace", "Samuel", "Zoe", "David", "Nora",
		"Aiden", "Hannah", "Ryan", "Leah", "Wei", "Fatima", "Jonah", "Ingrid", "Tomás", "Aisha", "Connor",
	}
	demoLastNames = []string{
		"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Martinez",
		"Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson",
		"White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King",
		"Wright", "Scott", "Nguyen", "Patel", "O'Brien", "Kowalski", "Chen", "Fischer", "Murphy",
	}
	demoJobTitles = []string{
		"Office Manager", "Accountant", "Operations Manager", "Receptionist", "Sales Representative",
		"HR Coordinator", "Warehouse Supervisor", "Project Manager", "Administrative Assistant",
		"Marketing Specialist", "Controller", "Paralegal", "Dental Hygienist", "Veterinary Technician",
		"Shift Lead", "Customer Service Agent", "Bookkeeper", "",
	}
)

// demoContacts seeds the contacts of every demo customer, ids 1 to 62. The first contact of
// each customer is its contact person (its owner or office manager).
func demoContacts(g *demoGen) {
	var id int64
	for ci, c := range demoTenant {
		customerID := int64(ci + 1)
		cust, _ := g.s.store.get("customers", customerID)
		since, _ := time.Parse(time.RFC3339Nano, stringField(cust, "CreatedOn"))
		agents := g.s.store.filter("agents", func(e entity) bool {
			n, _ := toInt64(e["CustomerID"])
			return n == customerID
		})
		used := map[string]bool{}
		for n := range demoContactCounts[ci] {
			id++
			first, last := oneOf(g, demoFirstNames...), oneOf(g, demoLastNames...)
			for used[first+last] {
				first, last = oneOf(g, demoFirstNames...), oneOf(g, demoLastNames...)
			}
			used[first+last] = true
			created := since.Add(time.Duration(g.r.Int64N(int64(g.now.Sub(since)))))
			ct := contactDTO{
				EndUserID:       id,
				CustomerID:      customerID,
				CustomerName:    c.dto.CustomerName,
				Firstname:       first,
				Lastname:        last,
				JobTitle:        oneOf(g, demoJobTitles...),
				Email:           demoEmail(first, last, c.dto.Domain),
				Phone:           g.phoneLike(c.dto.Phone),
				IsContactPerson: n == 0,
				InIgnoreMode:    n > 0 && g.chance(0.05),
				CreatedOn:       ateraTime(created),
				LastModified:    ateraTime(created.Add(time.Duration(g.r.Int64N(int64(g.now.Sub(created)))))),
				Archived:        n > 0 && g.chance(0.06),
			}
			if n == 0 {
				ct.JobTitle = oneOf(g, "Office Manager", "Owner", "Managing Partner", "Practice Manager")
			}
			if g.chance(0.6) {
				ct.MobilePhone = g.mobile(c.dto.Country)
			}
			if g.chance(0.5) {
				d := g.r.IntN(len(demoDepartments))
				depID := int64(d + 1)
				ct.DepartmentID, ct.DepartmentName = &depID, demoDepartments[d].Name
			}
			if len(agents) > 0 && g.chance(0.4) {
				agentID, _ := toInt64(agents[g.r.IntN(len(agents))]["AgentID"])
				ct.DefaultAgentId = &agentID
			}
			g.add("contacts", ct)
		}
	}
}

// demoEmail is first.last@domain in lower case, letters only.
func demoEmail(first, last, domain string) string {
	keep := func(s string) string {
		return strings.Map(func(r rune) rune {
			switch {
			case r >= 'a' && r <= 'z':
				return r
			case r == 'á':
				return 'a'
			}
			return -1
		}, strings.ToLower(s))
	}
	return keep(first) + "." + keep(last) + "@" + domain
}

// phoneLike is an office number on the same exchange as phone (a demo customer's, at least
// two digits long): its last two digits redrawn.
func (g *demoGen) phoneLike(phone string) string {
	return fmt.Sprintf("%s%02d", phone[:len(phone)-2], g.r.IntN(100))
}

// mobile draws a mobile number from the fictional ranges of the country.
func (g *demoGen) mobile(country string) string {
	switch country {
	case "United Kingdom":
		return fmt.Sprintf("+44 7700 900%03d", g.r.IntN(1000))
	case "Australia":
		return fmt.Sprintf("+61 491 570 %03d", g.r.IntN(1000))
	}
	return fmt.Sprintf("+1 %03d-555-%04d", g.intn(201, 989), g.intn(100, 199))
}
