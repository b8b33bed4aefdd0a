package core

import (
	"context"
	"fmt"
	"net/url"
	"strconv"
)

// MaxItemsInPage is the largest page Atera serves.
const MaxItemsInPage = 50

// Page is one page of a list, exactly as Atera's envelope carries it.
type Page[T any] struct {
	Items          []T    `json:"items"`
	TotalItemCount int    `json:"totalItemCount"`
	Page           int    `json:"page"`
	ItemsInPage    int    `json:"itemsInPage"`
	TotalPages     int    `json:"totalPages"`
	PrevLink       string `json:"prevLink"`
	NextLink       string `json:"nextLink"`
}

// ListOptions selects a page. Zero values leave the choice to Atera (page 1, 20 items) for List,
// and to ListAll (from page 1, 50 items a page). Embed it in a service's list options.
type ListOptions struct {
	// Page is the 1-based page number.
	Page int `url:"page,omitempty"`
	// ItemsInPage is the page size, at most MaxItemsInPage.
	ItemsInPage int `url:"itemsInPage,omitempty"`
}

// Validate reports a page number or size Atera would refuse.
func (o ListOptions) Validate() error {
	switch {
	case o.Page < 0:
		return fmt.Errorf("page is %d; pages start at 1", o.Page)
	case o.ItemsInPage < 0 || o.ItemsInPage > MaxItemsInPage:
		return fmt.Errorf("itemsInPage is %d; use 1 to %d", o.ItemsInPage, MaxItemsInPage)
	}
	return nil
}

// Pager yields the items of a list one by one, fetching pages as it goes. Range over it:
//
//	for agent, err := range agents.ListAll(ctx, nil) {
//		if err != nil {
//			return err
//		}
//		...
//	}
//
// An error ends the iteration and is yielded once. Stopping the loop early stops fetching.
type Pager[T any] func(yield func(T, error) bool)

// Collect gathers every item. On an error it returns the items read so far with the error.
func (p Pager[T]) Collect() ([]T, error) {
	var all []T
	for item, err := range p {
		if err != nil {
			return all, err
		}
		all = append(all, item)
	}
	return all, nil
}

// Filter returns a Pager over the items of p that keep accepts, with p's error if one comes.
// It serves the client-side filters Atera's API has no route for.
func (p Pager[T]) Filter(keep func(T) bool) Pager[T] {
	return func(yield func(T, error) bool) {
		for item, err := range p {
			if err != nil {
				yield(item, err)
				return
			}
			if keep(item) && !yield(item, nil) {
				return
			}
		}
	}
}

// FailPager returns a Pager that yields err and nothing else, for input refused before any
// page is fetched.
func FailPager[T any](err error) Pager[T] {
	return func(yield func(T, error) bool) {
		var zero T
		yield(zero, err)
	}
}

// List sends a list operation and returns the page Atera answers.
func List[T any](ctx context.Context, c *Client, op Operation, r Request) (*Page[T], error) {
	return Do[Page[T]](ctx, c, op, r)
}

// ListAll returns a Pager over every item of a list operation. It asks for MaxItemsInPage
// items a page unless the query says otherwise, follows nextLink on the client's own origin
// only, and stops on an empty nextLink, an empty page, or the last page. A page that repeats is
// an error, never a loop. Every page goes through the limiter and the retry policy.
func ListAll[T any](ctx context.Context, c *Client, op Operation, r Request) Pager[T] {
	return func(yield func(T, error) bool) {
		var zero T
		target, _, err := c.prepare(op, r)
		if err != nil {
			yield(zero, err)
			return
		}
		q := target.Query()
		if q.Get("itemsInPage") == "" {
			q.Set("itemsInPage", strconv.Itoa(MaxItemsInPage))
		}
		target.RawQuery = q.Encode()
		seen := map[string]bool{}
		lastPage := 0
		for {
			seen[pageKey(target)] = true
			var page Page[T]
			if err := c.send(ctx, op, target, nil, &page); err != nil {
				yield(zero, err)
				return
			}
			if page.Page > 0 && page.Page <= lastPage {
				yield(zero, fmt.Errorf("atera: %s: page %d came again after page %d; stopped rather than loop", op, page.Page, lastPage))
				return
			}
			lastPage = max(lastPage, page.Page)
			for _, item := range page.Items {
				if !yield(item, nil) {
					return
				}
			}
			// A missing totalPages (0) does not end the list: the nextLink and an empty page do.
			if page.NextLink == "" || len(page.Items) == 0 || (page.TotalPages > 0 && page.Page >= page.TotalPages) {
				return
			}
			if target, err = c.resolveNext(op, page.NextLink); err != nil {
				yield(zero, err)
				return
			}
			if seen[pageKey(target)] {
				yield(zero, fmt.Errorf("atera: %s: nextLink repeats an earlier page; stopped rather than loop", op))
				return
			}
		}
	}
}

// pageKey identifies a page request whatever the order of its query parameters.
func pageKey(u *url.URL) string {
	return u.EscapedPath() + "?" + u.Query().Encode()
}

// resolveNext resolves a nextLink against the base URL and refuses one on another origin.
func (c *Client) resolveNext(op Operation, link string) (*url.URL, error) {
	ref, err := url.Parse(link)
	if err != nil {
		return nil, fmt.Errorf("atera: %s: nextLink does not parse: %v", op, stripURL(err))
	}
	next := c.base.ResolveReference(ref)
	if originOf(next) != c.origin {
		return nil, fmt.Errorf("atera: %s: nextLink points to %s, not %s: %w", op, truncate(string(originOf(next)), 256), c.origin, errCrossOrigin)
	}
	next.Fragment = ""
	return next, nil
}
