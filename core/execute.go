package core

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
)

// Do sends an operation and decodes Atera's JSON answer into a new T.
func Do[T any](ctx context.Context, c *Client, op Operation, r Request) (*T, error) {
	out := new(T)
	if err := c.call(ctx, op, r, out); err != nil {
		return nil, err
	}
	return out, nil
}

// Exec sends an operation whose answer carries nothing the caller needs (updates, deletes).
func Exec(ctx context.Context, c *Client, op Operation, r Request) error {
	return c.call(ctx, op, r, nil)
}

// ActionResult is Atera's answer to a create: the new record's id, sent as a string.
type ActionResult struct {
	ActionID FlexInt `json:"ActionID"`
}

// Create sends a create operation and returns the new record's id from ActionID.
func Create(ctx context.Context, c *Client, op Operation, r Request) (int64, error) {
	res, err := Do[ActionResult](ctx, c, op, r)
	if err != nil {
		return 0, err
	}
	if res.ActionID <= 0 {
		return 0, fmt.Errorf("atera: %s: the answer carried no ActionID; the record may exist, so check before creating it again", op)
	}
	return int64(res.ActionID), nil
}

func (c *Client) call(ctx context.Context, op Operation, r Request, out any) error {
	target, body, err := c.prepare(op, r)
	if err != nil {
		return err
	}
	return c.send(ctx, op, target, body, out)
}

// prepare builds the URL and encodes the body once, so that every attempt sends the same bytes.
func (c *Client) prepare(op Operation, r Request) (*url.URL, []byte, error) {
	path, err := r.expand(op)
	if err != nil {
		return nil, nil, err
	}
	query, err := encodeQuery(r.query)
	if err != nil {
		return nil, nil, InvalidInput(op, "%v", err)
	}
	var body []byte
	if r.body != nil {
		if body, err = json.Marshal(r.body); err != nil {
			return nil, nil, InvalidInput(op, "the body does not encode as JSON: %v", err)
		}
	}
	u := *c.base
	u.RawPath = c.base.EscapedPath() + path
	if u.Path, err = url.PathUnescape(u.RawPath); err != nil {
		return nil, nil, InvalidInput(op, "path %q: %v", path, err)
	}
	u.RawQuery = query.Encode()
	return &u, body, nil
}
