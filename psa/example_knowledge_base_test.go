package psa_test

import (
	"context"
	"fmt"

	"github.com/wyre-technology/go-atera/psa"
)

// ExampleKnowledgeBaseService_ListAll prints the public articles of the knowledge base.
func ExampleKnowledgeBaseService_ListAll() {
	srv, p := exampleClient(map[string][]any{"knowledgebases": {
		psa.KnowledgeBaseArticle{KBProduct: "Connect to the office VPN", SectionName: "Remote Access"},
		psa.KnowledgeBaseArticle{KBProduct: "Monthly patch window", SectionName: "Runbooks", KBIsPrivate: true},
		psa.KnowledgeBaseArticle{KBProduct: "Reset your password", SectionName: "Security"},
	}})
	defer srv.Close()

	for a, err := range p.KnowledgeBase.ListAll(context.Background(), nil) {
		if err != nil {
			fmt.Println(err)
			return
		}
		if !a.KBIsPrivate {
			fmt.Printf("%s: %s\n", a.SectionName, a.KBProduct)
		}
	}
	// Output:
	// Remote Access: Connect to the office VPN
	// Security: Reset your password
}
