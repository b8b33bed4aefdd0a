package testkit

// knowledgeBaseResource serves the knowledgebase routes (to be filled in).
var knowledgeBaseResource = resource{}
