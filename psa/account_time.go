package psa

import (
	"fmt"
	"time"

	"github.com/wyre-technology/go-atera/core"
)

// AccountTime is a date, or a date and time, on the wall clock of the Atera account's
// configured time zone, without offset: the form the FromLastModifiedDate filters take
// ("2025-01-01" or "2025-01-01T08:30:00"). Build one with AccountDate or AccountDateTime.
type AccountTime string

// accountDateTime is the layout of AccountTime with a time of day.
const accountDateTime = "2006-01-02T15:04:05"

// AccountDate is the calendar date of t, in t's own location, as an AccountTime.
func AccountDate(t time.Time) AccountTime { return AccountTime(t.Format(time.DateOnly)) }

// AccountDateTime is the wall-clock date and time of t (to the second), in t's own location,
// as an AccountTime. Convert t to the account's time zone first (t.In(loc)) when it is not
// already there.
func AccountDateTime(t time.Time) AccountTime { return AccountTime(t.Format(accountDateTime)) }

// validateList checks the paging and the FromLastModifiedDate of a list's options.
func validateList(page core.ListOptions, from AccountTime) error {
	if err := page.Validate(); err != nil {
		return err
	}
	if from == "" {
		return nil
	}
	for _, layout := range []string{time.DateOnly, accountDateTime} {
		if _, err := time.Parse(layout, string(from)); err == nil {
			return nil
		}
	}
	return fmt.Errorf("FromLastModifiedDate %q is not yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss; build it with psa.AccountDate or psa.AccountDateTime", string(from))
}
