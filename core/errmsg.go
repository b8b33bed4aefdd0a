package core

import (
	"bytes"
	"encoding/json"
	"html"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxErrorBody is how much of an error answer is kept in Error.Body and read from the wire.
const maxErrorBody = 4 << 10

// maxMessage caps Error.Message.
const maxMessage = 512

var htmlTitle = regexp.MustCompile(`(?is)<title[^>]*>(.*?)</title>`)

// newAPIError builds the *Error for a non-2xx answer from what the server sent. secret is
// removed from everything kept, should the server echo it back.
func newAPIError(method, path string, status int, contentType string, body []byte, secret string) *Error {
	body = redactBytes(body, secret)
	if len(body) > maxErrorBody {
		body = trimSecretStart(body[:maxErrorBody], secret)
	}
	e := &Error{StatusCode: status, Method: method, Path: redact(path, secret), Body: body}
	e.ProblemDetails, e.Errors = parseProblem(body)
	e.Message = truncate(redact(clean(describe(status, contentType, body, e.ProblemDetails, e.Errors)), secret), maxMessage)
	return e
}

// describe picks the most readable summary the body offers.
func describe(status int, contentType string, body []byte, pd *ProblemDetails, fields []FieldError) string {
	trimmed := bytes.TrimSpace(body)
	switch {
	case pd != nil:
		return problemMessage(pd, fields)
	case len(trimmed) == 0:
		if status == http.StatusUnauthorized {
			return "the API key was refused: check ATERA_API_KEY (X-API-KEY key or Bearer token)"
		}
		return http.StatusText(status)
	case strings.Contains(strings.ToLower(contentType), "html") || trimmed[0] == '<':
		if m := htmlTitle.FindSubmatch(trimmed); m != nil {
			return "HTML error page: " + html.UnescapeString(string(m[1]))
		}
		return "HTML error page without a title"
	case trimmed[0] == '{':
		var generic struct {
			Message      string `json:"message"`
			ExceptionMsg string `json:"exceptionMessage"`
		}
		if json.Unmarshal(trimmed, &generic) == nil && generic.Message != "" {
			return strings.TrimSpace(generic.Message + " " + generic.ExceptionMsg)
		}
	}
	line, _, _ := bytes.Cut(trimmed, []byte("\n"))
	return string(line)
}

// parseProblem reads an RFC 7807 body; it answers nil when the body is not one.
func parseProblem(body []byte) (*ProblemDetails, []FieldError) {
	var pd ProblemDetails
	if json.Unmarshal(body, &pd) != nil || (pd.Title == "" && pd.Detail == "" && len(pd.Errors) == 0) {
		return nil, nil
	}
	var fields []FieldError
	for field, msgs := range pd.Errors {
		for _, m := range msgs {
			fields = append(fields, FieldError{Field: field, Message: m})
		}
	}
	sort.SliceStable(fields, func(i, j int) bool { return fields[i].Field < fields[j].Field })
	return &pd, fields
}

func problemMessage(pd *ProblemDetails, fields []FieldError) string {
	parts := make([]string, 0, 2+len(fields))
	for _, s := range []string{pd.Title, pd.Detail} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	for _, f := range fields {
		parts = append(parts, f.Field+": "+f.Message)
	}
	return strings.Join(parts, "; ")
}

// clean folds white space and drops control characters and invalid UTF-8.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// truncate cuts s to at most n bytes on a rune boundary, marking the cut.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	const mark = "…"
	cut := n - len(mark)
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + mark
}

const redacted = "[REDACTED]"

func redact(s, secret string) string {
	if secret == "" {
		return s
	}
	return strings.ReplaceAll(s, secret, redacted)
}

// trimSecretStart drops a tail of b that could be the start of secret, cut off mid-key.
func trimSecretStart(b []byte, secret string) []byte {
	for k := min(len(secret)-1, len(b)); k > 0; k-- {
		if bytes.HasSuffix(b, []byte(secret[:k])) {
			return b[:len(b)-k]
		}
	}
	return b
}

func redactBytes(b []byte, secret string) []byte {
	if secret == "" || !bytes.Contains(b, []byte(secret)) {
		return b
	}
	return bytes.ReplaceAll(b, []byte(secret), []byte(redacted))
}
