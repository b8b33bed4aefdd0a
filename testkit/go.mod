module github.com/wyre-technology/go-atera/testkit

go 1.25.0
