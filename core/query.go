package core

import (
	"fmt"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// Validator is implemented by query types that check themselves before a request is sent.
type Validator interface {
	Validate() error
}

// encodeQuery turns a query value into url.Values. It accepts nil, url.Values, or a struct (or
// pointer to one) whose fields carry `url:"name[,omitempty][,date]"` tags; embedded structs are
// flattened. Supported field types: strings, bools, integers, floats, time.Time and Time
// (UTC ISO-8601, or the date as given, yyyy-mm-dd, with the date option), pointers to these,
// and slices of them.
func encodeQuery(q any) (url.Values, error) {
	vals := url.Values{}
	switch v := q.(type) {
	case nil:
		return vals, nil
	case url.Values:
		for k, s := range v {
			vals[k] = append([]string(nil), s...)
		}
		return vals, nil
	}
	rv := reflect.ValueOf(q)
	for rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return vals, nil
		}
		rv = rv.Elem()
	}
	if v, ok := q.(Validator); ok {
		if err := v.Validate(); err != nil {
			return nil, err
		}
	}
	if rv.Kind() != reflect.Struct {
		return nil, fmt.Errorf("query of type %T is not a struct or url.Values", q)
	}
	return vals, encodeStruct(vals, rv)
}

func encodeStruct(vals url.Values, rv reflect.Value) error {
	rt := rv.Type()
	for i := range rt.NumField() {
		f, fv := rt.Field(i), rv.Field(i)
		tag, hasTag := f.Tag.Lookup("url")
		if f.Anonymous && !hasTag && fv.Kind() == reflect.Struct {
			if err := encodeStruct(vals, fv); err != nil {
				return err
			}
			continue
		}
		if !hasTag || tag == "-" || !f.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		omitEmpty, dateOnly := strings.Contains(opts, "omitempty"), strings.Contains(opts, "date")
		for fv.Kind() == reflect.Pointer {
			if fv.IsNil() {
				break
			}
			fv = fv.Elem()
			omitEmpty = false // a set pointer is sent even when its value is zero
		}
		if fv.Kind() == reflect.Pointer || (omitEmpty && fv.IsZero()) {
			continue
		}
		items := []reflect.Value{fv}
		if fv.Kind() == reflect.Slice {
			items = items[:0]
			for j := range fv.Len() {
				items = append(items, fv.Index(j))
			}
		}
		for _, item := range items {
			s, err := formatQueryValue(item, dateOnly)
			if err != nil {
				return fmt.Errorf("query field %s: %w", f.Name, err)
			}
			vals.Add(name, s)
		}
	}
	return nil
}

func formatQueryValue(v reflect.Value, dateOnly bool) (string, error) {
	var t time.Time
	switch x := v.Interface().(type) {
	case time.Time:
		t = x
	case Time:
		t = x.Time
	default:
		return formatScalar(v)
	}
	if dateOnly {
		return t.Format(time.DateOnly), nil // the calendar date as given, in its own zone
	}
	return t.UTC().Format("2006-01-02T15:04:05.9999999Z07:00"), nil
}

func formatScalar(v reflect.Value) (string, error) {
	switch v.Kind() {
	case reflect.String:
		return v.String(), nil
	case reflect.Bool:
		return strconv.FormatBool(v.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.FormatUint(v.Uint(), 10), nil
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'f', -1, 64), nil
	}
	return "", fmt.Errorf("unsupported type %s", v.Type())
}
