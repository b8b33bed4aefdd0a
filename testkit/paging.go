package testkit

import (
	"net/http"
	"net/url"
	"strconv"
)

// Paging limits of Atera's list operations.
const (
	defaultItemsInPage = 20
	maxItemsInPage     = 50
)

// pageEnvelope is Atera's paged list body; tests decode it with their own item types.
type pageEnvelope[T any] struct {
	Items          []T     `json:"items"`
	TotalItemCount int     `json:"totalItemCount"`
	Page           int     `json:"page"`
	ItemsInPage    int     `json:"itemsInPage"`
	TotalPages     int     `json:"totalPages"`
	PrevLink       *string `json:"prevLink"`
	NextLink       *string `json:"nextLink"`
}

// paging reads page and itemsInPage, answering 400 when either is invalid.
func (c *call) paging() (page, size int, ok bool) {
	if page, ok = c.positiveQuery("page", 1); !ok {
		return 0, 0, false
	}
	if size, ok = c.positiveQuery("itemsInPage", defaultItemsInPage); !ok {
		return 0, 0, false
	}
	return page, min(size, maxItemsInPage), true
}

// positiveQuery reads a query integer >= 1, or def when it is absent or empty.
func (c *call) positiveQuery(name string, def int) (int, bool) {
	v := c.r.URL.Query().Get(name)
	if v == "" {
		return def, true
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		c.invalidValue(name, v)
		return 0, false
	}
	if n < 1 {
		c.invalid(map[string][]string{name: {"The field " + name + " must be between 1 and 2147483647."}})
		return 0, false
	}
	return n, true
}

// writePage answers one page of items with Atera's envelope and absolute links.
func (c *call) writePage(items []entity) {
	page, size, ok := c.paging()
	if !ok {
		return
	}
	total := len(items)
	pages := (total + size - 1) / size
	from := min((page-1)*size, total)
	to := min(from+size, total)
	env := pageEnvelope[entity]{
		Items:          items[from:to],
		TotalItemCount: total,
		Page:           page,
		ItemsInPage:    size,
		TotalPages:     pages,
		PrevLink:       c.pageLink(page > 1 && pages > 0, min(page-1, pages), size),
		NextLink:       c.pageLink(page < pages, page+1, size),
	}
	writeJSON(c.w, http.StatusOK, env)
}

// pageLink returns the absolute URL of page, or the "no link" value when !exists.
func (c *call) pageLink(exists bool, page, size int) *string {
	link := ""
	if exists {
		q := c.r.URL.Query()
		q.Set("page", strconv.Itoa(page))
		q.Set("itemsInPage", strconv.Itoa(size))
		u := url.URL{Scheme: requestScheme(c.r), Host: c.r.Host, Path: c.r.URL.Path, RawPath: c.r.URL.RawPath, RawQuery: q.Encode()}
		link = u.String()
	} else if c.s.cfg.nullNextLink {
		return nil
	}
	return &link
}

// requestScheme is the scheme the client used.
func requestScheme(r *http.Request) string {
	switch {
	case r.URL.Scheme != "":
		return r.URL.Scheme
	case r.TLS != nil:
		return "https"
	}
	return "http"
}
