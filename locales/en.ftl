## Homegroup's one translation catalog (Project Fluent). One file per language, each
## holding every message English has, with the same variables: `scripts/check-catalog`
## (and a core test) fails otherwise. The window, the CLI, printed sheets and the
## members' page are moving here; today the members' page reads every word from it.

## The meeting finder page members open from the flyer's QR code.

page-language-name = English
page-language-dir = ltr
page-title = { $program }: meetings
page-heading = Find a meeting
page-skip = Skip to the meetings
page-updated = Updated { $date }
page-language = Language
page-loading = Loading meetings…
page-load-failed = The meeting list could not be loaded. Check your connection and try again.
page-retry = Try again
page-now = Happening now
page-next = Next
page-today = Today
page-tomorrow = Tomorrow
page-week = This week
page-week-day = Day
page-show-more = Show more meetings
page-no-meetings = No meeting matches. Clear the filters to see every meeting.
page-nothing-soon = No meeting in the next hours. The week below shows every meeting.
page-search = Search
page-search-hint = Name, place or town
page-filters = Filters
page-filter-time = Time of day
page-time-any = Any time
page-time-morning = Morning (before noon)
page-time-afternoon = Afternoon (noon to 5 pm)
page-time-evening = Evening (5 to 9 pm)
page-time-night = Night (after 9 pm)
page-filter-attend = How to attend
page-mode-any = Any way
page-mode-in_person = In person
page-mode-online = Online
page-mode-hybrid = In person and online
page-mode-phone = By phone
page-filter-fellowship = Fellowship
page-fellowship-any = Any fellowship
page-fellowship-na = Narcotics Anonymous
page-fellowship-smart = SMART Recovery
page-fellowship-other = Other fellowships
page-filter-formats = Formats
page-clear = Clear filters
page-in-progress = In progress
page-ends = until { $time }
page-cancelled = Cancelled
page-closed = Closed
page-moved-to = Moved to { $when }
page-moved-from = Moved here from { $when }
page-minutes = { $minutes } min
page-open = Details
page-close = Close
page-where = Where
page-room = Room: { $room }
page-directions = Directions (maps app)
page-map = Map (OpenStreetMap)
page-join = Join online
page-meeting-id = Meeting ID: { $id }
page-passcode = Passcode: { $passcode }
page-dial = Call in: { $number }
page-formats = Formats
page-notes = Notes
page-group = Group: { $group }
page-every = Every { $days } at { $time }
page-dates = Next dates
page-changes = Changes in the coming weeks
page-add-one = Add this meeting to my calendar
page-subscribe = Every meeting in your calendar
page-subscribe-hint = Subscribe once: when a meeting moves or is cancelled, your calendar changes too.
page-subscribe-apple = Apple Calendar (iPhone, iPad, Mac)
page-subscribe-google = Google Calendar
page-subscribe-outlook = Outlook.com
page-subscribe-office = Microsoft 365
page-subscribe-other = Other apps: copy this address
page-copy = Copy address
page-copied = Address copied
page-android = On Android, the free ICSx⁵ app subscribes to this address and keeps your phone's calendar up to date.
page-resources = Help now
page-private = This page keeps no record of your visit and loads nothing from any other site.

## The wall flyer.

flyer-scan-page = Scan to find a meeting, get directions or the link to join, and add our meetings to your phone's calendar
# The wall flyer is one sheet: when the week holds more than fits, the last line says how
# many more the QR code shows.
flyer-more = …and { $count } more this week: scan the code to see them all.
