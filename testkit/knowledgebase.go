package testkit

import (
	"fmt"
	"strings"
	"time"
)

// knowledgeBaseResource serves KnowledgeBaseDto under /knowledgebases (read-only in Atera's API).
var knowledgeBaseResource = resource{
	collections: []collectionSpec{{name: "knowledgebases", idField: "KBID", label: "Article"}},
	routes:      []routeSpec{{"GET", "/knowledgebases", list("knowledgebases", nil)}},
	demo:        demoKnowledgeBase,
}

// knowledgeBaseDTO is Atera's KnowledgeBaseDto.
type knowledgeBaseDTO struct {
	KBID           int64  `json:"KBID"`
	KBTimestamp    string `json:"KBTimestamp"`
	KBContext      string `json:"KBContext"`
	KBProduct      string `json:"KBProduct"`
	KBRatingYes    int    `json:"KBRating_Yes"`
	KBRatingNo     int    `json:"KBRating_No"`
	KBRatingViews  int    `json:"KBRating_Views"`
	KBLastModified string `json:"KBLastModified"`
	KBIsPrivate    bool   `json:"KBIsPrivate"`
	KBStatus       int    `json:"KBStatus"`
	KBPriority     int    `json:"KBPriority"`
	KBKeywords     string `json:"KBKeywords"`
	KBAddress      string `json:"KBAddress"`
	SectionId      string `json:"SectionId"`
	SectionName    string `json:"SectionName"`
	CategoryId     string `json:"CategoryId"`
	CategoryName   string `json:"CategoryName"`
}

// demoArticle is one demo knowledge-base article: its title, the steps of its body and its
// keywords, within a section (one of demoKBSections).
type demoArticle struct {
	section  int
	title    string
	steps    []string
	keywords string
}

// demoKBSections are the sections of the demo knowledge base and their categories.
var demoKBSections = []struct{ section, category string }{
	{"Email & Microsoft 365", "End-user guides"},
	{"Printing & Scanning", "End-user guides"},
	{"Remote Access", "End-user guides"},
	{"Security", "Policies"},
	{"Servers & Backup", "Technician runbooks"},
}

