module github.com/wyre-technology/go-atera/examples

go 1.25.0

require (
	github.com/wyre-technology/go-atera/core v0.1.0
	github.com/wyre-technology/go-atera/psa v0.1.0
	github.com/wyre-technology/go-atera/rmm v0.1.0
	github.com/wyre-technology/go-atera/testkit v0.1.0
)

require (
	github.com/go-resty/resty/v2 v2.17.2 // indirect
	github.com/sethvargo/go-retry v0.5.0 // indirect
	golang.org/x/net v0.43.0 // indirect
)

replace (
	github.com/wyre-technology/go-atera/billing => ../billing
	github.com/wyre-technology/go-atera/core => ../core
	github.com/wyre-technology/go-atera/customvalues => ../customvalues
	github.com/wyre-technology/go-atera/psa => ../psa
	github.com/wyre-technology/go-atera/rmm => ../rmm
	github.com/wyre-technology/go-atera/testkit => ../testkit
)
