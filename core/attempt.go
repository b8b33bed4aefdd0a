package core

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"time"

	"github.com/sethvargo/go-retry"
)

// exchange is one call on its way through attempts: the limiter, the transport, and the retry
// decision for each answer. go-retry runs the loop; exchange is its Backoff.
type exchange struct {
	c    *Client
	op   Operation
	url  *url.URL
	body []byte
	out  any

	attempts      int
	rateRetries   int
	serverRetries int
	wait          time.Duration // before the next attempt, decided by the last answer
}

// reply is what one attempt read back.
type reply struct {
	status   int
	header   http.Header
	body     []byte
	tooLarge bool
}

// send runs the attempts of one call. A context that ends wins: its error is returned.
func (c *Client) send(ctx context.Context, op Operation, target *url.URL, body []byte, out any) error {
	ex := &exchange{c: c, op: op, url: target, body: body, out: out}
	err := retry.Do(ctx, ex, ex.attempt)
	if err != nil && ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}

// Next implements retry.Backoff: the wait the last answer asked for. The attempt itself decides
// when to stop, by returning an error that is not retryable.
func (e *exchange) Next() (time.Duration, bool) { return e.wait, false }

func (e *exchange) attempt(ctx context.Context) error {
	e.attempts++
	s, err := e.c.limiter.acquire(ctx)
	if err != nil {
		return err
	}
	start := time.Now()
	hopCtx, redirects := withHops(ctx)
	rep, err := e.c.roundTrip(hopCtx, e)
	e.c.limiter.done(s)
	e.c.limiter.doneAll(redirects)
	if err != nil {
		e.log(ctx, slog.LevelDebug, "atera request failed", start, slog.String("error", redact(err.Error(), e.c.secret)))
		return e.failed(ctx, err)
	}
	e.log(ctx, slog.LevelDebug, "atera request", start, slog.Int("status", rep.status))
	return e.answered(ctx, rep)
}

// roundTrip sends one attempt and reads the body, within the per-attempt timeout and the size cap.
func (c *Client) roundTrip(ctx context.Context, e *exchange) (*reply, error) {
	if c.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.timeout)
		defer cancel()
	}
	req := c.rest.R().SetContext(ctx).
		SetHeader("User-Agent", c.userAgent).
		SetHeader("Accept", "application/json")
	if e.body != nil {
		req.SetHeader("Content-Type", "application/json").SetBody(e.body)
	}
	resp, err := req.Execute(e.op.Method, e.url.String())
	if err != nil {
		return nil, err
	}
	raw := resp.RawBody()
	defer raw.Close()
	rep := &reply{status: resp.StatusCode(), header: resp.Header()}
	limit := c.maxBody
	if rep.status < 200 || rep.status > 299 {
		// Room for a key that straddles the cut, so it is redacted whole before the cut.
		limit = maxErrorBody + int64(len(c.secret))
	}
	if rep.body, err = io.ReadAll(io.LimitReader(raw, limit+1)); err != nil {
		return nil, err
	}
	if int64(len(rep.body)) > limit {
		rep.body, rep.tooLarge = rep.body[:limit], true
	}
	return rep, nil
}

// failed decides on a transport failure: retry-safe operations, and requests that provably
// never left, are retried; a request refused for leaving the origin is not.
func (e *exchange) failed(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	wrapped := e.fail(err, "%v", err)
	retryable := (e.op.RetrySafe || e.c.retry.RetryUnsafe || neverSent(err)) && !errors.Is(err, errCrossOrigin)
	if retryable && e.serverRetries < e.c.retry.MaxRetries &&
		e.schedule(ctx, e.c.retry.backoff(e.c.retry.Delay, e.serverRetries), &e.serverRetries, wrapped) {
		return retry.RetryableError(wrapped)
	}
	return wrapped
}

// answered decides on an HTTP answer.
func (e *exchange) answered(ctx context.Context, rep *reply) error {
	switch {
	case rep.status >= 200 && rep.status <= 299:
		return e.decode(rep)
	case rep.status == http.StatusTooManyRequests:
		return e.rateLimited(ctx, rep)
	}
	apiErr := e.apiError(rep)
	retryable := rep.status >= 500 && (e.op.RetrySafe || e.c.retry.RetryUnsafe)
	wait := max(e.c.retry.backoff(e.c.retry.Delay, e.serverRetries), min(apiErr.RetryAfter, e.c.retry.MaxDelay))
	if retryable && e.serverRetries < e.c.retry.MaxRetries && e.schedule(ctx, wait, &e.serverRetries, apiErr) {
		return retry.RetryableError(apiErr.typed())
	}
	return apiErr.typed()
}

