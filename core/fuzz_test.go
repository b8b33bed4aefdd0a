package core

import (
	"strings"
	"testing"
	"time"
)

const fuzzKey = "tk_FUZZ_SECRET_KEY_42"

// F1: whatever a server sends, building the error never panics, its text stays under 1 KiB,
// and the key never appears in it.
func FuzzDecodeError(f *testing.F) {
	f.Add(404, "application/problem+json", []byte(`{"title":"Not Found","status":404,"detail":"Agent 5 was not found."}`))
	f.Add(400, "application/problem+json", []byte(`{"title":"One or more validation errors occurred.","errors":{"TicketTitle":["The TicketTitle field is required."]}}`))
	f.Add(404, "text/html", []byte(`<html><head><title>404 - File or directory not found.</title></head></html>`))
	f.Add(500, "", []byte(""))
	f.Add(401, "", []byte(nil))
	f.Add(502, "text/plain", []byte("Bad gateway\nupstream "+fuzzKey))
	f.Add(409, "application/json", []byte(`{"Message":"`+fuzzKey+`"}`))
	f.Add(400, "text/html", []byte("<title>"+strings.Repeat("&amp;", 400)+"</title>"))
	f.Fuzz(func(t *testing.T, status int, contentType string, body []byte) {
		e := newAPIError("GET", "/api/v3/agents/"+fuzzKey, status, contentType, body, fuzzKey)
		text := e.Error()
		for _, s := range []string{text, e.Message, string(e.Body), e.Path} {
			if strings.Contains(s, fuzzKey) {
				t.Fatalf("key in %q", s)
			}
		}
		if len(text) > maxErrorText {
			t.Fatalf("error text is %d bytes", len(text))
		}
		_ = e.typed().Error()
	})
}

// F1: the Retry-After parser never panics and never answers a negative or unbounded wait.
func FuzzParseRetryAfter(f *testing.F) {
	for _, s := range []string{"2", "0", "-1", "120", "Wed, 21 Oct 2015 07:28:00 GMT", "Sun, 06 Nov 1994 08:49:37 GMT", "soon", "", " 5 ", "99999999999999999999"} {
		f.Add(s)
	}
	now := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, v string) {
		wait, ok := parseRetryAfter(v, now)
		if wait < 0 || wait > maxRetryAfter || (!ok && wait != 0) {
			t.Fatalf("%q: wait %v ok %v", v, wait, ok)
		}
	})
}

// F1: decoding an answer into Atera's envelope with core's tolerant types never panics, and a
// decoding error's text never carries the key.
func FuzzDecodeAnswer(f *testing.F) {
	f.Add([]byte(`{"items":[{"MachineID":12,"ActionID":"7","LastSeen":"2026-11-30T14:05:09.1234567"}],"page":1,"totalPages":1,"nextLink":null}`))
	f.Add([]byte(`{"items":[{"MachineID":"M-1","ActionID":7,"LastSeen":null}],"nextLink":""}`))
	f.Add([]byte(`{"items":[{"ActionID":"` + fuzzKey + `"}]}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, body []byte) {
		type item struct {
			MachineID FlexString `json:"MachineID"`
			ActionID  FlexInt    `json:"ActionID"`
			LastSeen  Time       `json:"LastSeen"`
		}
		e := &exchange{c: &Client{secret: fuzzKey, maxBody: DefaultMaxResponseSize}, op: Operation{Method: "GET"}, url: mustURL("https://app.atera.com/api/v3/agents"), out: new(Page[item])}
		if err := e.decode(&reply{status: 200, body: body}); err != nil {
			if strings.Contains(err.Error(), fuzzKey) || len(err.Error()) > maxErrorText {
				t.Fatalf("bad decode error %q", err)
			}
		}
	})
}
