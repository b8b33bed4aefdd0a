package testkit

import (
	"fmt"
	"strings"
	"time"
)

// agentDTO is Atera's AgentDto, every property the spec lists.
type agentDTO struct {
	MachineID           string      `json:"MachineID"`
	AgentID             int64       `json:"AgentID"`
	DeviceGuid          string      `json:"DeviceGuid"`
	FolderID            int64       `json:"FolderID"`
	FolderName          string      `json:"FolderName"`
	CustomerID          int64       `json:"CustomerID"`
	CustomerName        string      `json:"CustomerName"`
	AgentName           string      `json:"AgentName"`
	SystemName          string      `json:"SystemName"`
	MachineName         string      `json:"MachineName"`
	DomainName          string      `json:"DomainName"`
	CurrentLoggedUsers  string      `json:"CurrentLoggedUsers"`
	ComputerDescription string      `json:"ComputerDescription"`
	Monitored           bool        `json:"Monitored"`
	AgentVersion        string      `json:"AgentVersion"`
	Favorite            bool        `json:"Favorite"`
	ThresholdID         int64       `json:"ThresholdID"`
	MonitoredAgentID    int64       `json:"MonitoredAgentID"`
	Created             string      `json:"Created"`
	Modified            string      `json:"Modified"`
	Online              bool        `json:"Online"`
	LastSeen            string      `json:"LastSeen"`
	ReportedFromIP      string      `json:"ReportedFromIP"`
	AppViewURL          string      `json:"AppViewUrl"`
	Motherboard         string      `json:"Motherboard"`
	Processor           string      `json:"Processor"`
	Memory              int         `json:"Memory"`
	Display             string      `json:"Display"`
	Sound               string      `json:"Sound"`
	ProcessorCoresCount int         `json:"ProcessorCoresCount"`
	SystemDrive         string      `json:"SystemDrive"`
	ProcessorClock      string      `json:"ProcessorClock"`
	Vendor              string      `json:"Vendor"`
	VendorSerialNumber  string      `json:"VendorSerialNumber"`
	VendorBrandModel    string      `json:"VendorBrandModel"`
	ProductName         string      `json:"ProductName"`
	BiosManufacturer    string      `json:"BiosManufacturer"`
	BiosVersion         string      `json:"BiosVersion"`
	BiosReleaseDate     string      `json:"BiosReleaseDate"`
	MacAddresses        []string    `json:"MacAddresses"`
	IPAddresses         []string    `json:"IpAddresses"`
	HardwareDisks       []diskDTO   `json:"HardwareDisks"`
	BatteryInfo         *batteryDTO `json:"BatteryInfo"`
	OS                  string      `json:"OS"`
	OSType              string      `json:"OSType"`
	WindowsSerialNumber string      `json:"WindowsSerialNumber"`
	Office              string      `json:"Office"`
	OfficeSP            string      `json:"OfficeSP"`
	OfficeOEM           bool        `json:"OfficeOEM"`
	OfficeSerialNumber  string      `json:"OfficeSerialNumber"`
	OSNum               float64     `json:"OSNum"`
	LastRebootTime      string      `json:"LastRebootTime"`
	OSVersion           string      `json:"OSVersion"`
	OSBuild             string      `json:"OSBuild"`
	OfficeFullVersion   string      `json:"OfficeFullVersion"`
	LastLoginUser       string      `json:"LastLoginUser"`
	DeviceType          string      `json:"DeviceType"`
}

// diskDTO is Atera's HardwareDiskDto (GB).
type diskDTO struct {
	Drive string  `json:"Drive"`
	Free  float64 `json:"Free"`
	Used  float64 `json:"Used"`
	Total float64 `json:"Total"`
}

// batteryDTO is Atera's BatteryDto.
type batteryDTO struct {
	ID                 int64   `json:"Id"`
	Name               string  `json:"Name"`
	BatteryHealth      float64 `json:"BatteryHealth"`
	DesignedCapacity   int     `json:"DesignedCapacity"`
	FullChargeCapacity int     `json:"FullChargeCapacity"`
	CycleCount         int     `json:"CycleCount"`
}

// patchDTO is one entry of AgentAvailableUpdateDto or AgentInstalledUpdateDto.
type patchDTO struct {
	Name        string `json:"name"`
	Class       string `json:"class"`
	KbID        string `json:"kbId"`
	Status      string `json:"status,omitempty"`
	InstallDate string `json:"installDate,omitempty"`
}

