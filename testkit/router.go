package testkit

import (
	"net/url"
	"strings"
)

// handlerFunc answers one routed request.
type handlerFunc func(c *call)

// route is one registered operation, e.g. GET /agents/{agentId}.
type route struct {
	method   string
	template string
	segs     []string
	handle   handlerFunc
}

// router matches method and path segments; literal segments beat parameters.
type router struct{ routes []*route }

// add registers template (without /api/v3) for method.
func (rt *router) add(method, template string, h handlerFunc) {
	rt.routes = append(rt.routes, &route{
		method:   method,
		template: template,
		segs:     strings.Split(strings.Trim(template, "/"), "/"),
		handle:   h,
	})
}

// match finds the best route for method and escapedPath. known reports
// whether some route, of any method, matches the path.
func (rt *router) match(method, escapedPath string) (best *route, params map[string]string, known bool) {
	segs, ok := pathSegments(escapedPath)
	if !ok {
		return nil, nil, false
	}
	for _, r := range rt.routes {
		if !r.matches(segs) {
			continue
		}
		known = true
		if r.method == method && (best == nil || r.beats(best)) {
			best = r
		}
	}
	if best == nil {
		return nil, nil, known
	}
	params = map[string]string{}
	for i, seg := range best.segs {
		if name, ok := paramName(seg); ok {
			params[name] = segs[i]
		}
	}
	return best, params, true
}

// pathSegments splits an escaped request path below /api/v3 into unescaped segments.
func pathSegments(escapedPath string) ([]string, bool) {
	rest, ok := strings.CutPrefix(escapedPath, apiPrefix+"/")
	if !ok {
		return nil, false
	}
	segs := strings.Split(strings.TrimSuffix(rest, "/"), "/")
	for i, seg := range segs {
		u, err := url.PathUnescape(seg)
		if err != nil || u == "" {
			return nil, false
		}
		segs[i] = u
	}
	return segs, true
}

// paramName returns the name of a "{name}" segment.
func paramName(seg string) (string, bool) {
	if len(seg) > 2 && seg[0] == '{' && seg[len(seg)-1] == '}' {
		return seg[1 : len(seg)-1], true
	}
	return "", false
}

// matches reports whether segs fit the route's template.
func (r *route) matches(segs []string) bool {
	if len(segs) != len(r.segs) {
		return false
	}
	for i, seg := range r.segs {
		if _, isParam := paramName(seg); !isParam && !strings.EqualFold(seg, segs[i]) {
			return false
		}
	}
	return true
}

// beats reports whether r is more specific than o: more literal segments,
// then a literal at the first position where the two differ.
func (r *route) beats(o *route) bool {
	if a, b := r.literals(), o.literals(); a != b {
		return a > b
	}
	for i := range r.segs {
		_, rp := paramName(r.segs[i])
		_, op := paramName(o.segs[i])
		if rp != op {
			return op
		}
	}
	return false
}

// literals counts the route's literal segments.
func (r *route) literals() int {
	n := 0
	for _, seg := range r.segs {
		if _, isParam := paramName(seg); !isParam {
			n++
		}
	}
	return n
}
