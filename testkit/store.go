package testkit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// entity is one stored JSON object, in the response-DTO shape. Numbers are
// json.Number. Stored entities are never mutated in place: updates replace
// top-level values, so shallow copies are safe to marshal outside the lock.
type entity = map[string]any

// collectionSpec declares a collection: its name, id field and the label of
// its 404 messages ("Agent 42 was not found.").
type collectionSpec struct {
	name    string
	idField string
	label   string
}

// collection holds the entities of one kind in id order.
type collection struct {
	spec  collectionSpec
	items map[int64]entity
	ids   []int64
	next  int64
}

// store holds every collection under one mutex.
type store struct {
	mu   sync.Mutex
	cols map[string]*collection
}

func newStore() *store { return &store{cols: map[string]*collection{}} }

// define adds an empty collection.
func (st *store) define(spec collectionSpec) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.cols[spec.name] = &collection{spec: spec, items: map[int64]entity{}, next: 1}
}

// lookup returns the named collection; the caller holds the lock.
func (st *store) lookup(name string) (*collection, error) {
	if c, ok := st.cols[name]; ok {
		return c, nil
	}
	names := make([]string, 0, len(st.cols))
	for n := range st.cols {
		names = append(names, n)
	}
	sort.Strings(names)
	return nil, fmt.Errorf("testkit: unknown collection %q (known: %s)", name, strings.Join(names, ", "))
}

// spec returns the named collection's declaration.
func (st *store) spec(name string) (collectionSpec, error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	c, err := st.lookup(name)
	if err != nil {
		return collectionSpec{}, err
	}
	return c.spec, nil
}

// insert stores e, assigning the next id when fresh is set or its id field
// is missing or zero.
func (st *store) insert(name string, e entity, fresh bool) (int64, error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	c, err := st.lookup(name)
	if err != nil {
		return 0, err
	}
	if fresh {
		delete(e, c.spec.idField)
	}
	id, ok := toInt64(e[c.spec.idField])
	if e[c.spec.idField] != nil && !ok {
		return 0, fmt.Errorf("testkit: %s: %s %v is not an integer", name, c.spec.idField, e[c.spec.idField])
	}
	if id == 0 {
		id = c.next
	}
	if _, dup := c.items[id]; dup {
		return 0, fmt.Errorf("testkit: %s: %s %d already exists", name, c.spec.idField, id)
	}
	e[c.spec.idField] = jsonNumber(id)
	c.items[id] = e
	i, _ := slices.BinarySearch(c.ids, id)
	c.ids = slices.Insert(c.ids, i, id)
	c.next = max(c.next, id+1)
	return id, nil
}

// get returns a copy of the entity with id.
func (st *store) get(name string, id int64) (entity, bool) {
	st.mu.Lock()
	defer st.mu.Unlock()
	c, err := st.lookup(name)
	if err != nil {
		return nil, false
	}
	e, ok := c.items[id]
	return cloneEntity(e), ok
}

// filter returns copies of the entities keep accepts (all when keep is nil), in id order.
func (st *store) filter(name string, keep func(entity) bool) []entity {
	st.mu.Lock()
	defer st.mu.Unlock()
	out := []entity{}
	c, err := st.lookup(name)
	if err != nil {
		return out
	}
	for _, id := range c.ids {
		if e := c.items[id]; keep == nil || keep(e) {
			out = append(out, cloneEntity(e))
		}
	}
	return out
}

// find returns the first entity keep accepts.
func (st *store) find(name string, keep func(entity) bool) (entity, bool) {
	st.mu.Lock()
	defer st.mu.Unlock()
	c, err := st.lookup(name)
	if err != nil {
		return nil, false
	}
	for _, id := range c.ids {
		if e := c.items[id]; keep(e) {
			return cloneEntity(e), true
		}
	}
	return nil, false
}

// modify replaces the entity with id by apply's result on a copy of it.
func (st *store) modify(name string, id int64, apply func(entity)) (entity, bool) {
	st.mu.Lock()
	defer st.mu.Unlock()
	c, err := st.lookup(name)
	if err != nil {
		return nil, false
	}
	e, ok := c.items[id]
	if !ok {
		return nil, false
	}
	e = cloneEntity(e)
	apply(e)
	e[c.spec.idField] = jsonNumber(id)
	c.items[id] = e
	return cloneEntity(e), true
}

// remove deletes the entity with id.
func (st *store) remove(name string, id int64) bool {
	st.mu.Lock()
	defer st.mu.Unlock()
	c, err := st.lookup(name)
	if err != nil {
		return false
	}
	if _, ok := c.items[id]; !ok {
		return false
	}
	delete(c.items, id)
	i, _ := slices.BinarySearch(c.ids, id)
	c.ids = slices.Delete(c.ids, i, i+1)
	return true
}

// count returns the number of entities in the collection, 0 if unknown.
func (st *store) count(name string) int {
	st.mu.Lock()
	defer st.mu.Unlock()
	c, err := st.lookup(name)
	if err != nil {
		return 0
	}
	return len(c.ids)
}

// cloneEntity is a shallow copy of e.
func cloneEntity(e entity) entity { return maps.Clone(e) }

// toEntity converts any JSON-marshalable object into an entity.
func toEntity(v any) (entity, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("testkit: %w", err)
	}
	return decodeEntity(b)
}

// decodeEntity parses a JSON object, keeping numbers as json.Number.
func decodeEntity(b []byte) (entity, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var e entity
	if err := dec.Decode(&e); err != nil {
		return nil, fmt.Errorf("testkit: not a JSON object: %w", err)
	}
	if e == nil {
		return nil, fmt.Errorf("testkit: not a JSON object: %s", bytes.TrimSpace(b))
	}
	return e, nil
}

// toInt64 reads an integer from a decoded JSON value (number or numeric string).
func toInt64(v any) (int64, bool) {
	switch x := v.(type) {
	case json.Number:
		n, err := strconv.ParseInt(x.String(), 10, 64)
		return n, err == nil
	case string:
		n, err := strconv.ParseInt(x, 10, 64)
		return n, err == nil
	}
	return 0, false
}