// platform is an operating system a demo agent runs.
type platform struct {
	os, version, build string
	num                float64
	family             string // "windows", "macos" or "linux"
}

var (
	winServer2022 = platform{"Microsoft Windows Server 2022 Standard", "10.0.20348", "20348", 10, "windows"}
	winServer2019 = platform{"Microsoft Windows Server 2019 Standard", "10.0.17763", "17763", 10, "windows"}
	ubuntu2204    = platform{"Ubuntu 22.04.4 LTS", "22.04", "5.15.0-105-generic", 22.04, "linux"}
	windows11     = platform{"Microsoft Windows 11 Pro", "10.0.22631", "22631", 10, "windows"}
	windows10     = platform{"Microsoft Windows 10 Pro", "10.0.19045", "19045", 10, "windows"}
	macOS14       = platform{"macOS Sonoma 14.5", "14.5", "23F79", 14.5, "macos"}
)

// hardware is a machine model a demo agent runs on.
type hardware struct {
	vendor, model, board, cpu, clock, bios, biosMaker string
	cores                                             int
}

var (
	servers = []hardware{
		{"Dell Inc.", "PowerEdge R650", "Dell Inc. 0JNGFV", "Intel(R) Xeon(R) Silver 4314 CPU @ 2.40GHz", "2394", "1.10.2", "Dell Inc.", 16},
		{"HPE", "ProLiant DL380 Gen10", "HPE ProLiant DL380 Gen10", "Intel(R) Xeon(R) Gold 5218 CPU @ 2.30GHz", "2294", "U30 v2.80", "HPE", 16},
	}
	laptops = []hardware{
		{"LENOVO", "ThinkPad T14 Gen 4", "LENOVO 21HDCTO1WW", "13th Gen Intel(R) Core(TM) i7-1365U", "1800", "R2FET51W (1.31)", "LENOVO", 10},
		{"Dell Inc.", "Latitude 5440", "Dell Inc. 0R4XJ8", "13th Gen Intel(R) Core(TM) i5-1345U", "1600", "1.14.1", "Dell Inc.", 10},
		{"HP", "EliteBook 840 G10", "HP 8B41", "13th Gen Intel(R) Core(TM) i7-1355U", "1700", "V70 Ver. 01.05.02", "HP", 10},
	}
	macBooks = []hardware{
		{"Apple Inc.", "MacBook Pro (14-inch, 2023)", "Apple Inc. Mac14,9", "Apple M2 Pro", "3490", "10151.121.1", "Apple Inc.", 10},
	}
	desktops = []hardware{
		{"Dell Inc.", "OptiPlex 7010", "Dell Inc. 0Y6F9T", "13th Gen Intel(R) Core(TM) i5-13500", "2500", "1.9.0", "Dell Inc.", 14},
		{"HP", "EliteDesk 800 G6 SFF", "HP 870C", "Intel(R) Core(TM) i7-10700 CPU @ 2.90GHz", "2904", "S01 Ver. 02.13.00", "HP", 8},
		{"LENOVO", "ThinkCentre M70q Gen 3", "LENOVO 11USS0BK00", "12th Gen Intel(R) Core(TM) i5-12400T", "1800", "M3BKT3BA", "LENOVO", 6},
	}
)

// demoUsers are the people logging on to demo machines.
var demoUsers = []string{"jsmith", "mgarcia", "akhan", "lchen", "tnguyen", "pwilliams", "rpatel", "sobrien", "dkowalski", "emartin", "hfischer", "ijones"}

// demoAgents seeds 160 agents over the demo customers, with their patch lists.
func demoAgents(g *demoGen) {
	var id int64
	for ci, c := range demoTenant {
		counts := map[string]int{}
		for n := range c.agents {
			id++
			kind := "WS"
			switch {
			case n < 1+c.agents/20:
				kind = "SRV"
			case g.chance(0.45):
				kind = "LT"
			}
			counts[kind]++
			name := fmt.Sprintf("%s-%s-%03d", c.prefix, kind, counts[kind])
			if kind == "WS" && counts[kind] == 1 && c.shared != "" {
				name = c.shared
			}
			a := g.agent(id, int64(ci+1), c, kind, name)
			g.add("agents", a)
			g.patchesFor(a)
		}
	}
}

