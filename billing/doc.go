// Package billing will serve Atera's billing operations: contracts, invoices, and rates, which
// Atera keeps as two lists (products and expenses).
//
// It is not written yet. Like the rmm module, it will be built on a core client:
//
//	c, err := core.NewClient(apiKey)
//	if err != nil {
//		return err
//	}
//	b := billing.New(c)
//
// It will offer the services Contracts, Invoices and Rates.
package billing
