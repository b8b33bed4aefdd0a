package testkit

import (
	"slices"
	"strings"
	"testing"
)

func TestAddItemsCount(t *testing.T) {
	s := NewServer(t, InMemory(), WithoutDemoData())
	ids, err := Add(s, "agents",
		agentRow{MachineName: "A"},
		map[string]any{"AgentID": 10, "MachineName": "B"},
		map[string]any{"AgentID": nil, "MachineName": "C"},
		map[string]any{"AgentID": "4", "MachineName": "D"},
	)
	if err != nil {
		t.Fatal(err)
	}
	if want := []int64{1, 10, 11, 4}; !slices.Equal(ids, want) {
		t.Fatalf("ids %v, want %v", ids, want)
	}
	items, err := Items[agentRow](s, "agents")
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, a := range items {
		order = append(order, a.MachineName)
	}
	if strings.Join(order, "") != "ADBC" || Count(s, "agents") != 4 {
		t.Fatalf("order %v", order)
	}
	a, ok, err := Item[agentRow](s, "agents", 10)
	if !ok || err != nil || a.AgentID != 10 || a.MachineName != "B" {
		t.Fatalf("item 10: %+v %v %v", a, ok, err)
	}
	if _, ok, err := Item[agentRow](s, "agents", 99); ok || err != nil {
		t.Fatalf("item 99: %v %v", ok, err)
	}
	if _, ok, err := Item[int](s, "agents", 10); ok || err == nil {
		t.Fatal("decoding an object into int must fail")
	}
}

func TestAddErrors(t *testing.T) {
	s := NewServer(t, InMemory(), WithoutDemoData())
	_, err := Add(s, "gadgets", map[string]any{})
	if err == nil || !strings.Contains(err.Error(), `"gadgets"`) || !strings.Contains(err.Error(), "agents, available-patches") {
		t.Fatalf("unknown collection error: %v", err)
	}
	if _, err := Items[agentRow](s, "gadgets"); err == nil {
		t.Fatal("Items of unknown collection")
	}
	if _, _, err := Item[agentRow](s, "gadgets", 1); err == nil {
		t.Fatal("Item of unknown collection")
	}
	if Count(s, "gadgets") != 0 {
		t.Fatal("Count of unknown collection")
	}
	ids, err := Add(s, "agents", map[string]any{"AgentID": 3}, map[string]any{"AgentID": 3})
	if err == nil || len(ids) != 1 || !strings.Contains(err.Error(), "already exists") {
		t.Fatalf("duplicate: %v %v", ids, err)
	}
	for _, bad := range []any{42, "text", nil, []int{1}, map[string]any{"AgentID": "x"}, map[string]any{"AgentID": true}, func() {}} {
		if _, err := Add(s, "agents", bad); err == nil {
			t.Fatalf("Add(%v) must fail", bad)
		}
	}
	if _, err := Items[int](s, "agents"); err == nil {
		t.Fatal("decoding agents into int must fail")
	}
}

func TestItemsEmptyCollection(t *testing.T) {
	s := NewServer(t, InMemory(), WithoutDemoData())
	items, err := Items[agentRow](s, "agents")
	if err != nil || items == nil || len(items) != 0 {
		t.Fatalf("items %v %v", items, err)
	}
}
