package testkit

// departmentsResource serves the departments routes (to be filled in).
var departmentsResource = resource{}
