package rmm_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/rmm"
)

// laptopJSON is one agent as Atera's AgentDto sends it: seven fraction digits, a time without
// zone, a date-only BIOS date, two disks and a battery.
const laptopJSON = `{
	"MachineID": "9f2c4e1a7b3d4c5e8f9a0b1c2d3e4f5a", "AgentID": 501,
	"DeviceGuid": "3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b", "FolderID": 22, "FolderName": "Laptops",
	"CustomerID": 2, "CustomerName": "Northwind Logistics",
	"AgentName": "NWL-LT-007", "SystemName": "NWL-LT-007", "MachineName": "NWL-LT-007",
	"DomainName": "NWL.LOCAL", "CurrentLoggedUsers": "NWL\\akhan", "ComputerDescription": "Finance",
	"Monitored": true, "AgentVersion": "2.0.4.21", "Favorite": true, "ThresholdID": 2, "MonitoredAgentID": 501,
	"Created": "2024-02-29T10:11:12.1234567Z", "Modified": "2026-11-30T23:59:59.9999999",
	"Online": false, "LastSeen": "2026-12-01T06:00:00Z", "ReportedFromIP": "203.0.113.24",
	"AppViewUrl": "https://app.atera.com/new/rmm/device/501/agent",
	"Motherboard": "LENOVO 21HDCTO1WW", "Processor": "13th Gen Intel(R) Core(TM) i7-1365U", "Memory": 16384,
	"Display": "Intel(R) Iris(R) Xe Graphics", "Sound": "Realtek High Definition Audio",
	"ProcessorCoresCount": 10, "SystemDrive": "C:", "ProcessorClock": "1800",
	"Vendor": "LENOVO", "VendorSerialNumber": "PF3K9Z2Q", "VendorBrandModel": "ThinkPad T14 Gen 4",
	"ProductName": "ThinkPad T14 Gen 4", "BiosManufacturer": "LENOVO", "BiosVersion": "R2FET51W (1.31)",
	"BiosReleaseDate": "2023-05-17T00:00:00",
	"MacAddresses": ["00-1A-2B-3C-4D-5E", "00-1A-2B-3C-4D-5F"], "IpAddresses": ["10.2.1.44"],
	"HardwareDisks": [
		{"Drive": "C:", "Free": 301.5, "Used": 210.5, "Total": 512},
		{"Drive": "D:", "Free": 900, "Used": 124, "Total": 1024}
	],
	"BatteryInfo": {"Id": 77, "Name": "LENOVO battery", "BatteryHealth": 87.5, "DesignedCapacity": 57000,
		"FullChargeCapacity": 49875, "CycleCount": 212},
	"OS": "Microsoft Windows 11 Pro", "OSType": "Work Station", "WindowsSerialNumber": "00330-80000-00000-AA123",
	"Office": "Microsoft 365 Apps for business", "OfficeSP": "", "OfficeOEM": true, "OfficeSerialNumber": "",
	"OSNum": 10.5, "LastRebootTime": "2026-11-28T04:30:00.12Z", "OSVersion": "10.0.22631", "OSBuild": "22631",
	"OfficeFullVersion": "16.0.17328.20282", "LastLoginUser": "NWL\\akhan", "DeviceType": "Laptop"
}`

