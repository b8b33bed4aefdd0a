module github.com/wyre-technology/go-atera/core

go 1.25.0

require (
	github.com/go-resty/resty/v2 v2.17.2 // indirect
	github.com/sethvargo/go-retry v0.5.0 // indirect
	golang.org/x/net v0.43.0 // indirect
)
