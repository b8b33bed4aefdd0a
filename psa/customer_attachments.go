package psa

// CustomerAttachmentCreate is a file to attach to a customer (Atera's
// CreateCustomerAttachmentRequest). All three fields are required.
type CustomerAttachmentCreate struct {
	CustomerId int64 `json:"CustomerId"`
	// Name is the file name shown in Atera, with its extension, e.g. "network-diagram.pdf".
	Name string `json:"Name"`
	// ContentBased64 is the file's raw content. It travels base64-encoded, as Atera's field of
	// that name expects (encoding/json encodes a []byte that way), so do not encode it yourself.
	ContentBased64 []byte `json:"ContentBased64"`
}

// check refuses an attachment without customer, name or content.
func (a *CustomerAttachmentCreate) check() error {
	switch {
	case a == nil || a.CustomerId <= 0:
		return missing(opCustomersCreateAttachment, "CustomerId", "the CustomerID of an existing customer")
	case blank(a.Name):
		return missing(opCustomersCreateAttachment, "Name", "the file name, e.g. \"contract.pdf\"")
	case len(a.ContentBased64) == 0:
		return missing(opCustomersCreateAttachment, "ContentBased64", "the file's bytes")
	}
	return nil
}
