package core

// Version is the version of the go-atera core module, sent in the User-Agent header.
const Version = "0.1.0"
