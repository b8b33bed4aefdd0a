package psa

import "github.com/wyre-technology/go-atera/core"

// KnowledgeBaseService serves Atera's KnowledgeBase operations.
type KnowledgeBaseService struct {
	client *core.Client
}
