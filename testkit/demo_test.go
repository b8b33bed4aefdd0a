package testkit

import (
	"encoding/json"
	"regexp"
	"testing"
	"testing/synctest"
	"time"
)

// agentDtoProperties are every property of the spec's AgentDto.
var agentDtoProperties = []string{"MachineID", "AgentID", "DeviceGuid", "FolderID", "FolderName", "CustomerID", "CustomerName",
	"AgentName", "SystemName", "MachineName", "DomainName", "CurrentLoggedUsers", "ComputerDescription", "Monitored",
	"AgentVersion", "Favorite", "ThresholdID", "MonitoredAgentID", "Created", "Modified", "Online", "LastSeen",
	"ReportedFromIP", "AppViewUrl", "Motherboard", "Processor", "Memory", "Display", "Sound", "ProcessorCoresCount",
	"SystemDrive", "ProcessorClock", "Vendor", "VendorSerialNumber", "VendorBrandModel", "ProductName", "BiosManufacturer",
	"BiosVersion", "BiosReleaseDate", "MacAddresses", "IpAddresses", "HardwareDisks", "BatteryInfo", "OS", "OSType",
	"WindowsSerialNumber", "Office", "OfficeSP", "OfficeOEM", "OfficeSerialNumber", "OSNum", "LastRebootTime",
	"OSVersion", "OSBuild", "OfficeFullVersion", "LastLoginUser", "DeviceType"}

func TestDemoTenant(t *testing.T) {
	s := NewServer(t, InMemory())
	agents, _ := Items[map[string]any](s, "agents")
	customers, _ := Items[map[string]any](s, "customers")
	if len(agents) != 160 || len(customers) != 6 || Count(s, "available-patches") != 160 || Count(s, "installed-patches") != 160 {
		t.Fatalf("%d agents, %d customers", len(agents), len(customers))
	}
	for _, c := range customers {
		for _, f := range []string{"CustomerName", "BusinessNumber", "Domain", "Address", "City", "Country", "Phone", "Notes", "Logo", "CreatedOn", "LastModified", "ZipCodeStr"} {
			if c[f] == "" || c[f] == nil {
				t.Fatalf("customer %v lacks %s", c["CustomerID"], f)
			}
		}
	}
	uuid := regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	guids, names := map[string]bool{}, map[string]map[float64]bool{}
	offline, types := 0, map[string]int{}
	for _, a := range agents {
		for _, p := range agentDtoProperties {
			if _, ok := a[p]; !ok {
				t.Fatalf("agent %v lacks %s", a["AgentID"], p)
			}
		}
		if len(a) != len(agentDtoProperties) {
			t.Fatalf("agent has %d properties, want %d", len(a), len(agentDtoProperties))
		}
		g := a["DeviceGuid"].(string)
		if !uuid.MatchString(g) || guids[g] {
			t.Fatalf("DeviceGuid %q", g)
		}
		guids[g] = true
		if _, ok := a["MachineID"].(string); !ok {
			t.Fatal("MachineID must be a string")
		}
		seen, err := time.Parse(time.RFC3339Nano, a["LastSeen"].(string))
		if err != nil || seen.After(s.start) {
			t.Fatalf("LastSeen %v: %v", a["LastSeen"], err)
		}
		if a["Online"] == false {
			offline++
			if s.start.Sub(seen) < 2*time.Hour {
				t.Fatalf("offline agent seen %v ago", s.start.Sub(seen))
			}
		} else if s.start.Sub(seen) > 10*time.Minute {
			t.Fatalf("online agent seen %v ago", s.start.Sub(seen))
		}
		dt := a["DeviceType"].(string)
		types[dt]++
		if (dt == "Laptop") != (a["BatteryInfo"] != nil) {
			t.Fatalf("%s with BatteryInfo %v", dt, a["BatteryInfo"])
		}
		n := a["MachineName"].(string)
		if names[n] == nil {
			names[n] = map[float64]bool{}
		}
		cid, _ := a["CustomerID"].(float64)
		names[n][cid] = true
	}
	if offline < 10 || offline > 40 || types["Server"] == 0 || types["Laptop"] == 0 || types["Workstation"] == 0 {
		t.Fatalf("offline %d, types %v", offline, types)
	}
	shared := 0
	for _, cs := range names {
		if len(cs) > 1 {
			shared++
		}
	}
	if shared != 2 {
		t.Fatalf("%d machine names repeat across customers", shared)
	}
}

func TestDemoDeterministic(t *testing.T) {
	var first, other []byte
	for i, seed := range []uint64{1, 1, 2} {
		synctest.Test(t, func(t *testing.T) {
			s := New(InMemory(), WithSeed(seed))
			defer s.Close()
			agents, _ := Items[map[string]any](s, "agents")
			b, _ := json.Marshal(agents)
			switch i {
			case 0:
				first = b
				// A cached tenant is copied: changing one server leaves the next intact.
				send(t, s, "DELETE", "/agents/1", "")
				send(t, s, "PUT", "/customers/1", `{"City":"Changed"}`)
			case 1:
				if string(b) != string(first) {
					t.Fatal("same seed and start, different agents")
				}
				if c, _, _ := Item[customerRow](s, "customers", 1); c.City == "Changed" {
					t.Fatal("servers share state")
				}
			default:
				other = b
			}
		})
	}
	if string(other) == string(first) {
		t.Fatal("another seed gave the same agents")
	}
}
