package testkit

import (
	"strings"
	"testing"
)

func TestDemoKnowledgeBase(t *testing.T) {
	s := NewServer(t, InMemory())
	code, _, body := send(t, s, "GET", "/knowledgebases?itemsInPage=50", "")
	wantStatus(t, code, 200, body)
	p := decode[pageEnvelope[map[string]any]](t, body)
	if p.TotalItemCount != 25 || len(p.Items) != 25 {
		t.Fatalf("%d articles", p.TotalItemCount)
	}
	sections := map[string]string{}
	for _, a := range p.Items {
		if len(a) != 17 || a["KBProduct"] == "" || !strings.HasPrefix(a["KBContext"].(string), "<p>") || a["KBLastModified"].(string) < a["KBTimestamp"].(string) {
			t.Fatalf("article %v", a)
		}
		if id := sections[a["SectionName"].(string)]; id != "" && id != a["SectionId"] {
			t.Fatalf("section %v has two ids", a["SectionName"])
		}
		sections[a["SectionName"].(string)] = a["SectionId"].(string)
		if views, yes := a["KBRating_Views"].(float64), a["KBRating_Yes"].(float64); yes > views {
			t.Fatalf("article %v: %v yes of %v views", a["KBID"], yes, views)
		}
	}
	if len(sections) != len(demoKBSections) {
		t.Fatalf("sections %v", sections)
	}
}
