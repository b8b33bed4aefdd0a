package testkit

import (
	"encoding/json"
	"maps"
	"math"
	"net/http"
	"strconv"
	"time"
)

// ticketWorkHoursFields are the TicketWorkHoursDto properties; the stored records are
// WorkhourRecordDto, which adds CustomerID and EndUserID.
var ticketWorkHoursFields = []string{"TicketID", "WorkHoursID", "StartWorkHour", "EndWorkHour", "TechnicianContactID", "Billiable",
	"OnCustomerSite", "Description", "TechnicianFullName", "TechnicianEmail", "RateID", "RateAmount"}

// hourlyRates are the fake account's billing rates, by RateID.
var hourlyRates = map[int64]float64{1: 95, 2: 125, 3: 165}

// accountDateTime is the layout of the /workhours filters, read in the account's time zone,
// which is UTC in the fake.
const accountDateTime = "2006-01-02T15:04:05"

// createWorkHours stores a CreateWorkHoursModel on a ticket and answers its ActionID.
func createWorkHours(c *call) {
	t, ok := c.lookup(colTickets, "ticketId")
	if !ok {
		return
	}
	body, ok := c.jsonBody([]string{"StartWorkHour", "EndWorkHour"})
	if !ok {
		return
	}
	start, okStart := parseAteraTime(stringField(body, "StartWorkHour"))
	end, okEnd := parseAteraTime(stringField(body, "EndWorkHour"))
	switch {
	case !okStart:
		c.invalidValue("StartWorkHour", stringOf(body["StartWorkHour"]))
		return
	case !okEnd:
		c.invalidValue("EndWorkHour", stringOf(body["EndWorkHour"]))
		return
	case !end.After(start):
		c.invalid(map[string][]string{"EndWorkHour": {"EndWorkHour must be after StartWorkHour."}})
		return
	}
	ticketID := entityID(t, "TicketID")
	rec := entity{"TechnicianContactID": nil, "TechnicianEmail": nil, "TechnicianFullName": nil, "Description": nil, "RateID": nil}
	maps.Copy(rec, pick(body, "TechnicianContactID", "TechnicianEmail", "Description", "RateID"))
	rec["TicketID"], rec["CustomerID"], rec["EndUserID"] = jsonNumber(ticketID), t["CustomerID"], t["EndUserID"]
	rec["StartWorkHour"], rec["EndWorkHour"] = ateraTime(start), ateraTime(end)
	rec["Billiable"], rec["OnCustomerSite"] = body["Billiable"] == true, body["OnCustomerSite"] == true
	if tech, ok := findTechnician(body["TechnicianContactID"], stringField(body, "TechnicianEmail")); ok {
		rec["TechnicianContactID"], rec["TechnicianFullName"], rec["TechnicianEmail"] = jsonNumber(tech.id), tech.name, tech.email
	}
	rec["RateAmount"] = nil
	if rate, ok := hourlyRates[entityID(body, "RateID")]; ok {
		rec["RateAmount"] = rate
	}
	id, err := c.s.store.insert(colWorkHours, rec, true)
	if err != nil {
		writeJSON(c.w, http.StatusInternalServerError, err.Error())
		return
	}
	c.touchTicket(ticketID, time.Now(), false)
	writeJSON(c.w, http.StatusCreated, map[string]string{"ActionID": strconv.FormatInt(id, 10)})
}

// listTicketWorkHours answers a page of a ticket's work-hours records.
func listTicketWorkHours(c *call) {
	t, ok := c.lookup(colTickets, "ticketId")
	if !ok {
		return
	}
	records := c.s.store.filter(colWorkHours, func(e entity) bool { return belongsTo(e, entityID(t, "TicketID")) })
	for i, r := range records {
		records[i] = pick(r, ticketWorkHoursFields...)
	}
	c.writePage(records)
}

// listWorkHours answers a page of every ticket's work-hours records, filtered by the
// startWorkhour and endWorkhour bounds.
func listWorkHours(c *call) {
	from, ok := c.accountTimeQuery("startWorkhour", 0)
	if !ok {
		return
	}
	to, ok := c.accountTimeQuery("endWorkhour", 24*time.Hour)
	if !ok {
		return
	}
	rates, ok := c.boolQuery("includeRates", false)
	if !ok {
		return
	}
	records := c.s.store.filter(colWorkHours, func(e entity) bool {
		return (from.IsZero() || !timeField(e, "StartWorkHour").Before(from)) && (to.IsZero() || timeField(e, "EndWorkHour").Before(to))
	})
	if !rates {
		for _, r := range records {
			r["RateID"], r["RateAmount"] = nil, nil
		}
	}
	c.writePage(records)
}

// accountTimeQuery reads a yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss query bound. A bare date is
// widened by dayEnd (a day for an inclusive upper bound), a date-time by at most a nanosecond, so that
// "on or before" holds. Anything else answers 400.
func (c *call) accountTimeQuery(name string, dayEnd time.Duration) (time.Time, bool) {
	v := c.r.URL.Query().Get(name)
	if v == "" {
		return time.Time{}, true
	}
	if t, err := time.Parse(time.DateOnly, v); err == nil {
		return t.Add(dayEnd), true
	}
	if t, err := time.Parse(accountDateTime, v); err == nil {
		return t.Add(min(dayEnd, time.Nanosecond)), true
	}
	c.invalid(map[string][]string{name: {"Invalid date format. Use yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss without offset."}})
	return time.Time{}, false
}

