package testkit

// ticketsResource serves the tickets routes (to be filled in).
var ticketsResource = resource{}
