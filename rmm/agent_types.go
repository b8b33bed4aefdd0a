package rmm

import "github.com/wyre-technology/go-atera/core"

// Agent is an Atera agent: the RMM agent installed on one managed machine (Atera's AgentDto).
// Field names follow Atera's JSON exactly. Atera no longer fills LastPatchManagementReceived,
// so it is not here.
type Agent struct {
	MachineID           core.FlexString `json:"MachineID"`
	AgentID             int64           `json:"AgentID"`
	DeviceGuid          string          `json:"DeviceGuid"`
	FolderID            int64           `json:"FolderID"`
	FolderName          string          `json:"FolderName"`
	CustomerID          int64           `json:"CustomerID"`
	CustomerName        string          `json:"CustomerName"`
	AgentName           string          `json:"AgentName"`
	SystemName          string          `json:"SystemName"`
	MachineName         string          `json:"MachineName"`
	DomainName          string          `json:"DomainName"`
	CurrentLoggedUsers  string          `json:"CurrentLoggedUsers"`
	ComputerDescription string          `json:"ComputerDescription"`
	Monitored           bool            `json:"Monitored"`
	AgentVersion        string          `json:"AgentVersion"`
	Favorite            bool            `json:"Favorite"`
	ThresholdID         int64           `json:"ThresholdID"`
	MonitoredAgentID    int64           `json:"MonitoredAgentID"`
	Created             core.Time       `json:"Created"`
	Modified            core.Time       `json:"Modified"`
	Online              bool            `json:"Online"`
	LastSeen            core.Time       `json:"LastSeen"`
	ReportedFromIP      string          `json:"ReportedFromIP"`
	AppViewUrl          string          `json:"AppViewUrl"`
	Motherboard         string          `json:"Motherboard"`
	Processor           string          `json:"Processor"`
	Memory              int             `json:"Memory"`
	Display             string          `json:"Display"`
	Sound               string          `json:"Sound"`
	ProcessorCoresCount int             `json:"ProcessorCoresCount"`
	SystemDrive         string          `json:"SystemDrive"`
	ProcessorClock      string          `json:"ProcessorClock"`
	Vendor              string          `json:"Vendor"`
	VendorSerialNumber  string          `json:"VendorSerialNumber"`
	VendorBrandModel    string          `json:"VendorBrandModel"`
	ProductName         string          `json:"ProductName"`
	BiosManufacturer    string          `json:"BiosManufacturer"`
	BiosVersion         string          `json:"BiosVersion"`
	BiosReleaseDate     core.Time       `json:"BiosReleaseDate"`
	MacAddresses        []string        `json:"MacAddresses"`
	IpAddresses         []string        `json:"IpAddresses"`
	HardwareDisks       []HardwareDisk  `json:"HardwareDisks"`
	BatteryInfo         *Battery        `json:"BatteryInfo"`
	OS                  string          `json:"OS"`
	OSType              string          `json:"OSType"`
	WindowsSerialNumber string          `json:"WindowsSerialNumber"`
	Office              string          `json:"Office"`
	OfficeSP            string          `json:"OfficeSP"`
	OfficeOEM           bool            `json:"OfficeOEM"`
	OfficeSerialNumber  string          `json:"OfficeSerialNumber"`
	OSNum               float64         `json:"OSNum"`
	LastRebootTime      core.Time       `json:"LastRebootTime"`
	OSVersion           string          `json:"OSVersion"`
	OSBuild             string          `json:"OSBuild"`
	OfficeFullVersion   string          `json:"OfficeFullVersion"`
	LastLoginUser       string          `json:"LastLoginUser"`
	DeviceType          string          `json:"DeviceType"`
}

// HardwareDisk is one disk of an agent's machine (Atera's HardwareDiskDto); sizes in GB.
type HardwareDisk struct {
	Drive string  `json:"Drive"`
	Free  float64 `json:"Free"`
	Used  float64 `json:"Used"`
	Total float64 `json:"Total"`
}

// Battery is the battery of a laptop agent (Atera's BatteryDto).
type Battery struct {
	Id                 int64   `json:"Id"`
	Name               string  `json:"Name"`
	BatteryHealth      float64 `json:"BatteryHealth"`
	DesignedCapacity   int     `json:"DesignedCapacity"`
	FullChargeCapacity int     `json:"FullChargeCapacity"`
	CycleCount         int     `json:"CycleCount"`
}

// AvailablePatches lists the updates an agent's machine can install
// (Atera's AgentAvailableUpdatesResponse).
type AvailablePatches struct {
	DeviceGuid       string            `json:"deviceGuid"`
	Timestamp        core.Time         `json:"timestamp"`
	AvailableUpdates []AvailableUpdate `json:"availableUpdates"`
}

// AvailableUpdate is one update not yet installed (Atera's AgentAvailableUpdateDto).
type AvailableUpdate struct {
	Name   string `json:"name"`
	Class  string `json:"class"`
	KbId   string `json:"kbId"`
	Status string `json:"status"`
}

// InstalledPatches lists the updates installed on an agent's machine
// (Atera's AgentInstalledUpdatesResponse).
type InstalledPatches struct {
	DeviceGuid       string            `json:"deviceGuid"`
	Timestamp        core.Time         `json:"timestamp"`
	InstalledUpdates []InstalledUpdate `json:"installedUpdates"`
}

// InstalledUpdate is one installed update (Atera's AgentInstalledUpdateDto).
type InstalledUpdate struct {
	Name        string    `json:"name"`
	Class       string    `json:"class"`
	KbId        string    `json:"kbId"`
	InstallDate core.Time `json:"installDate"`
}
