package psa

import "github.com/wyre-technology/go-atera/core"

// Ticket is an Atera ticket (Atera's TicketDto). Field names follow Atera's JSON exactly.
// RelationType and RelatedTicketId are filled only when the read asked for relations;
// the comment fields only when it asked for comments (reads that take the choice).
type Ticket struct {
	TicketID                       int64          `json:"TicketID"`
	TicketTitle                    string         `json:"TicketTitle"`
	TicketNumber                   string         `json:"TicketNumber"`
	TicketPriority                 TicketPriority `json:"TicketPriority"`
	TicketImpact                   TicketImpact   `json:"TicketImpact"`
	TicketStatus                   TicketStatus   `json:"TicketStatus"`
	TicketSource                   string         `json:"TicketSource"`
	TicketType                     TicketType     `json:"TicketType"`
	EndUserID                      int64          `json:"EndUserID"`
	EndUserEmail                   string         `json:"EndUserEmail"`
	EndUserFirstName               string         `json:"EndUserFirstName"`
	EndUserLastName                string         `json:"EndUserLastName"`
	EndUserPhone                   string         `json:"EndUserPhone"`
	TicketResolvedDate             core.Time      `json:"TicketResolvedDate"`
	TicketCreatedDate              core.Time      `json:"TicketCreatedDate"`
	TechnicianFirstCommentDate     core.Time      `json:"TechnicianFirstCommentDate"`
	FirstResponseDueDate           core.Time      `json:"FirstResponseDueDate"`
	ClosedTicketDueDate            core.Time      `json:"ClosedTicketDueDate"`
	FirstComment                   string         `json:"FirstComment"`
	LastEndUserComment             string         `json:"LastEndUserComment"`
	LastEndUserCommentTimestamp    core.Time      `json:"LastEndUserCommentTimestamp"`
	LastTechnicianComment          string         `json:"LastTechnicianComment"`
	LastTechnicianCommentTimestamp core.Time      `json:"LastTechnicianCommentTimestamp"`
	OnSiteDurationSeconds          int            `json:"OnSiteDurationSeconds"`
	OnSiteDurationMinutes          int            `json:"OnSiteDurationMinutes"`
	OffSiteDurationSeconds         int            `json:"OffSiteDurationSeconds"`
	OffSiteDurationMinutes         int            `json:"OffSiteDurationMinutes"`
	OnSLADurationSeconds           int            `json:"OnSLADurationSeconds"`
	OnSLADurationMinutes           int            `json:"OnSLADurationMinutes"`
	OffSLADurationSeconds          int            `json:"OffSLADurationSeconds"`
	OffSLADurationMinutes          int            `json:"OffSLADurationMinutes"`
	TotalDurationSeconds           int            `json:"TotalDurationSeconds"`
	TotalDurationMinutes           int            `json:"TotalDurationMinutes"`
	CustomerID                     int64          `json:"CustomerID"`
	CustomerName                   string         `json:"CustomerName"`
	CustomerBusinessNumber         string         `json:"CustomerBusinessNumber"`
	TechnicianContactID            int64          `json:"TechnicianContactID"`
	TechnicianFullName             string         `json:"TechnicianFullName"`
	TechnicianEmail                string         `json:"TechnicianEmail"`
	ContractID                     int64          `json:"ContractID"`
	RelationType                   RelationType   `json:"RelationType"`
	RelatedTicketId                int64          `json:"RelatedTicketId"`
}

// TicketCreate is a new ticket (Atera's CreateTicketModel). TicketTitle and Description are
// required, and so is the end user: either EndUserID of an existing contact, or
// EndUserFirstName, EndUserLastName and EndUserEmail to create one. Empty fields are not
// sent, so Atera applies its defaults.
type TicketCreate struct {
	TicketTitle         string         `json:"TicketTitle"`
	Description         string         `json:"Description"`
	TicketPriority      TicketPriority `json:"TicketPriority,omitempty"`
	TicketImpact        TicketImpact   `json:"TicketImpact,omitempty"`
	TicketStatus        TicketStatus   `json:"TicketStatus,omitempty"`
	TicketType          TicketType     `json:"TicketType,omitempty"`
	EndUserID           int64          `json:"EndUserID,omitempty"`
	EndUserFirstName    string         `json:"EndUserFirstName,omitempty"`
	EndUserLastName     string         `json:"EndUserLastName,omitempty"`
	EndUserEmail        string         `json:"EndUserEmail,omitempty"`
	EndUserPhone        string         `json:"EndUserPhone,omitempty"`
	TechnicianContactID int64          `json:"TechnicianContactID,omitempty"`
	TechnicianEmail     string         `json:"TechnicianEmail,omitempty"`
}

// TicketUpdate changes a ticket (Atera's UpdateTicketModel). Only the fields set are sent;
// a nil field leaves Atera's value as it is.
type TicketUpdate struct {
	TicketTitle         *string         `json:"TicketTitle,omitempty"`
	TicketStatus        *TicketStatus   `json:"TicketStatus,omitempty"`
	TicketType          *TicketType     `json:"TicketType,omitempty"`
	TicketPriority      *TicketPriority `json:"TicketPriority,omitempty"`
	TicketImpact        *TicketImpact   `json:"TicketImpact,omitempty"`
	TechnicianContactID *int64          `json:"TechnicianContactID,omitempty"`
	TechnicianEmail     *string         `json:"TechnicianEmail,omitempty"`
}

// TicketStatus is a ticket's status: one of the built-in ones below or a custom status
// defined in the Atera account, spelled as Atera shows it.
type TicketStatus string

// The built-in ticket statuses.
const (
	TicketStatusOpen     TicketStatus = "Open"
	TicketStatusPending  TicketStatus = "Pending"
	TicketStatusResolved TicketStatus = "Resolved"
	TicketStatusClosed   TicketStatus = "Closed"
)

// TicketPriority is a ticket's priority (Atera's TicketPriorityOptions).
type TicketPriority string

// The ticket priorities.
const (
	TicketPriorityLow      TicketPriority = "Low"
	TicketPriorityMedium   TicketPriority = "Medium"
	TicketPriorityHigh     TicketPriority = "High"
	TicketPriorityCritical TicketPriority = "Critical"
)

// TicketImpact is a ticket's impact (Atera's TicketsImpactOptions).
type TicketImpact string

// The ticket impacts.
const (
	TicketImpactNoImpact    TicketImpact = "NoImpact"
	TicketImpactSiteDown    TicketImpact = "SiteDown"
	TicketImpactServerIssue TicketImpact = "ServerIssue"
	TicketImpactMinor       TicketImpact = "Minor"
	TicketImpactMajor       TicketImpact = "Major"
	TicketImpactCrisis      TicketImpact = "Crisis"
)

// TicketType is a ticket's type (Atera's TicketTypesForAPI).
type TicketType string

// The ticket types.
const (
	TicketTypeIncident TicketType = "Incident"
	TicketTypeProblem  TicketType = "Problem"
	TicketTypeRequest  TicketType = "Request"
	TicketTypeChange   TicketType = "Change"
)

// RelationType is the role a related ticket plays for a ticket (Atera's RelationType):
// RelationParent means the related ticket is its parent.
type RelationType string

// The relation types. RelationNone is what a ticket without a relation reports.
const (
	RelationNone   RelationType = "None"
	RelationParent RelationType = "Parent"
	RelationChild  RelationType = "Child"
)
