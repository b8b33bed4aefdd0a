package psa

// CustomerFolderCreate is a new agent folder of a customer (Atera's CreateFolderRequest).
// Name and CustomerId are required.
type CustomerFolderCreate struct {
	Name       string `json:"Name"`
	CustomerId int64  `json:"CustomerId"`
	// ThresholdId applies a threshold profile to the folder's agents; 0 leaves Atera's default.
	ThresholdId int64 `json:"ThresholdId,omitempty"`
}

// check refuses a folder without a name or customer.
func (f *CustomerFolderCreate) check() error {
	switch {
	case f == nil || blank(f.Name):
		return missing(opCustomersCreateFolder, "Name", "the folder's display name")
	case f.CustomerId <= 0:
		return missing(opCustomersCreateFolder, "CustomerId", "the CustomerID of an existing customer")
	}
	return nil
}
