module github.com/wyre-technology/go-atera/customvalues

go 1.25.0
