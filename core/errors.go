package core

import (
	"errors"
	"fmt"
	"net/http"
	"time"
)

// Sentinel errors for errors.Is. Every API error matches the sentinel of its class.
var (
	// ErrNotFound matches a 404 answer.
	ErrNotFound = errors.New("atera: not found")
	// ErrUnauthorized matches a 401 or 403 answer: the key is missing, wrong or lacks permission.
	ErrUnauthorized = errors.New("atera: unauthorized")
	// ErrRateLimited matches a 429 answer that outlasted the retries.
	ErrRateLimited = errors.New("atera: rate limited")
	// ErrServer matches a 5xx answer that outlasted the retries.
	ErrServer = errors.New("atera: server error")
	// ErrInvalidInput matches an argument the SDK refused before sending anything.
	ErrInvalidInput = errors.New("atera: invalid input")
)

// maxErrorText caps the length of an error's text, whatever the server sent.
const maxErrorText = 1024

// ProblemDetails is the RFC 7807 body Atera sends with some 4xx answers. ASP.NET adds Errors,
// a map from field name to messages, on validation failures.
type ProblemDetails struct {
	Type     string              `json:"type,omitempty"`
	Title    string              `json:"title,omitempty"`
	Status   int                 `json:"status,omitempty"`
	Detail   string              `json:"detail,omitempty"`
	Instance string              `json:"instance,omitempty"`
	Errors   map[string][]string `json:"errors,omitempty"`
}

// FieldError is one field-level validation message of a 400 answer.
type FieldError struct {
	Field   string
	Message string
}

// Error is an answer from Atera outside 2xx. Every typed API error unwraps to it, so
// errors.As(err, new(*core.Error)) reaches the details whatever the class.
type Error struct {
	// StatusCode is the HTTP status of the last attempt.
	StatusCode int
	// Method and Path name the request (the path as sent, without query).
	Method string
	Path   string
	// Message is a readable summary drawn from the body: ProblemDetails title and detail,
	// field errors, a plain-text line or an HTML page's title. Never raw HTML.
	Message string
	// Body is the start of the raw answer body (at most 4 KiB), for diagnosis.
	Body []byte
	// ProblemDetails is the parsed RFC 7807 body, when the answer carried one.
	ProblemDetails *ProblemDetails
	// Errors lists the field errors of a validation failure, sorted by field.
	Errors []FieldError
	// RetryAfter is the wait the server asked for with Retry-After (zero when it sent none).
	RetryAfter time.Duration
	// Attempts is how many times the request was sent.
	Attempts int
}

// Error formats the error as "atera: METHOD PATH: STATUS TEXT: message", capped at 1 KiB.
func (e *Error) Error() string {
	s := fmt.Sprintf("atera: %s %s: %d %s", e.Method, e.Path, e.StatusCode, http.StatusText(e.StatusCode))
	if e.Message != "" && e.Message != http.StatusText(e.StatusCode) {
		s += ": " + e.Message
	}
	if e.Attempts > 1 {
		s += fmt.Sprintf(" (after %d attempts)", e.Attempts)
	}
	return truncate(s, maxErrorText)
}

// Is reports whether the error belongs to the class of target, one of the package sentinels.
func (e *Error) Is(target error) bool {
	switch target {
	case ErrNotFound:
		return e.StatusCode == http.StatusNotFound
	case ErrUnauthorized:
		return e.StatusCode == http.StatusUnauthorized || e.StatusCode == http.StatusForbidden
	case ErrRateLimited:
		return e.StatusCode == http.StatusTooManyRequests
	case ErrServer:
		return e.StatusCode >= 500
	}
	return false
}

// AuthenticationError is a 401 or 403 answer: a missing, wrong or expired key, or a key without
// the permission the call needs. It is never retried.
type AuthenticationError Error

// NotFoundError is a 404 answer: the entity does not exist, or the route does not.
type NotFoundError Error

// ValidationError is a 400 answer; Errors holds the field messages when Atera sent them.
type ValidationError Error

// RateLimitError is a 429 answer that outlasted the retries, or whose Retry-After could not be
// honoured within the retry cap or the context deadline. RetryAfter says how long to wait.
type RateLimitError Error

// ServerError is a 5xx answer that outlasted the retries (or was not retried because the
// operation is not safe to repeat).
type ServerError Error

// Error formats the error as *Error does.
func (e *AuthenticationError) Error() string { return (*Error)(e).Error() }

// Error formats the error as *Error does.
func (e *NotFoundError) Error() string { return (*Error)(e).Error() }

// Error formats the error as *Error does.
func (e *ValidationError) Error() string { return (*Error)(e).Error() }

// Error formats the error as *Error does.
func (e *RateLimitError) Error() string { return (*Error)(e).Error() }

// Error formats the error as *Error does.
func (e *ServerError) Error() string { return (*Error)(e).Error() }

// Unwrap returns the underlying *Error.
func (e *AuthenticationError) Unwrap() error { return (*Error)(e) }

// Unwrap returns the underlying *Error.
func (e *NotFoundError) Unwrap() error { return (*Error)(e) }

// Unwrap returns the underlying *Error.
func (e *ValidationError) Unwrap() error { return (*Error)(e) }

// Unwrap returns the underlying *Error.
func (e *RateLimitError) Unwrap() error { return (*Error)(e) }

// Unwrap returns the underlying *Error.
func (e *ServerError) Unwrap() error { return (*Error)(e) }

// typed returns e as the typed error of its class.
func (e *Error) typed() error {
	switch {
	case e.StatusCode == http.StatusUnauthorized || e.StatusCode == http.StatusForbidden:
		return (*AuthenticationError)(e)
	case e.StatusCode == http.StatusNotFound:
		return (*NotFoundError)(e)
	case e.StatusCode == http.StatusBadRequest:
		return (*ValidationError)(e)
	case e.StatusCode == http.StatusTooManyRequests:
		return (*RateLimitError)(e)
	case e.StatusCode >= 500:
		return (*ServerError)(e)
	}
	return e
}

// InvalidInput returns an error matching ErrInvalidInput that names the operation and says what
// to fix. Domain modules use it to refuse input before anything is sent.
func InvalidInput(op Operation, format string, args ...any) error {
	return fmt.Errorf("%w: %s: %s", ErrInvalidInput, op, fmt.Sprintf(format, args...))
}
