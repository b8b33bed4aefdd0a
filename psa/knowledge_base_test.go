package psa_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/wyre-technology/go-atera/core"
	"github.com/wyre-technology/go-atera/psa"
	"github.com/wyre-technology/go-atera/testkit"
)

func TestKnowledgeBase(t *testing.T) {
	srv, p := newPSA(t, testkit.WithoutDemoData())
	want := psa.KnowledgeBaseArticle{
		KBID: 9, KBTimestamp: core.Time{Time: time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)},
		KBContext: "<p>Clear a stuck print queue</p>", KBProduct: "Clear a stuck print queue",
		KBRating_Yes: 12, KBRating_No: 1, KBRating_Views: 230,
		KBLastModified: core.Time{Time: time.Date(2025, 1, 5, 8, 0, 0, 0, time.UTC)}, KBIsPrivate: false,
		KBStatus: 1, KBPriority: 2, KBKeywords: "printer,spooler", KBAddress: "https://app.atera.com/kb/9",
		SectionId: "5d0c54a2-3b1e-4f7a-9d2c-7b0e5a1f3c44", SectionName: "Printing & Scanning",
		CategoryId: "0e6f1a2b-8c3d-4e5f-a6b7-c8d9e0f1a2b3", CategoryName: "End-user guides",
	}
	seed(t, srv, "knowledgebases", want)
	page, err := p.KnowledgeBase.List(t.Context(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]psa.KnowledgeBaseArticle{want}, page.Items); diff != "" {
		t.Errorf("List (-want +got):\n%s", diff)
	}
}

func TestKnowledgeBaseDemoListAll(t *testing.T) {
	srv, p := newPSA(t)
	all, err := p.KnowledgeBase.ListAll(t.Context(), &core.ListOptions{ItemsInPage: 10}).Collect()
	if err != nil || len(all) != testkit.Count(srv, "knowledgebases") || len(all) < 20 {
		t.Fatalf("ListAll: %d articles, %v", len(all), err)
	}
	if n := len(srv.Requests()); n != (len(all)+9)/10 {
		t.Errorf("sent %d requests for %d articles in pages of 10", n, len(all))
	}
}