// durations are the seconds of a set of work-hours records, split three ways. On SLA is time
// that starts on a weekday between 08:00 and 18:00 UTC, the fake account's business hours.
type durations struct{ total, onSite, offSite, onSLA, offSLA float64 }

// sumDurations adds up the records.
func sumDurations(records []entity) durations {
	var d durations
	for _, r := range records {
		start := timeField(r, "StartWorkHour")
		secs := timeField(r, "EndWorkHour").Sub(start).Seconds()
		if secs <= 0 {
			continue
		}
		d.total += secs
		if r["OnCustomerSite"] == true {
			d.onSite += secs
		} else {
			d.offSite += secs
		}
		if wd, h := start.Weekday(), start.Hour(); wd != time.Saturday && wd != time.Sunday && h >= 8 && h < 18 {
			d.onSLA += secs
		} else {
			d.offSLA += secs
		}
	}
	return d
}

// durationsDTO is Atera's TicketDurationsDto, in hours; ticketId is camelCase as in the spec.
type durationsDTO struct {
	OffSLADurationHours  float64 `json:"OffSLADurationHours"`
	OffSiteDurationHours float64 `json:"OffSiteDurationHours"`
	OnSLADurationHours   float64 `json:"OnSLADurationHours"`
	OnSiteDurationHours  float64 `json:"OnSiteDurationHours"`
	TotalDurationHours   float64 `json:"TotalDurationHours"`
	TicketID             int64   `json:"ticketId"`
}

// ticketDurations is the billable or non-billable time of the ticket id.
func ticketDurations(st *store, id int64, billable bool) durationsDTO {
	d := sumDurations(st.filter(colWorkHours, func(e entity) bool { return belongsTo(e, id) && (e["Billiable"] == true) == billable }))
	return durationsDTO{hours(d.offSLA), hours(d.offSite), hours(d.onSLA), hours(d.onSite), hours(d.total), id}
}

// hours converts seconds to hours, to three decimals.
func hours(secs float64) float64 { return math.Round(secs/3.6) / 1000 }

// ticketDuration answers the billable or non-billable time of a ticket.
func ticketDuration(billable bool) handlerFunc {
	return func(c *call) {
		if t, ok := c.lookup(colTickets, "ticketId"); ok {
			writeJSON(c.w, http.StatusOK, ticketDurations(c.s.store, entityID(t, "TicketID"), billable))
		}
	}
}

// workHoursSummary answers a ticket's TicketWorkHoursSummaryDto.
func workHoursSummary(c *call) {
	if t, ok := c.lookup(colTickets, "ticketId"); ok {
		id := entityID(t, "TicketID")
		writeJSON(c.w, http.StatusOK, map[string]any{
			"TicketID": id, "Billable": ticketDurations(c.s.store, id, true), "NonBillable": ticketDurations(c.s.store, id, false),
		})
	}
}

// maxDurationIDs is the most ticket ids a bulk-duration request takes.
const maxDurationIDs = 50

// bulkDurations answers a bulk-duration request: a JSON array of at most 50 ticket ids,
// answered by answer in the order given.
func bulkDurations(answer func(st *store, ids []int64) any) handlerFunc {
	return func(c *call) {
		var ids []int64
		if err := json.Unmarshal(c.body, &ids); err != nil || ids == nil {
			c.invalid(map[string][]string{"ticketIds": {"Required - a JSON array of ticket ids."}})
			return
		}
		if len(ids) > maxDurationIDs {
			c.invalid(map[string][]string{"ticketIds": {"Up to 50 ticket ids are allowed; got " + strconv.Itoa(len(ids)) + "."}})
			return
		}
		writeJSON(c.w, http.StatusOK, answer(c.s.store, ids))
	}
}

// billableDurations is the billable time of each ticket, as a TicketDurationsDto array.
func billableDurations(st *store, ids []int64) any {
	out := make([]durationsDTO, len(ids))
	for i, id := range ids {
		out[i] = ticketDurations(st, id, true)
	}
	return out
}

// siteDurations is the billable time of each ticket on and off site, as a
// TicketsWorkHoursSiteDurationSummaryDto.
func siteDurations(st *store, ids []int64) any {
	out := make([]map[string]any, len(ids))
	for i, id := range ids {
		d := sumDurations(st.filter(colWorkHours, func(e entity) bool { return belongsTo(e, id) && e["Billiable"] == true }))
		out[i] = map[string]any{"TicketID": id, "TotalDurationSeconds": int(d.total), "OnSiteDurationSeconds": int(d.onSite), "OffSiteDurationSeconds": int(d.offSite)}
	}
	return map[string]any{"TicketsWorkHoursSiteDurationSummaries": out}
}
