package testkit

import "time"

// customerDTO is Atera's CustomerDto.
type customerDTO struct {
	CustomerID     int64   `json:"CustomerID"`
	CustomerName   string  `json:"CustomerName"`
	CreatedOn      string  `json:"CreatedOn"`
	LastModified   string  `json:"LastModified"`
	BusinessNumber string  `json:"BusinessNumber"`
	Domain         string  `json:"Domain"`
	Address        string  `json:"Address"`
	City           string  `json:"City"`
	State          string  `json:"State"`
	Country        string  `json:"Country"`
	Phone          string  `json:"Phone"`
	Fax            string  `json:"Fax"`
	Notes          string  `json:"Notes"`
	Logo           string  `json:"Logo"`
	Links          string  `json:"Links"`
	Longitude      float64 `json:"Longitude"`
	Latitude       float64 `json:"Latitude"`
	ZipCodeStr     string  `json:"ZipCodeStr"`
}

// demoCustomer is one customer of the demo tenant and the shape of its fleet.
type demoCustomer struct {
	dto    customerDTO
	prefix string // machine-name prefix, e.g. "ACME"
	agents int    // fleet size
	shared string // a machine name another customer also uses
}

// demoTenant is the demo tenant's customers; their fleets total 160 agents.
var demoTenant = []demoCustomer{
	{customerDTO{CustomerName: "Acme Manufacturing Ltd", BusinessNumber: "81-4420917", Domain: "acme-mfg.com",
		Address: "1200 Industrial Pkwy", City: "Columbus", State: "OH", Country: "United States", Phone: "+1 614-555-0142",
		Fax: "+1 614-555-0143", Notes: "Managed since 2019. Two shifts; patch window Sunday 02:00.", Links: "https://acme-mfg.com",
		Longitude: -82.9988, Latitude: 39.9612, ZipCodeStr: "43215"}, "ACME", 44, ""},
	{customerDTO{CustomerName: "Northwind Logistics", BusinessNumber: "27-9930114", Domain: "northwindlogistics.com",
		Address: "55 Harbor Blvd", City: "Tacoma", State: "WA", Country: "United States", Phone: "+1 253-555-0177",
		Fax: "", Notes: "24/7 warehouse; call the on-site lead before rebooting servers.", Links: "https://northwindlogistics.com",
		Longitude: -122.4443, Latitude: 47.2529, ZipCodeStr: "98402"}, "NWL", 34, "RECEPTION-PC"},
	{customerDTO{CustomerName: "Blue Harbor Dental", BusinessNumber: "46-1187305", Domain: "blueharbordental.com",
		Address: "310 Main St, Suite 4", City: "Portland", State: "ME", Country: "United States", Phone: "+1 207-555-0119",
		Fax: "+1 207-555-0120", Notes: "HIPAA. Imaging workstation must stay on Windows 10 until vendor certifies 11.", Links: "",
		Longitude: -70.2553, Latitude: 43.6591, ZipCodeStr: "04101"}, "BHD", 28, "RECEPTION-PC"},
	{customerDTO{CustomerName: "Summit Legal Partners", BusinessNumber: "GB 304 1122 57", Domain: "summitlegal.co.uk",
		Address: "18 Fleet Street", City: "London", State: "", Country: "United Kingdom", Phone: "+44 20 7946 0321",
		Fax: "+44 20 7946 0322", Notes: "Document management on SRV-02. Partners on MacBooks.", Links: "https://summitlegal.co.uk",
		Longitude: -0.1072, Latitude: 51.5142, ZipCodeStr: "EC4Y 1AA"}, "SLP", 24, "FRONTDESK-01"},
	{customerDTO{CustomerName: "Greenfield Accounting", BusinessNumber: "ABN 51 824 753 556", Domain: "greenfieldacct.com.au",
		Address: "Level 9, 120 Collins St", City: "Melbourne", State: "VIC", Country: "Australia", Phone: "+61 3 9555 0188",
		Fax: "", Notes: "Tax season freeze from July to October.", Links: "",
		Longitude: 144.9690, Latitude: -37.8142, ZipCodeStr: "3000"}, "GFA", 18, "FRONTDESK-01"},
	{customerDTO{CustomerName: "Riverside Veterinary Clinic", BusinessNumber: "CA-778201", Domain: "riversidevet.ca",
		Address: "742 River Rd", City: "Winnipeg", State: "MB", Country: "Canada", Phone: "+1 204-555-0163",
		Fax: "+1 204-555-0164", Notes: "Small site; single Ubuntu server for backups.", Links: "https://riversidevet.ca",
		Longitude: -97.1384, Latitude: 49.8951, ZipCodeStr: "R3T 2N2"}, "RVC", 12, ""},
}

// demoCustomers seeds the demo tenant's customers, ids 1 to 6.
func demoCustomers(g *demoGen) {
	for i, c := range demoTenant {
		dto := c.dto
		dto.CustomerID = int64(i + 1)
		created := g.agoTime(200*24*time.Hour, 2000*24*time.Hour)
		dto.CreatedOn = ateraTime(created)
		dto.LastModified = ateraTime(created.Add(time.Duration(g.r.Int64N(int64(g.now.Sub(created))))))
		dto.Logo = "https://app.atera.com/customers/logos/" + g.hex(24) + ".png"
		g.add("customers", dto)
	}
}
