package testkit

// accountResource serves the account routes (to be filled in).
var accountResource = resource{}
