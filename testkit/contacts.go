package testkit

// contactsResource serves the contacts routes (to be filled in).
var contactsResource = resource{}
