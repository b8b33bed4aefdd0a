package testkit

import (
	"net/http"
	"time"
)

// accountResource serves AccountInfoResponse at /account. The "account" collection holds the
// account under a hidden id ("_id"); GET /account answers the most recently stored one, so
// a test replaces the demo account with testkit.Add(srv, "account", ...).
var accountResource = resource{
	collections: []collectionSpec{{name: "account", idField: accountIDField, label: "Account"}},
	routes:      []routeSpec{{"GET", "/account", getAccount}},
	demo: func(g *demoGen) {
		g.add("account", accountDTO{
			AccountID:    g.guid(),
			Country:      "United States",
			CompanyName:  "Brightline IT Services",
			CreatedOn:    g.agoTime(3*365*24*time.Hour, 6*365*24*time.Hour).Format("2006-01-02T15:04:05"),
			State:        "CO",
			TimeZoneName: "UTC",
			City:         "Denver",
			Address:      "1600 Wynkoop St, Suite 300",
			PostalCode:   "80202",
			Phone:        "+1 303-555-0100",
			Plan:         "Expert",
		})
	},
}

// accountIDField is the account collection's hidden id field, removed from answers.
const accountIDField = "_id"

// accountDTO is Atera's AccountInfoResponse.
type accountDTO struct {
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

// getAccount answers the most recently stored account, or 404 when there is none.
func getAccount(c *call) {
	all := c.s.store.filter("account", nil)
	if len(all) == 0 {
		c.notFound("Account", "of this API key")
		return
	}
	acct := all[len(all)-1]
	delete(acct, accountIDField)
	writeJSON(c.w, http.StatusOK, acct)
}
