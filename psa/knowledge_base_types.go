package psa

import "github.com/wyre-technology/go-atera/core"

// KnowledgeBaseArticle is one article of the knowledge base (Atera's KnowledgeBaseDto). Field
// names follow Atera's JSON exactly, underscores included.
type KnowledgeBaseArticle struct {
	KBID           int64     `json:"KBID"`
	KBTimestamp    core.Time `json:"KBTimestamp"`
	KBContext      string    `json:"KBContext"`
	KBProduct      string    `json:"KBProduct"`
	KBRating_Yes   int       `json:"KBRating_Yes"`
	KBRating_No    int       `json:"KBRating_No"`
	KBRating_Views int       `json:"KBRating_Views"`
	KBLastModified core.Time `json:"KBLastModified"`
	KBIsPrivate    bool      `json:"KBIsPrivate"`
	KBStatus       int       `json:"KBStatus"`
	KBPriority     int       `json:"KBPriority"`
	KBKeywords     string    `json:"KBKeywords"`
	KBAddress      string    `json:"KBAddress"`
	SectionId      string    `json:"SectionId"`
	SectionName    string    `json:"SectionName"`
	CategoryId     string    `json:"CategoryId"`
	CategoryName   string    `json:"CategoryName"`
}