// agent draws one demo agent.
func (g *demoGen) agent(id, customerID int64, c demoCustomer, kind, name string) agentDTO {
	var (
		p      platform
		hw     hardware
		device string
		folder int64
	)
	switch kind {
	case "SRV":
		p, hw, device, folder = oneOf(g, winServer2022, winServer2022, winServer2019, ubuntu2204), oneOf(g, servers...), "Server", 1
	case "LT":
		p, hw, device, folder = oneOf(g, windows11, windows11, windows11, windows10), oneOf(g, laptops...), "Laptop", 2
		if g.chance(0.2) {
			p, hw = macOS14, macBooks[0]
		}
	default:
		p, hw, device, folder = oneOf(g, windows11, windows11, windows10), oneOf(g, desktops...), "Workstation", 3
	}
	domain := strings.ToUpper(c.prefix) + ".LOCAL"
	user := oneOf(g, demoUsers...)
	if p.family != "windows" {
		domain = ""
	}
	online := !g.chance(0.15)
	lastSeen := g.ago(0, 10*time.Minute)
	if !online {
		lastSeen = g.ago(2*time.Hour, 9*24*time.Hour)
	}
	created := g.agoTime(30*24*time.Hour, 900*24*time.Hour)
	a := agentDTO{
		MachineID:           g.hex(32),
		AgentID:             id,
		DeviceGuid:          g.guid(),
		FolderID:            customerID*10 + folder,
		FolderName:          device + "s",
		CustomerID:          customerID,
		CustomerName:        c.dto.CustomerName,
		AgentName:           name,
		SystemName:          name,
		MachineName:         name,
		DomainName:          domain,
		ComputerDescription: oneOf(g, "", "", "", "Front office", "Finance", "Shared PC", "Owner's machine"),
		Monitored:           !g.chance(0.05),
		AgentVersion:        oneOf(g, "2.0.4.21", "2.0.4.21", "2.0.3.87", "1.8.7.2"),
		Favorite:            g.chance(0.1),
		ThresholdID:         int64(oneOf(g, 1, 1, 2, 3)),
		MonitoredAgentID:    id,
		Created:             ateraTime(created),
		Modified:            ateraTime(created.Add(time.Duration(g.r.Int64N(int64(g.now.Sub(created)))))),
		Online:              online,
		LastSeen:            lastSeen,
		ReportedFromIP:      fmt.Sprintf("203.0.113.%d", 10*customerID+int64(g.intn(1, 9))),
		AppViewURL:          fmt.Sprintf("https://app.atera.com/new/rmm/device/%d/agent", id),
		Motherboard:         hw.board,
		Processor:           hw.cpu,
		Memory:              oneOf(g, 8192, 16384, 16384, 32768),
		Display:             oneOf(g, "Intel(R) Iris(R) Xe Graphics", "Intel(R) UHD Graphics 770", "Microsoft Basic Display Adapter"),
		Sound:               oneOf(g, "Realtek High Definition Audio", "Intel(R) Smart Sound Technology"),
		ProcessorCoresCount: hw.cores,
		SystemDrive:         "C:",
		ProcessorClock:      hw.clock,
		Vendor:              hw.vendor,
		VendorSerialNumber:  g.serial(8),
		VendorBrandModel:    hw.model,
		ProductName:         hw.model,
		BiosManufacturer:    hw.biosMaker,
		BiosVersion:         hw.bios,
		BiosReleaseDate:     g.agoTime(400*24*time.Hour, 1500*24*time.Hour).Format("2006-01-02T00:00:00"),
		MacAddresses:        []string{g.mac()},
		IPAddresses:         []string{fmt.Sprintf("10.%d.%d.%d", customerID, g.intn(0, 3), g.intn(10, 250))},
		OS:                  p.os,
		OSType:              map[bool]string{true: "Server", false: "Work Station"}[kind == "SRV"],
		OSNum:               p.num,
		LastRebootTime:      g.ago(time.Hour, 20*24*time.Hour),
		OSVersion:           p.version,
		OSBuild:             p.build,
		DeviceType:          device,
	}
	if online {
		a.CurrentLoggedUsers = loginName(domain, user)
	}
	a.LastLoginUser = loginName(domain, user)
	if kind == "SRV" {
		a.Memory *= 4
		a.MacAddresses = append(a.MacAddresses, g.mac())
		a.IPAddresses = append(a.IPAddresses, fmt.Sprintf("10.%d.0.%d", customerID, g.intn(2, 9)))
	}
	total := float64(oneOf(g, 256, 512, 512, 1024))
	used := float64(int(total*(0.2+0.7*g.r.Float64())*10)) / 10
	a.HardwareDisks = []diskDTO{{Drive: "C:", Free: total - used, Used: used, Total: total}}
	if p.family != "windows" {
		a.SystemDrive = "/"
		a.HardwareDisks[0].Drive = "/"
	} else {
		a.WindowsSerialNumber = fmt.Sprintf("00330-%05d-%05d-AA%03d", g.intn(10000, 99999), g.intn(0, 99999), g.intn(0, 999))
	}
	if p.family != "linux" && kind != "SRV" {
		a.Office, a.OfficeFullVersion = "Microsoft 365 Apps for business", "16.0.17328.20282"
		a.OfficeOEM = g.chance(0.1)
	}
	if kind == "LT" {
		design := oneOf(g, 52000, 57000, 70000)
		full := design * g.intn(72, 99) / 100
		a.BatteryInfo = &batteryDTO{
			ID: id, Name: hw.vendor + " battery", BatteryHealth: float64(full*1000/design) / 10,
			DesignedCapacity: design, FullChargeCapacity: full, CycleCount: g.intn(20, 600),
		}
	}
	return a
}

