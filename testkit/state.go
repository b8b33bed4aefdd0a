package testkit

import (
	"encoding/json"
	"fmt"
)

// Add stores items in the collection and returns their ids. Each item is any
// JSON-marshalable value (struct or map) in the response-DTO shape; a missing
// or zero id field is given the next id. An unknown collection is an error
// naming the known ones.
func Add(s *Server, collection string, items ...any) ([]int64, error) {
	ids := make([]int64, 0, len(items))
	for _, item := range items {
		e, err := toEntity(item)
		if err != nil {
			return ids, err
		}
		id, err := s.store.insert(collection, e, false)
		if err != nil {
			return ids, err
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// Items returns every item of the collection in id order, decoded into T.
func Items[T any](s *Server, collection string) ([]T, error) {
	if _, err := s.store.spec(collection); err != nil {
		return nil, err
	}
	var out []T
	if err := roundTrip(s.store.filter(collection, nil), &out); err != nil {
		return nil, err
	}
	return out, nil
}

// Item returns the item of the collection with id, decoded into T, and
// whether it exists.
func Item[T any](s *Server, collection string, id int64) (T, bool, error) {
	var out T
	if _, err := s.store.spec(collection); err != nil {
		return out, false, err
	}
	e, ok := s.store.get(collection, id)
	if !ok {
		return out, false, nil
	}
	err := roundTrip(e, &out)
	return out, err == nil, err
}

// Count returns the number of items in the collection, 0 if it is unknown.
func Count(s *Server, collection string) int { return s.store.count(collection) }

// roundTrip converts v into out through JSON.
func roundTrip(v, out any) error {
	b, err := json.Marshal(v)
	if err == nil {
		err = json.Unmarshal(b, out)
	}
	if err != nil {
		return fmt.Errorf("testkit: %w", err)
	}
	return nil
}
