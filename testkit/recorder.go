package testkit

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"strconv"
)

// recorder buffers one response. drop and err say the response must not be
// delivered: the connection is reset, or the request hung until err.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
	drop   bool
	err    error
}

func newRecorder() *recorder { return &recorder{header: http.Header{}} }

// Header returns the response header map.
func (r *recorder) Header() http.Header { return r.header }

// Write buffers b, sending an implicit 200 first.
func (r *recorder) Write(b []byte) (int, error) {
	r.WriteHeader(http.StatusOK)
	return r.body.Write(b)
}

// WriteHeader records the first status written.
func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
}

// code is the status the client sees.
func (r *recorder) code() int {
	if r.status == 0 {
		return http.StatusOK
	}
	return r.status
}

// loggedStatus is the status recorded in the request log: 0 when nothing was answered.
func (r *recorder) loggedStatus() int {
	if r.drop || r.err != nil {
		return 0
	}
	return r.code()
}

// response converts the recording into a client response for req.
func (r *recorder) response(req *http.Request) *http.Response {
	code := r.code()
	h := r.header.Clone()
	h.Set("Content-Length", strconv.Itoa(r.body.Len()))
	return &http.Response{
		Status:        fmt.Sprintf("%d %s", code, http.StatusText(code)),
		StatusCode:    code,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        h,
		Body:          io.NopCloser(bytes.NewReader(r.body.Bytes())),
		ContentLength: int64(r.body.Len()),
		Request:       req,
	}
}

// copyTo replays the recording onto w.
func (r *recorder) copyTo(w http.ResponseWriter) {
	for k, v := range r.header {
		w.Header()[k] = v
	}
	w.WriteHeader(r.code())
	_, _ = w.Write(r.body.Bytes())
}
