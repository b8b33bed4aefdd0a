module github.com/wyre-technology/go-atera/psa

go 1.25.0

require github.com/wyre-technology/go-atera/core v0.1.0

replace github.com/wyre-technology/go-atera/core => ../core

replace github.com/wyre-technology/go-atera/testkit => ../testkit