// loginName is user as Atera shows it, qualified by the Windows domain.
func loginName(domain, user string) string {
	if domain == "" {
		return user
	}
	return domain + `\` + user
}

// patchPool is the updates a platform family can list.
var patchPool = map[string][]patchDTO{
	"windows": {
		{Name: "2026-11 Cumulative Update for Windows (KB5046617)", Class: "Security Updates", KbID: "KB5046617"},
		{Name: "2026-11 Cumulative Update for .NET Framework 3.5 and 4.8.1 (KB5045934)", Class: "Security Updates", KbID: "KB5045934"},
		{Name: "Windows Malicious Software Removal Tool x64 - v5.130 (KB890830)", Class: "Update Rollups", KbID: "KB890830"},
		{Name: "Security Intelligence Update for Microsoft Defender Antivirus (KB2267602)", Class: "Definition Updates", KbID: "KB2267602"},
		{Name: "2026-10 Servicing Stack Update (KB5043937)", Class: "Critical Updates", KbID: "KB5043937"},
		{Name: "Microsoft Edge-Stable Channel Update (KB5047011)", Class: "Updates", KbID: "KB5047011"},
		{Name: "2026-09 Cumulative Update Preview (KB5043145)", Class: "Updates", KbID: "KB5043145"},
		{Name: "Intel - System - 10.1.19444.8378", Class: "Drivers", KbID: ""},
	},
	"macos": {
		{Name: "macOS Sonoma 14.6.1", Class: "OS Update", KbID: ""},
		{Name: "Safari 18.1", Class: "Application", KbID: ""},
		{Name: "XProtectPlistConfigData 5280", Class: "Security", KbID: ""},
	},
	"linux": {
		{Name: "openssl 3.0.2-0ubuntu1.18", Class: "Security", KbID: ""},
		{Name: "linux-image-generic 5.15.0.126.125", Class: "Security", KbID: ""},
		{Name: "openssh-server 1:8.9p1-3ubuntu0.11", Class: "Security", KbID: ""},
		{Name: "tzdata 2024a-0ubuntu0.22.04.1", Class: "Updates", KbID: ""},
	},
}

// patchesFor seeds the available and installed patch lists of a.
func (g *demoGen) patchesFor(a agentDTO) {
	family := "windows"
	switch a.OS {
	case macOS14.os:
		family = "macos"
	case ubuntu2204.os:
		family = "linux"
	}
	pool := patchPool[family]
	order := g.r.Perm(len(pool))
	split := g.intn(0, min(3, len(pool)-1))
	available := []patchDTO{}
	for _, i := range order[:split] {
		p := pool[i]
		p.Status = oneOf(g, "Available", "Available", "Downloaded", "Pending reboot")
		available = append(available, p)
	}
	installed := []patchDTO{}
	for _, i := range order[split:] {
		p := pool[i]
		p.InstallDate = g.ago(24*time.Hour, 90*24*time.Hour)
		installed = append(installed, p)
	}
	stamp := g.ago(0, 30*time.Minute)
	g.add("available-patches", map[string]any{"AgentID": a.AgentID, "timestamp": stamp, "availableUpdates": available})
	g.add("installed-patches", map[string]any{"AgentID": a.AgentID, "timestamp": stamp, "installedUpdates": installed})
}
