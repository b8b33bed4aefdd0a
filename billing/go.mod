module github.com/wyre-technology/go-atera/billing

go 1.25.0