// rateLimited handles a 429: the whole client pauses for Retry-After (or the backoff), whether
// or not this call tries again; then the call is re-sent, whatever the operation, since Atera
// did not process it. A wait longer than RetryConfig.MaxDelay, past the caller's deadline, or
// beyond RateLimitConfig.MaxRetries ends the call at once with *RateLimitError instead.
func (e *exchange) rateLimited(ctx context.Context, rep *reply) error {
	apiErr := e.apiError(rep)
	if _, named := parseRetryAfter(rep.header.Get("Retry-After"), time.Now()); !named {
		apiErr.RetryAfter = e.c.retry.backoff(e.c.rateLimit.RetryAfter, e.rateRetries)
	}
	wait := apiErr.RetryAfter
	e.c.limiter.pause(time.Now().Add(wait))
	if e.rateRetries >= e.c.rateLimit.MaxRetries || wait > e.c.retry.MaxDelay || !e.schedule(ctx, wait, &e.rateRetries, apiErr) {
		return apiErr.typed()
	}
	return retry.RetryableError(apiErr.typed())
}

// schedule plans another attempt after wait, unless the caller's deadline would pass first:
// then it answers false, so the error returns at once instead of sleeping past the deadline.
func (e *exchange) schedule(ctx context.Context, wait time.Duration, counter *int, reason error) bool {
	if deadline, ok := ctx.Deadline(); ok && time.Now().Add(wait).After(deadline) {
		return false
	}
	*counter++
	e.wait = wait
	e.log(ctx, slog.LevelWarn, "atera retry", time.Now(), slog.Duration("wait", wait), slog.String("reason", reason.Error()))
	return true
}

func (e *exchange) decode(rep *reply) error {
	switch {
	case rep.tooLarge:
		return e.fail(nil, "the answer is larger than %d bytes; raise the cap with core.WithMaxResponseSize or ask for smaller pages", e.c.maxBody)
	case e.out == nil:
		return nil
	case len(bytes.TrimSpace(rep.body)) == 0:
		return e.fail(nil, "status %d with an empty body where JSON was expected", rep.status)
	}
	if err := json.Unmarshal(rep.body, e.out); err != nil {
		return e.fail(err, "the answer is not the JSON expected: %s", truncate(err.Error(), 256))
	}
	return nil
}

func (e *exchange) apiError(rep *reply) *Error {
	apiErr := newAPIError(e.op.Method, e.url.Path, rep.status, rep.header.Get("Content-Type"), rep.body, e.c.secret)
	apiErr.Attempts = e.attempts
	if ra, ok := parseRetryAfter(rep.header.Get("Retry-After"), time.Now()); ok {
		apiErr.RetryAfter = ra
	}
	return apiErr
}

func (e *exchange) log(ctx context.Context, level slog.Level, msg string, start time.Time, attrs ...slog.Attr) {
	attrs = append(attrs,
		slog.String("method", e.op.Method),
		slog.String("path", e.url.Path),
		slog.Int("attempt", e.attempts),
		slog.Duration("duration", time.Since(start)))
	e.c.logger.LogAttrs(ctx, level, msg, attrs...)
}

// neverSent reports a failure that happened before any byte of the request left: the
// connection could not be made.
func neverSent(err error) bool {
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		return true
	}
	var dns *net.DNSError
	return errors.As(err, &dns)
}

// failure is an error of a call that is not an API answer (a transport failure, an answer
// that does not decode). Its text names the call, is capped at 1 KiB and never holds the key;
// the cause stays reachable with errors.Is and errors.As.
type failure struct {
	msg string
	err error
}

func (f *failure) Error() string { return f.msg }
func (f *failure) Unwrap() error { return f.err }

// fail builds a failure of this call; cause may be nil.
func (e *exchange) fail(cause error, format string, args ...any) error {
	msg := fmt.Sprintf("atera: %s %s: ", e.op.Method, e.url.Path) + fmt.Sprintf(format, args...)
	return &failure{msg: truncate(redact(msg, e.c.secret), maxErrorText), err: cause}
}
