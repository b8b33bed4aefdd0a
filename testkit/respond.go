package testkit

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// problem is an RFC 7807 ProblemDetails body, with ASP.NET's errors map.
type problem struct {
	Type     string              `json:"type"`
	Title    string              `json:"title"`
	Status   int                 `json:"status"`
	Detail   string              `json:"detail,omitempty"`
	Instance string              `json:"instance,omitempty"`
	Errors   map[string][]string `json:"errors,omitempty"`
}

// writeJSON answers status with v as JSON.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status, b = http.StatusInternalServerError, nil
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// writeProblem answers p as application/problem+json.
func writeProblem(w http.ResponseWriter, p problem) {
	b, _ := json.Marshal(p)
	w.Header().Set("Content-Type", "application/problem+json; charset=utf-8")
	w.WriteHeader(p.Status)
	_, _ = w.Write(b)
}

// notFound answers Atera's 404 ProblemDetails for "<label> <key> was not found.".
func (c *call) notFound(label string, key any) {
	writeProblem(c.w, problem{
		Type:     "https://tools.ietf.org/html/rfc9110#section-15.5.5",
		Title:    "Not Found",
		Status:   http.StatusNotFound,
		Detail:   fmt.Sprintf("%s %v was not found.", label, key),
		Instance: c.r.URL.Path,
	})
}

// invalid answers ASP.NET's 400 validation ProblemDetails with one message per field.
func (c *call) invalid(errs map[string][]string) {
	writeProblem(c.w, problem{
		Type:   "https://tools.ietf.org/html/rfc9110#section-15.5.1",
		Title:  "One or more validation errors occurred.",
		Status: http.StatusBadRequest,
		Errors: errs,
	})
}

// invalidValue answers 400 for a value that does not parse.
func (c *call) invalidValue(field, value string) {
	c.invalid(map[string][]string{field: {fmt.Sprintf("The value '%s' is not valid.", value)}})
}

// intParam parses the path parameter name as an int64, answering 400 if it is not one.
func (c *call) intParam(name string) (int64, bool) {
	v := c.params[name]
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		c.invalidValue(name, v)
		return 0, false
	}
	return n, true
}

// writeTooMany answers 429 with an optional Retry-After header.
func writeTooMany(w http.ResponseWriter, retryAfter string) {
	if retryAfter != "" {
		w.Header().Set("Retry-After", retryAfter)
	}
	writeProblem(w, problem{
		Type:   "https://tools.ietf.org/html/rfc6585#section-4",
		Title:  "Too Many Requests",
		Status: http.StatusTooManyRequests,
	})
}

// html404 is the IIS page Atera serves for an unknown route.
const html404 = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>
<title>404 - File or directory not found.</title>
<style type="text/css">
body{margin:0;font-size:.7em;font-family:Verdana, Arial, Helvetica, sans-serif;background:#EEEEEE;}
fieldset{padding:0 15px 10px 15px;}
h1{font-size:2.4em;margin:0;color:#FFF;}
h2{font-size:1.7em;margin:0;color:#CC0000;}
h3{font-size:1.2em;margin:10px 0 0 0;color:#000000;}
#header{width:96%;margin:0 0 0 0;padding:6px 2% 6px 2%;font-family:"trebuchet MS", Verdana, sans-serif;color:#FFF;background-color:#555555;}
#content{margin:0 0 0 2%;position:relative;}
.content-container{background:#FFF;width:96%;margin-top:8px;padding:10px;position:relative;}
</style>
</head>
<body>
<div id="header"><h1>Server Error</h1></div>
<div id="content">
 <div class="content-container"><fieldset>
  <h2>404 - File or directory not found.</h2>
  <h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3>
 </fieldset></div>
</div>
</body>
</html>
`

// writeHTML404 answers the IIS HTML 404 page.
func writeHTML404(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/html")
	w.WriteHeader(http.StatusNotFound)
	_, _ = w.Write([]byte(html404))
}

// ateraTime formats t the way Atera does: UTC with seven fraction digits.
func ateraTime(t time.Time) string {
	return t.UTC().Format("2006-01-02T15:04:05.0000000Z")
}
