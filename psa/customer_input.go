package psa

import (
	"fmt"

	"github.com/wyre-technology/go-atera/core"
)

// present refuses a nil request body before anything is sent.
func present[T any](op core.Operation, body *T) error {
	if body == nil {
		return fmt.Errorf("%w: %s: the %T is nil; pass one with the fields to send", core.ErrInvalidInput, op, body)
	}
	return nil
}

// missing is the error for a required field the caller left unset; hint says what to put there.
func missing(op core.Operation, field, hint string) error {
	return fmt.Errorf("%w: %s: %s is required; set it to %s", core.ErrInvalidInput, op, field, hint)
}
