package testkit

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
)

// filterFunc builds the item predicate of a filtered list from the request.
// It answers the request itself (e.g. 400) and returns false when it cannot.
type filterFunc func(c *call) (keep func(entity) bool, ok bool)

// list answers a paged list of the collection, filtered by where when it is not nil.
func list(col string, where filterFunc) handlerFunc {
	return func(c *call) {
		var keep func(entity) bool
		if where != nil {
			var ok bool
			if keep, ok = where(c); !ok {
				return
			}
		}
		c.writePage(c.s.store.filter(col, keep))
	}
}

// get answers the entity whose id is the path parameter param.
func get(col, param string) handlerFunc {
	return func(c *call) {
		if e, ok := c.lookup(col, param); ok {
			writeJSON(c.w, http.StatusOK, e)
		}
	}
}

// create validates the body's required fields, stores the entity build maps
// the body to under the next id and answers 201 with its ActionID.
func create(col string, required []string, build func(c *call, body entity) entity) handlerFunc {
	return func(c *call) {
		body, ok := c.jsonBody(required)
		if !ok {
			return
		}
		id, err := c.s.store.insert(col, build(c, body), true)
		if err != nil {
			writeJSON(c.w, http.StatusInternalServerError, err.Error())
			return
		}
		writeJSON(c.w, http.StatusCreated, map[string]string{"ActionID": strconv.FormatInt(id, 10)})
	}
}

// update applies the body to a copy of the entity whose id is the path
// parameter param, through apply, stores it and answers Atera's Result: 200
// with the entity's id as ActionID, as the specs document for every PUT.
func update(col, param string, apply func(c *call, stored, body entity)) handlerFunc {
	return func(c *call) {
		id, ok := c.intParam(param)
		if !ok {
			return
		}
		body, ok := c.jsonBody(nil)
		if !ok {
			return
		}
		if _, found := c.s.store.modify(col, id, func(stored entity) { apply(c, stored, body) }); !found {
			c.notFoundIn(col, id)
			return
		}
		writeJSON(c.w, http.StatusOK, map[string]string{"ActionID": strconv.FormatInt(id, 10)})
	}
}

// remove deletes the entity whose id is the path parameter param and answers 204.
func remove(col, param string) handlerFunc {
	return func(c *call) {
		id, ok := c.intParam(param)
		if !ok {
			return
		}
		if !c.s.store.remove(col, id) {
			c.notFoundIn(col, id)
			return
		}
		c.w.WriteHeader(http.StatusNoContent)
	}
}

// lookup reads the entity whose id is the path parameter param, answering
// 400 or 404 itself when it cannot.
func (c *call) lookup(col, param string) (entity, bool) {
	id, ok := c.intParam(param)
	if !ok {
		return nil, false
	}
	e, found := c.s.store.get(col, id)
	if !found {
		c.notFoundIn(col, id)
	}
	return e, found
}

// notFoundIn answers 404 for id in the collection, using its label.
func (c *call) notFoundIn(col string, id int64) {
	label := col
	if spec, err := c.s.store.spec(col); err == nil {
		label = spec.label
	}
	c.notFound(label, id)
}

// jsonBody decodes the request body as a JSON object and checks that the
// required fields are present and not empty, answering 400 when not.
func (c *call) jsonBody(required []string) (entity, bool) {
	body, err := decodeEntity(c.body)
	if err != nil {
		c.invalid(map[string][]string{"request": {"The request field is required."}})
		return nil, false
	}
	errs := map[string][]string{}
	for _, f := range required {
		if v, ok := body[f]; !ok || v == nil || v == "" {
			errs[f] = []string{fmt.Sprintf("The %s field is required.", f)}
		}
	}
	if len(errs) > 0 {
		c.invalid(errs)
		return nil, false
	}
	return body, true
}

// pick copies the named fields that body carries.
func pick(body entity, fields ...string) entity {
	out := entity{}
	for _, f := range fields {
		if v, ok := body[f]; ok {
			out[f] = v
		}
	}
	return out
}

// stringField reads a string field of e.
func stringField(e entity, field string) string {
	s, _ := e[field].(string)
	return s
}

// jsonNumber is n as a stored JSON number.
func jsonNumber(n int64) json.Number { return json.Number(strconv.FormatInt(n, 10)) }
