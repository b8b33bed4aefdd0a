package psa

import (
	"context"
	"net/http"

	"github.com/wyre-technology/go-atera/core"
)

// KnowledgeBaseService serves Atera's KnowledgeBase operations: the articles of the account's
// knowledge base.
type KnowledgeBaseService struct {
	client *core.Client
}

var opKnowledgeBaseList = operations.Declare("KnowledgeBase.List", http.MethodGet, "/knowledgebases", core.RetrySafe)

// List returns one page of knowledge-base articles. It calls GET /knowledgebases.
func (s *KnowledgeBaseService) List(ctx context.Context, opts *core.ListOptions) (*core.Page[KnowledgeBaseArticle], error) {
	return core.List[KnowledgeBaseArticle](ctx, s.client, opKnowledgeBaseList, core.Path().Query(opts))
}

// ListAll iterates over every knowledge-base article, page after page. It calls
// GET /knowledgebases.
func (s *KnowledgeBaseService) ListAll(ctx context.Context, opts *core.ListOptions) core.Pager[KnowledgeBaseArticle] {
	return core.ListAll[KnowledgeBaseArticle](ctx, s.client, opKnowledgeBaseList, core.Path().Query(opts))
}
