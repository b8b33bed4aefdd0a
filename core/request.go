package core

import (
	"fmt"
	"net/url"
	"reflect"
	"strconv"
	"strings"
)

// Request carries the per-call inputs of an operation: path parameters in template order, an
// optional query (a struct with `url` tags, or url.Values) and an optional JSON body.
type Request struct {
	params []any
	query  any
	body   any
}

// Path starts a request with the operation's path parameters, in the order of the template.
// Integer ids must be positive and strings non-empty; they are escaped as path segments.
func Path(params ...any) Request {
	return Request{params: params}
}

// Query returns a copy of r with the query set.
func (r Request) Query(q any) Request {
	r.query = q
	return r
}

// Body returns a copy of r with the JSON body set. The body is encoded once, so every
// attempt sends identical bytes.
func (r Request) Body(b any) Request {
	r.body = b
	return r
}

// expand fills the operation's path template with r's parameters.
func (r Request) expand(op Operation) (string, error) {
	names := op.Params()
	if len(names) != len(r.params) {
		return "", InvalidInput(op, "takes %d path parameters (%s), got %d", len(names), strings.Join(names, ", "), len(r.params))
	}
	path := op.Path
	for i, name := range names {
		seg, err := pathSegment(r.params[i])
		if err != nil {
			return "", InvalidInput(op, "%s %v", name, err)
		}
		path = strings.Replace(path, "{"+name+"}", url.PathEscape(seg), 1)
	}
	return path, nil
}

func pathSegment(v any) (string, error) {
	if s, ok := v.(fmt.Stringer); ok {
		v = s.String()
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if rv.Int() <= 0 {
			return "", fmt.Errorf("is %d; pass the positive id of an existing record", rv.Int())
		}
		return strconv.FormatInt(rv.Int(), 10), nil
	case reflect.String:
		switch p := rv.String(); {
		case strings.TrimSpace(p) == "":
			return "", fmt.Errorf("is empty; pass a non-empty value")
		case p == "." || p == "..":
			return "", fmt.Errorf("is %q, which would change the route; pass a real value", p)
		default:
			return p, nil
		}
	}
	return "", fmt.Errorf("has unsupported type %T; pass an integer id or a string", v)
}