// demoArticles are the 25 articles of the demo knowledge base.
var demoArticles = []demoArticle{
	{0, "Set up Outlook on a new Windows PC", []string{"Open Outlook and enter your work e-mail address.", "Approve the sign-in in Microsoft Authenticator.", "Wait for the mailbox to sync before closing Outlook."}, "outlook,email,setup,m365"},
	{0, "Add a shared mailbox in Outlook", []string{"Go to File > Account Settings > Account Settings.", "Select your account, Change > More Settings > Advanced.", "Add the shared mailbox by name and restart Outlook."}, "outlook,shared mailbox"},
	{0, "Set an out-of-office reply", []string{"In Outlook, choose File > Automatic Replies.", "Write separate replies for inside and outside your organisation.", "Set the date range and click OK."}, "outlook,out of office,automatic replies"},
	{0, "Reset your Microsoft 365 password", []string{"Go to https://aka.ms/sspr.", "Verify with your phone or authenticator app.", "Choose a passphrase of at least 14 characters."}, "password,reset,m365,sspr"},
	{0, "Recover a deleted e-mail", []string{"Open the Deleted Items folder.", "Choose Recover items recently removed from this folder.", "Select the messages and click Restore."}, "outlook,deleted,recover"},
	{0, "Share a OneDrive folder with a client", []string{"Right-click the folder in OneDrive and choose Share.", "Enter the client's address and set Can view.", "Send; external links expire after 30 days."}, "onedrive,share,external"},
	{1, "Add a network printer on Windows 11", []string{"Open Settings > Bluetooth & devices > Printers & scanners.", "Click Add device and choose the printer by its office name.", "Print a test page."}, "printer,windows 11,add"},
	{1, "Clear a stuck print queue", []string{"Open Services and stop Print Spooler.", "Delete the files in C:\\Windows\\System32\\spool\\PRINTERS.", "Start Print Spooler again."}, "printer,spooler,queue"},
	{1, "Scan to e-mail from the copier", []string{"Tap Scan on the copier panel.", "Pick your name from the address book.", "Press Start; the PDF arrives within two minutes."}, "scan,copier,email"},
	{1, "Replace toner on the office printer", []string{"Open the front cover.", "Pull the old cartridge straight out and shake the new one gently.", "Insert it until it clicks and close the cover."}, "toner,printer"},
	{2, "Connect to the office VPN", []string{"Open the VPN client from the system tray.", "Choose the Office profile and sign in with your work account.", "Approve the multi-factor prompt."}, "vpn,remote,mfa"},
	{2, "Use Remote Desktop to reach your office PC", []string{"Connect to the VPN first.", "Open Remote Desktop Connection and enter your PC's name.", "Sign in with your work account."}, "rdp,remote desktop"},
	{2, "Let a technician connect to your computer", []string{"Click the Atera icon in the system tray.", "Choose Request support and describe the problem.", "Accept the connection prompt when the technician calls."}, "atera,remote support,splashtop"},
	{2, "Work from home checklist", []string{"Use a wired connection for video calls when you can.", "Keep your laptop on the VPN while working with office files.", "Lock your screen when you step away."}, "remote work,checklist"},
	{3, "Spot a phishing e-mail", []string{"Check the sender's real address, not just the name.", "Hover over links before clicking.", "Report suspicious messages with the Report button."}, "phishing,security,awareness"},
	{3, "Enroll in multi-factor authentication", []string{"Install Microsoft Authenticator on your phone.", "Go to https://aka.ms/mfasetup and add the account.", "Approve the test notification."}, "mfa,authenticator,security"},
	{3, "Password policy", []string{"Use a passphrase of at least 14 characters.", "Never reuse your work password elsewhere.", "Store shared credentials in the password manager only."}, "password,policy"},
	{3, "Report a lost or stolen device", []string{"Call the help desk at once.", "We lock and wipe the device remotely.", "File a police report for stolen devices."}, "lost device,wipe,security"},
	{3, "Encrypt a laptop with BitLocker", []string{"Confirm the laptop has a TPM.", "Turn on BitLocker from Control Panel.", "The recovery key is escrowed to Entra ID automatically."}, "bitlocker,encryption"},
	{4, "Restore a file from the nightly backup", []string{"Open the backup console and pick the server.", "Browse the restore point by date.", "Restore to an alternate location first, then move the file."}, "backup,restore,runbook"},
	{4, "Monthly patch window procedure", []string{"Review the pending patches in Atera.", "Approve and schedule for the customer's maintenance window.", "Confirm reboots and check the services afterwards."}, "patching,maintenance,runbook"},
	{4, "Free disk space on a Windows server", []string{"Run Disk Cleanup with system files.", "Clear old IIS and application logs.", "Extend the volume if free space stays below 15%."}, "disk space,server,cleanup"},
	{4, "Add a new user in Active Directory", []string{"Copy a user with the same role.", "Set a temporary password and require change at next logon.", "Add the Microsoft 365 licence and confirm the sync."}, "active directory,onboarding"},
	{4, "Offboard a departing employee", []string{"Disable the account and revoke sessions.", "Convert the mailbox to shared and forward to the manager.", "Collect and wipe the devices."}, "offboarding,active directory,m365"},
	{4, "Replace a failed drive in the NAS", []string{"Identify the failed bay from the NAS alert.", "Hot-swap the drive with one of the same size.", "Watch the array rebuild to completion."}, "nas,raid,drive"},
}

// demoKnowledgeBase seeds the demo knowledge base, ids 1 to 25.
func demoKnowledgeBase(g *demoGen) {
	sectionIDs, categoryIDs := map[int]string{}, map[string]string{}
	for i, s := range demoKBSections {
		sectionIDs[i] = g.guid()
		if categoryIDs[s.category] == "" {
			categoryIDs[s.category] = g.guid()
		}
	}
	for i, a := range demoArticles {
		id := int64(i + 1)
		created := g.agoTime(30*24*time.Hour, 1200*24*time.Hour)
		views := g.intn(5, 900)
		s := demoKBSections[a.section]
		g.add("knowledgebases", knowledgeBaseDTO{
			KBID:           id,
			KBTimestamp:    ateraTime(created),
			KBContext:      "<p>" + a.title + "</p><ol><li>" + strings.Join(a.steps, "</li><li>") + "</li></ol>",
			KBProduct:      a.title,
			KBRatingYes:    views / g.intn(4, 12),
			KBRatingNo:     views / g.intn(40, 200),
			KBRatingViews:  views,
			KBLastModified: ateraTime(created.Add(time.Duration(g.r.Int64N(int64(g.now.Sub(created)))))),
			KBIsPrivate:    s.category == "Technician runbooks",
			KBStatus:       oneOf(g, 1, 1, 1, 0),
			KBPriority:     g.intn(1, 3),
			KBKeywords:     a.keywords,
			KBAddress:      fmt.Sprintf("https://app.atera.com/new/knowledge-base/article/%d", id),
			SectionId:      sectionIDs[a.section],
			SectionName:    s.section,
			CategoryId:     categoryIDs[s.category],
			CategoryName:   s.category,
		})
	}
}
