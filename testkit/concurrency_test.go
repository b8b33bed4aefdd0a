package testkit

import (
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
)

func TestConcurrentLoad(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := New(InMemory(), WithLatency(5*time.Millisecond, 400*time.Millisecond),
			WithRateLimit(RateLimit{Requests: 700, Window: time.Minute}))
		defer s.Close()
		var ok, limited atomic.Int64
		var wg sync.WaitGroup
		for g := range 100 {
			wg.Go(func() {
				for i := range 70 {
					path := "/agents?itemsInPage=5"
					if i%2 == 1 {
						path = "/agents/" + string(rune('1'+g%9))
					}
					code, _, _ := send(t, s, "GET", path, "")
					switch code {
					case 200:
						ok.Add(1)
					case 429:
						limited.Add(1)
						time.Sleep(time.Second)
					default:
						t.Errorf("status %d", code)
					}
				}
			})
		}
		wg.Wait()
		if n := len(s.Requests()); n != 7000 || ok.Load()+limited.Load() != 7000 || limited.Load() == 0 {
			t.Fatalf("%d logged, %d ok, %d limited", n, ok.Load(), limited.Load())
		}
		// The limiter never admitted more than 700 in any minute.
		var admitted []time.Time
		for _, r := range s.Requests() {
			if r.Status == 200 {
				admitted = append(admitted, r.Time)
			}
		}
		for i := 700; i < len(admitted); i++ {
			if admitted[i].Sub(admitted[i-700]) < time.Minute {
				t.Fatalf("more than 700 admitted within %v", admitted[i].Sub(admitted[i-700]))
			}
		}
	})
}
