package psa

import (
	"strings"

	"github.com/wyre-technology/go-atera/core"
)

// present refuses a nil request body before anything is sent.
func present[T any](op core.Operation, body *T) error {
	if body == nil {
		return core.InvalidInput(op, "the %T is nil; pass one with the fields to send", body)
	}
	return nil
}

// missing is the error for a required field the caller left unset; hint says what to put there.
func missing(op core.Operation, field, hint string) error {
	return core.InvalidInput(op, "%s is required; set it to %s", field, hint)
}

// blank reports whether s holds nothing but spaces.
func blank(s string) bool { return strings.TrimSpace(s) == "" }