// laptop is laptopJSON as the SDK must decode it, written out by hand.
func laptop() rmm.Agent {
	return rmm.Agent{
		MachineID:           "9f2c4e1a7b3d4c5e8f9a0b1c2d3e4f5a",
		AgentID:             501,
		DeviceGuid:          "3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b",
		FolderID:            22,
		FolderName:          "Laptops",
		CustomerID:          2,
		CustomerName:        "Northwind Logistics",
		AgentName:           "NWL-LT-007",
		SystemName:          "NWL-LT-007",
		MachineName:         "NWL-LT-007",
		DomainName:          "NWL.LOCAL",
		CurrentLoggedUsers:  `NWL\akhan`,
		ComputerDescription: "Finance",
		Monitored:           true,
		AgentVersion:        "2.0.4.21",
		Favorite:            true,
		ThresholdID:         2,
		MonitoredAgentID:    501,
		Created:             utc(2024, time.February, 29, 10, 11, 12, 123456700),
		Modified:            utc(2026, time.November, 30, 23, 59, 59, 999999900),
		LastSeen:            utc(2026, time.December, 1, 6, 0, 0, 0),
		ReportedFromIP:      "203.0.113.24",
		AppViewUrl:          "https://app.atera.com/new/rmm/device/501/agent",
		Motherboard:         "LENOVO 21HDCTO1WW",
		Processor:           "13th Gen Intel(R) Core(TM) i7-1365U",
		Memory:              16384,
		Display:             "Intel(R) Iris(R) Xe Graphics",
		Sound:               "Realtek High Definition Audio",
		ProcessorCoresCount: 10,
		SystemDrive:         "C:",
		ProcessorClock:      "1800",
		Vendor:              "LENOVO",
		VendorSerialNumber:  "PF3K9Z2Q",
		VendorBrandModel:    "ThinkPad T14 Gen 4",
		ProductName:         "ThinkPad T14 Gen 4",
		BiosManufacturer:    "LENOVO",
		BiosVersion:         "R2FET51W (1.31)",
		BiosReleaseDate:     utc(2023, time.May, 17, 0, 0, 0, 0),
		MacAddresses:        []string{"00-1A-2B-3C-4D-5E", "00-1A-2B-3C-4D-5F"},
		IpAddresses:         []string{"10.2.1.44"},
		HardwareDisks: []rmm.HardwareDisk{
			{Drive: "C:", Free: 301.5, Used: 210.5, Total: 512},
			{Drive: "D:", Free: 900, Used: 124, Total: 1024},
		},
		BatteryInfo: &rmm.Battery{
			Id: 77, Name: "LENOVO battery", BatteryHealth: 87.5, DesignedCapacity: 57000,
			FullChargeCapacity: 49875, CycleCount: 212,
		},
		OS:                  "Microsoft Windows 11 Pro",
		OSType:              "Work Station",
		WindowsSerialNumber: "00330-80000-00000-AA123",
		Office:              "Microsoft 365 Apps for business",
		OfficeOEM:           true,
		OSNum:               10.5,
		LastRebootTime:      utc(2026, time.November, 28, 4, 30, 0, 120000000),
		OSVersion:           "10.0.22631",
		OSBuild:             "22631",
		OfficeFullVersion:   "16.0.17328.20282",
		LastLoginUser:       `NWL\akhan`,
		DeviceType:          "Laptop",
	}
}

// utc is a core.Time in UTC.
func utc(year int, month time.Month, day, hour, minute, sec, nsec int) core.Time {
	return core.Time{Time: time.Date(year, month, day, hour, minute, sec, nsec, time.UTC)}
}

// laptopWith returns laptopJSON as a JSON object with some fields replaced, ready for
// testkit.Add; numbers stay numbers on the wire.
func laptopWith(t *testing.T, fields map[string]any) map[string]any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader([]byte(laptopJSON)))
	dec.UseNumber()
	var obj map[string]any
	if err := dec.Decode(&obj); err != nil {
		t.Fatalf("laptopJSON: %v", err)
	}
	for k, v := range fields {
		obj[k] = v
	}
	return obj
}

// simpleAgents returns n minimal agents with ids 1..n spread over customers 1 to 3, and the
// ids in order.
func simpleAgents(n int) (items []any, ids []int64) {
	for i := 1; i <= n; i++ {
		name := fmt.Sprintf("PC-%03d", i)
		items = append(items, rmm.Agent{AgentID: int64(i), CustomerID: int64(1 + i%3), AgentName: name, MachineName: name})
		ids = append(ids, int64(i))
	}
	return items, ids
}
