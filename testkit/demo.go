package testkit

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"time"
)

// demoGen draws the demo tenant deterministically from the seed and the
// server's start time, recording what it adds.
type demoGen struct {
	s     *Server
	r     *rand.Rand
	now   time.Time
	added []demoItem
}

// demoItem is one demo entity and its collection.
type demoItem struct {
	col string
	e   entity
}

// demoKey identifies a demo tenant: the same seed and start give the same data.
type demoKey struct {
	seed  uint64
	start int64
}

// lastDemo caches the most recent demo tenant. Servers built in
// testing/synctest bubbles share one start time, so they skip generation.
var lastDemo struct {
	sync.Mutex
	key   demoKey
	items []demoItem
}

// loadDemo seeds every resource's demo data, in resource order.
func loadDemo(s *Server) {
	key := demoKey{s.cfg.seed, s.start.UnixNano()}
	lastDemo.Lock()
	items := lastDemo.items
	if lastDemo.key != key {
		items = nil
	}
	lastDemo.Unlock()
	if items != nil {
		for _, it := range items {
			s.insertDemo(it)
		}
		return
	}
	g := &demoGen{s: s, r: rand.New(rand.NewPCG(s.cfg.seed, 0xde70)), now: s.start}
	for _, res := range resources {
		if res.demo != nil {
			res.demo(g)
		}
	}
	lastDemo.Lock()
	lastDemo.key, lastDemo.items = key, g.added
	lastDemo.Unlock()
}

// add stores demo items and records them.
func (g *demoGen) add(col string, items ...any) {
	for _, item := range items {
		e, err := toEntity(item)
		if err != nil {
			continue
		}
		it := demoItem{col, e}
		g.s.insertDemo(it)
		g.added = append(g.added, it)
	}
}

// insertDemo stores a copy of a demo item. Demo items carry unique ids in
// defined collections, so the insert cannot fail.
func (s *Server) insertDemo(it demoItem) {
	_, _ = s.store.insert(it.col, cloneEntity(it.e), false)
}

// intn draws from [lo, hi].
func (g *demoGen) intn(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

// chance is true with probability p.
func (g *demoGen) chance(p float64) bool { return g.r.Float64() < p }

// oneOf draws one of options.
func oneOf[T any](g *demoGen, options ...T) T { return options[g.r.IntN(len(options))] }

// ago formats a time drawn uniformly in [now-hi, now-lo].
func (g *demoGen) ago(lo, hi time.Duration) string {
	return ateraTime(g.agoTime(lo, hi))
}

// agoTime draws a time uniformly in [now-hi, now-lo].
func (g *demoGen) agoTime(lo, hi time.Duration) time.Time {
	return g.now.Add(-(lo + time.Duration(g.r.Int64N(int64(hi-lo)+1))))
}

// guid draws a version-4 UUID string.
func (g *demoGen) guid() string {
	a, b := g.r.Uint64(), g.r.Uint64()
	a = a&^0xf000 | 0x4000
	b = b&^(0xc<<60) | 0x8<<60
	return fmt.Sprintf("%08x-%04x-%04x-%04x-%012x", a>>32, a>>16&0xffff, a&0xffff, b>>48, b&0xffffffffffff)
}

// hex draws n lowercase hex digits.
func (g *demoGen) hex(n int) string {
	const digits = "0123456789abcdef"
	b := make([]byte, n)
	for i := range b {
		b[i] = digits[g.r.IntN(16)]
	}
	return string(b)
}

// mac draws a MAC address.
func (g *demoGen) mac() string {
	return fmt.Sprintf("%02X-%02X-%02X-%02X-%02X-%02X", 0x00, 0x1A, g.r.IntN(256), g.r.IntN(256), g.r.IntN(256), g.r.IntN(256))
}

// serial draws an upper-case alphanumeric serial of n characters.
func (g *demoGen) serial(n int) string {
	const chars = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
	b := make([]byte, n)
	for i := range b {
		b[i] = chars[g.r.IntN(len(chars))]
	}
	return string(b)
}
