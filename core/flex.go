package core

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// FlexInt is an int64 that Atera may send as a JSON number or as a string holding one (as in
// ActionID). null and "" read as 0. It writes a JSON number.
type FlexInt int64

// UnmarshalJSON implements json.Unmarshaler.
func (n *FlexInt) UnmarshalJSON(b []byte) error {
	s, err := flexText(b)
	if err != nil {
		return err
	}
	if s == "" {
		*n = 0
		return nil
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		// A whole number written as a decimal float ("44.0", "4.4e1"), exactly representable.
		const exact = 1 << 53
		f, ferr := strconv.ParseFloat(s, 64)
		if ferr != nil || strings.ContainsAny(s, "xXpPnN") || f != float64(int64(f)) || f >= exact || f <= -exact {
			return fmt.Errorf("%q is not an integer id", truncate(s, 64))
		}
		v = int64(f)
	}
	*n = FlexInt(v)
	return nil
}

// FlexString is a string that Atera may send as a JSON string or a number (as in MachineID).
// null reads as "".
type FlexString string

// UnmarshalJSON implements json.Unmarshaler.
func (s *FlexString) UnmarshalJSON(b []byte) error {
	text, err := flexText(b)
	if err != nil {
		return err
	}
	*s = FlexString(text)
	return nil
}

// flexText returns the text of a JSON string or number, "" for null.
func flexText(b []byte) (string, error) {
	b = bytes.TrimSpace(b)
	switch {
	case bytes.Equal(b, []byte("null")):
		return "", nil
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return "", err
		}
		return strings.TrimSpace(s), nil
	}
	var num json.Number
	if err := json.Unmarshal(b, &num); err != nil {
		return "", fmt.Errorf("%s is neither a string nor a number", truncate(string(b), 64))
	}
	return num.String(), nil
}
