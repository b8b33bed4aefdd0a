package testkit

// resource declares a slice of Atera: its collections, its routes and the
// demo data it seeds. Add a resource by writing a file that declares one and
// listing it in resources.
type resource struct {
	collections []collectionSpec
	routes      []routeSpec
	// demo seeds the demo tenant; it runs after the demo of every resource
	// listed before it, so it may read their data.
	demo func(g *demoGen)
}

// routeSpec is one operation of a resource.
type routeSpec struct {
	method   string
	template string
	handle   handlerFunc
}

// resources lists every resource, in demo-seeding order.
var resources = []resource{
	customersResource, agentsResource, contactsResource, departmentsResource,
	knowledgeBaseResource, accountResource, ticketsResource,
}

// install defines the resource's collections and routes on s.
func (r resource) install(s *Server) {
	for _, c := range r.collections {
		s.store.define(c)
	}
	for _, rt := range r.routes {
		s.router.add(rt.method, rt.template, rt.handle)
	}
}
