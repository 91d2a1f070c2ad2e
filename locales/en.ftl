## Homegroup's one translation catalog (Project Fluent). One file per language, each
## holding every message English has, with the same variables: `scripts/check-catalog`
## (and a core test) fails otherwise. The window, the CLI, printed sheets and the
## members' page all read their words from here.

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

## The chip schemes, milestones and colours Homegroup starts with, as the window shows
## them (a group's own names and colours are shown as the group wrote them).

chip-named = { $label } { $item }
chip-scheme-na-keytags = NA keytags
chip-scheme-na-medallions = NA medallions
chip-scheme-aa-chips = Chips (AA style)
chip-seeded-welcome = Welcome
chip-seeded-30-days = 30 days
chip-seeded-60-days = 60 days
chip-seeded-90-days = 90 days
chip-seeded-6-months = 6 months
chip-seeded-9-months = 9 months
chip-seeded-1-year = 1 year
chip-seeded-18-months = 18 months
chip-seeded-multiple-years = Multiple years
chip-seeded-welcome-back = Welcome back
chip-seeded-1-year-medallion = 1 year medallion
chip-seeded-18-months-medallion = 18 months medallion
chip-seeded-yearly-medallion = Yearly medallion
chip-seeded-24-hours = 24 hours
chip-color-white = white
chip-color-orange = orange
chip-color-green = green
chip-color-red = red
chip-color-blue = blue
chip-color-yellow = yellow
chip-color-glow = glow
chip-color-grey = grey
chip-color-black = black
chip-color-pink = pink
chip-color-bronze = bronze
chip-color-silver = silver
chip-color-gold = gold
chip-color-dark-blue = dark blue
chip-color-purple = purple

## What a calendar feed writes in a meeting's description, in the meeting's language.

feed-join = Join
feed-meeting-id = Meeting ID
feed-passcode = Passcode
feed-phone = Phone
feed-format = Format
feed-group = Group

## The wall flyer.

flyer-scan-calendar = Scan to add our meetings to your phone's calendar
flyer-updates = It updates by itself when a meeting moves or is cancelled.
flyer-week = This week
flyer-cancelled = CANCELLED
flyer-moved = MOVED
flyer-type-address = Or type this address into your calendar app:
flyer-refresh = Calendar apps look for changes on their own, usually within a few hours (Google Calendar can take up to a day).
flyer-wifi-only = This address works only on this room's Wi-Fi, while the computer that printed this sheet is on.
flyer-scan-page = Scan to find a meeting, get directions or the link to join, and add our meetings to your phone's calendar
# The wall flyer is one sheet: when the week holds more than fits, the last line says how
# many more the QR code shows.
flyer-more = …and { $count } more this week: scan the code to see them all.


## The printed meeting list (homegroup print list, and the window's Print list).
print-title = Meeting list
print-printed = Printed { $date }
print-scan = Scan for the list as it is today, directions and links to join
print-resources = Local resources
print-section-in_person = In person
print-section-hybrid = Hybrid: in person and online
print-section-online = Online and by phone
print-daily = Every day
print-daily-short = Daily
print-other = Other days
print-no-city = Other places
print-from = From { $date }
print-meeting_id = ID { $id }
print-passcode = Passcode { $passcode }
print-dial = Phone: { $number }
print-legend = Format codes
print-empty = No meetings to list.
print-page = { $page }
print-file_name = Homegroup meeting list
print-unprintable = These characters have no letter shape in the fonts Homegroup ships, and print as empty boxes: { $chars }

## What the feed server answers a person who opens a wrong or broken link in a browser.
server-no_feed = No feed at this address. Ask your group for its current calendar link.
server-not_found = Nothing here. Ask your group for its current calendar link.
server-page_unavailable = The meeting list could not be built; try again shortly.
server-calendar_failed = The calendar could not be built; try again shortly.

## Printed sheets: attendance slips and house reports.

slip-title = Meeting attendance
slip-attended = { $nickname } attended, as { $group } records:
slip-code = Slip code: { $code }
slip-signed = Signed by { $group } on { $date } (key { $key }).
slip-scan = Scan to verify with the group's public key. This slip confirms presence only.
report-title = { $house }: meeting attendance
report-period = { $from } to { $to }
report-rules = Rules: { $rules }
report-no-rules = No rules.
report-who-phase = { $name } (phase { $phase })
report-line = { $who }: { $attended } of { $required } – { $met ->
        [yes] met
       *[other] short
    }
report-detail = { $here } at our meetings, { $verified } verified by slip, { $self } self-reported ({ $from } to { $to })
report-presence = Attendance confirms presence only, never participation or anything else about a person.

## The command line (homegroup): what it prints for people.

cli-meetings-none = No meetings yet. Add one in the Homegroup app or import a meeting list.
cli-slip-valid = valid: { $nickname } attended, as signed by { $group } on { $date } (key { $key }):
cli-keys-trusted =
    { $n ->
        [one] { $n } key trusted
       *[other] { $n } keys trusted
    }
cli-keys-revoked = revoked; slips it signed no longer verify
cli-backup-encrypted = encrypted
cli-backup-plain = NOT encrypted
cli-backup-bytes = { $n } bytes
cli-restored = restored from { $file } (the previous database is in { $folder })
cli-passphrase-set = the database is encrypted; keep the passphrase somewhere safe: without it the data cannot be recovered
cli-passphrase-removed = the database is no longer encrypted
cli-hint-passphrase = set HOMEGROUP_PASSPHRASE to the database's passphrase
cli-hint-old-backups = add --old-backups reencrypt (or --old-backups remove) to `passphrase set`
cli-col-feed = FEED
cli-list-printed = { $file }: { $meetings ->
    [one] { $meetings } meeting
   *[other] { $meetings } meetings
} on { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}{ $percent ->
    [100] {""}
   *[other] , type at { $percent }%
}
cli-resources-none = No local resources yet. Add one with `homegroup resources add --name NAME --phone NUMBER`.
cli-col-name = NAME
cli-col-phone = PHONE
cli-col-hours = HOURS
cli-feeds-port = feeds are served on port { $port } from the app's next start
cli-page-written = { $n } files written to { $folder }
cli-sources-none = No import sources yet. Import one with `homegroup import FILE|URL`.
cli-source-every = source { $id } refreshes every { $minutes } minutes
cli-source-by-hand = source { $id } refreshes only by hand
cli-run-failed = failed: { $error }
cli-run-report = { $created } created, { $updated } updated, { $unchanged } unchanged, { $removed } removed{ $skipped ->
        [0] {""}
       *[other] , { $skipped } skipped
    }
cli-import-done = { $created } created, { $updated } updated, { $unchanged } unchanged, { $removed } removed
cli-import-would = { $created } would be created, { $updated } would be updated, { $unchanged } unchanged, { $removed } would be removed
cli-import-kept = kept your edits to "{ $name }" (--overwrite-local-edits takes the source's version)
cli-occurrences-none = No meetings between { $from } and { $to }.
cli-export-left-out = left out "{ $name }": Meeting Guide lists weekly meetings only
cli-published = { $created } created, { $updated } updated, { $unchanged } unchanged, { $deleted } deleted
cli-subscribe-at = members subscribe at { $url }
cli-public-broken = the public address does not work: { $error }
cli-no-public-address = no public address yet: add --public-url so members can subscribe from anywhere
cli-synced = { $created } created, { $updated } updated, { $deleted } deleted here; { $uploaded } uploaded, { $removed } deleted there; { $conflicts } conflicts
cli-sync-kept = kept { $name }: deleted on one side, edited on the other
cli-sync-to-confirm = place to be confirmed: { $name } came without a place or link; add one in the meeting's editor
cli-sync-skipped = skipped: { $warning }
cli-conflicts-none = No conflicts.
cli-password-not-kept = the password was not kept: no keyring answers on this computer and the database is not encrypted. Give it on each run (--password-env VAR), or keep a command that prints it (--password-command CMD)
cli-passwords-dropped = { $n } publish passwords were kept in plain text by an older version and no keyring answers here: they were removed. Give them on each run (--password-env VAR) or keep a command (--password-command CMD)
# A warning of the import (which entry, and why), as the core words it.
cli-import-skipped = skipped { $warning }
cli-import-partly = imported with something left out: { $warning }
error-cli-password_env = the environment variable { $var } is not set
error-cli-passphrase_missing = set HOMEGROUP_NEW_PASSPHRASE to the new passphrase
error-cli-public_address = the upload worked, but the public address does not serve it
error-cli-range = --to { $to } is before --from { $from }
error-cli-read = cannot read { $file }: { $error }
error-cli-bad_json = { $file } is not valid JSON: { $error }
error-cli-source_which = name a source id, or use --due
error-cli-write = cannot write { $file }: { $error }
error-cli-make = cannot make { $file }: { $error }
error-cli-day = { $value } is not a day: use MO, TU, WE, TH, FR, SA or SU
error-cli-no_targets = nothing to publish to yet; give a folder or calendar with --url

## The command line's help (homegroup --help): what each command and option does.
cli-help = Schedules, meeting night and calendar feeds for recovery groups
cli-help--db = Database file (default: HOMEGROUP_DB, else the user's data directory)
cli-help--lang = Language of what is printed for people (default: LC_ALL, LC_MESSAGES or LANG): en, es, pt-BR, fa, or any other the translation catalog holds
cli-help-meetings = Meetings in the program
cli-help-meetings-list = Lists every meeting with its schedule in words (with --json, the rule itself)
cli-help-meetings-list--json = Print JSON instead of a table (each meeting with its `uid`)
cli-help-meetings-add = Adds a meeting from JSON (the fields the app's editor has; see the README) and prints it as stored, with its `uid`
cli-help-meetings-add--json = A file, or - for standard input
cli-help-meetings-edit = Changes only the fields given (a JSON merge patch, e.g. '{"{"}"room": "Hall B"{"}"}'), and prints the meeting as stored
cli-help-meetings-edit--json = The patch itself, a file, or - for standard input
cli-help-meetings-remove = Deletes a meeting (its attendance records go with it)
cli-help-meetings-cancel = Cancels the meeting on one date
cli-help-meetings-cancel--note = Why, as members will read it ("Closed for the holiday")
cli-help-occurrences = Dated occurrences between two dates (inclusive, each meeting's local dates), with cancellations, moves and closures applied
cli-help-occurrences--json = Print JSON instead of a table
cli-help-import = Imports a published meeting list from a file or a URL. Re-importing the same source updates the same meetings; nothing changes if the import fails
cli-help-import--source = A file path, or an http(s):// address
cli-help-import--fellowship = Fellowship of the imported meetings (formats are read in its codes)
cli-help-import--service_bodies = BMLT service body to ask a root server for (repeat for several)
cli-help-import--overwrite_local_edits = Take the source's version even of meetings edited here
cli-help-import--dry_run = Show what would change and change nothing
cli-help-attendance = Attendance numbers per occurrence (counts only, never a nickname)
cli-help-attendance-report = One line per occurrence: held, attendance, newcomers, members, returning, chips
cli-help-attendance-report--csv = CSV (a SMART-style meeting report) instead of a table
cli-help-verify = Checks an attendance slip: its code, or the text of its QR code. Exits non-zero with the reason when the slip does not verify
cli-help-verify--code = The slip code (7K3Q-9XDA-M2PF) or the QR code's text (HG1.…)
cli-help-slip = Signs an attendance slip for a member's check-ins at a group's meetings
cli-help-slip--out = Write the printable PDF here (else print the code and token)
cli-help-keys = Verification keys: export a group's public key, trust another group's
cli-help-keys-export = The group's public keys and verification instructions (nothing about members)
cli-help-keys-trust = Trusts the keys in a group's export file (and learns of its revocations)
cli-help-keys-revoke = Revokes a group's key: its slips stop verifying; the next slip gets a new key
cli-help-backup = Backs the database up: into the rotating backups folder beside it, or to --out
cli-help-backup--list = List the backups instead of making one
cli-help-restore = Replaces the database with a backup, after checking the backup (the current database is backed up first). A backup made under another passphrase takes it from HOMEGROUP_BACKUP_PASSPHRASE
cli-help-passphrase = Encrypts the database with a passphrase (from HOMEGROUP_NEW_PASSPHRASE), changes it, or removes it
cli-help-passphrase-set = Sets or changes the passphrase to HOMEGROUP_NEW_PASSPHRASE
cli-help-passphrase-set--old_backups = What to do with older backups that are not encrypted: encrypt them with the new passphrase, or delete them (asked for when there are any)
cli-help-passphrase-remove = Stores the database unencrypted again
cli-help-sources = Sources imported before: list them, refresh them, schedule refreshes
cli-help-sources-list = Every source with its refresh schedule and last result
cli-help-sources-refresh = Imports sources again: the one given, or every source whose time has come
cli-help-sources-refresh--id = Source id (from `sources list`)
cli-help-sources-refresh--due = Every source due by its schedule (for cron or a systemd timer)
cli-help-sources-schedule = Refreshes a source every N minutes, or only by hand with --off
cli-help-sources-runs = The change reports of a source's last runs
cli-help-export = Writes the program as an iCalendar file or a Meeting Guide JSON feed
cli-help-export-ics = RFC 5545 calendar (one event per meeting, with its rule and changes)
cli-help-export-ics--out = Write here instead of standard output
cli-help-export-ics--feed = Export what this feed publishes (by name; default: the whole program)
cli-help-export-meeting-guide = Meeting Guide JSON (weekly meetings; others are named on standard error)
cli-help-feeds = Calendar feeds members subscribe to
cli-help-feeds-list = Each feed's name and address (the whole-program feed is made if missing)
cli-help-feeds-list--base = Base address the feed server is reached at
cli-help-feeds-port = The port the app serves feeds on (8737 unless set). Subscribed calendars and printed flyers carry it, so change it only when another program needs it; 0 takes any free port at the next start and keeps it
cli-help-publish = Publishes feeds to CalDAV calendars and WebDAV folders (all saved targets, the one given with --url, which is saved for next time, or with --due only those with something to do), printing where members subscribe
cli-help-publish--url = Collection or folder to upload to, e.g. https://cloud.example.org/remote.php/dav/files/hope/meetings/
cli-help-publish--kind = What the address is: a CalDAV calendar (one resource per meeting) or a WebDAV folder (one .ics and one Meeting Guide .json file per feed)
cli-help-publish--password_env = Environment variable holding the password (kept out of the shell history). With --url it is kept: in the system keyring, or in the database when the database is encrypted (with neither, nothing is kept and each run gives it); without, it is used for this run only
cli-help-publish--password_command = A command that prints the password (run without a shell; its first line is used): with --url it is kept instead of the password; without, it is run for this run only
cli-help-publish--public_url = The address members will use: for a folder, the web address that serves it; for a calendar, its public subscription link. Checked after each publish
cli-help-publish--feed = Feed to publish with --url (default: the whole program)
cli-help-publish--due = Only targets with something to do: the program changed since their last publish, or the last one failed and its back-off is over. Quiet when nothing is due (for cron)
cli-help-publish--timeout = Seconds one request to a server may take
cli-help-flyer = The wall flyer as PDF: a feed's QR code and the coming week. The QR code carries the feed's public address once it is published
cli-help-flyer--feed = Feed whose address the QR code carries (default: the whole program)
cli-help-flyer--lan_base = The feed server's address on the local network, for a flyer of a feed that is not published yet (it then carries a warning that it works on this Wi-Fi only)
cli-help-print = Printed meeting lists: the area's meetings on paper, folded or in pages
cli-help-print-list = The meeting list of the whole program or one feed, as PDF
cli-help-print-list--layout = How the list goes on paper: full pages, a sheet folded in three or four, or a booklet
cli-help-print-list--group_by = Meetings grouped by weekday, or by city then weekday
cli-help-print-list--paper = Paper size (default: Legal for quadfold, else Letter)
cli-help-print-list--feed = A feed's meetings only (default: the whole program)
cli-help-print-list--pages = Exactly this many pages: the type shrinks within readable limits to fit
cli-help-print-list--first_day = The day a list by day starts on: MO, TU… (default: SU)
cli-help-print-list--cities = Cities first, in this order (a list by city), comma-separated
cli-help-print-list--link_qr = Online meetings with a small QR code of their link instead of the link in words
cli-help-print-list--out = Where the PDF is written
cli-help-resources = Local resources (helplines, crisis lines, treatment finders) printed on every list and flyer and carried in the feeds
cli-help-resources-list = The local resources, in the order they print
cli-help-resources-add = Adds a resource at the end of the list
cli-help-resources-add--name = What people call it ("Crisis line", "NA helpline")
cli-help-resources-add--phone = The number to call or text, as it is dialled ("988", "1-800-GET-HELP")
cli-help-resources-add--url = Its web address (https://…)
cli-help-resources-add--hours = When someone answers ("24/7")
cli-help-resources-add--language = The language the service speaks (en, es…)
cli-help-resources-edit = Changes resource ID (every field is replaced by what is given)
cli-help-resources-edit--name = What people call it ("Crisis line", "NA helpline")
cli-help-resources-edit--phone = The number to call or text, as it is dialled ("988", "1-800-GET-HELP")
cli-help-resources-edit--url = Its web address (https://…)
cli-help-resources-edit--hours = When someone answers ("24/7")
cli-help-resources-edit--language = The language the service speaks (en, es…)
cli-help-resources-remove = Removes resource ID
cli-help-resources-move = Moves resource ID one place up or down the list
cli-help-page = Writes the meeting finder page members open from any phone, with the feed's calendar and its data, to a folder (for a static web host or a USB stick)
cli-help-page--out = The folder to write into (made if missing); its files are replaced
cli-help-page--feed = The feed whose meetings the page shows (default: the whole program)
cli-help-serve = Serves every feed over HTTP until interrupted, printing each feed's URL once listening
cli-help-serve--bind = Address to listen on; 0.0.0.0 shares the feeds with the local network
cli-help-sync = Keeps the program in step with other trusted servants through a shared CalDAV calendar: links one with --url, then syncs every linked calendar. Exits non-zero while a conflict waits for a choice
cli-help-sync--url = The shared CalDAV calendar to link to (saved for next time); without it, every linked calendar is synced
cli-help-sync--password_env = Environment variable holding the password (kept out of the shell history). With --url it is kept: in the system keyring, or in the database when the database is encrypted; without, it is used for this run only
cli-help-sync--password_command = A command that prints the password (run without a shell; its first line is used): with --url it is kept instead of the password, for a computer without a keyring; without, it is run for this sync only
cli-help-sync--group = Share only this group's meetings through the calendar (with --url)
cli-help-sync--json = Print the reports as JSON
cli-help-sync--timeout = Seconds one request to the server may take
cli-help-conflicts = Changes made here and on the shared calendar that disagree
cli-help-conflicts-list = Fields changed differently here and on the shared calendar, waiting for a choice
cli-help-conflicts-resolve = Settles one: keep this installation's value (mine) or the shared calendar's (theirs). The next sync sends or applies it

## Meeting formats, by fellowship and code (format-<fellowship>-<code>): the names
## printed on lists, shown in the window and on the members' page, and written in feeds.

format-na-O = Open
format-na-C = Closed
format-na-B = Beginners
format-na-BT = Basic Text
format-na-IW = It Works: How and Why
format-na-JT = Just for Today
format-na-SPAD = A Spiritual Principle a Day
format-na-LC = Living Clean
format-na-GP = Guiding Principles
format-na-IP = Informational Pamphlet
format-na-BK = Book Study
format-na-St = Step
format-na-SG = Step Working Guide
format-na-Tr = Tradition
format-na-TW = Traditions Workshop
format-na-CP = Concepts
format-na-D = Discussion
format-na-To = Topic
format-na-So = Speaker Only
format-na-SD = Speaker/Discussion
format-na-QA = Question and Answer
format-na-AB = Ask-It-Basket
format-na-RF = Rotating Format
format-na-ME = Meditation
format-na-CL = Candlelight
format-na-M = Men
format-na-W = Women
format-na-YP = Young People
format-na-GL = Gay/Lesbian/Transgender
format-na-WC = Wheelchair Accessible
format-na-CW = Children Welcome
format-na-NC = No Children
format-na-NS = No Smoking
format-na-RA = Restricted Attendance
format-na-CH = Closed Holidays
format-na-Ag = Agnostic
format-na-VM = Virtual Meeting
format-na-HY = Hybrid Meeting
format-na-TC = Temporarily Closed Facility
format-na-ES = Spanish
format-na-ENG = English
format-na-BL = Bilingual
format-na-FIN = Finnish
format-na-PER = Persian
format-na-SL = American Sign Language
format-smart-SMART = SMART Recovery meeting
format-smart-FF = Family & Friends
format-smart-TY = Teens & Youth
format-smart-VFR = Veterans & First Responders
format-smart-INSIDE = SMART Inside (correctional facility)
format-smart-W = Women
format-smart-M = Men
format-smart-LGBTQ = LGBTQIA+
format-smart-X = Wheelchair Accessible
format-other-11 = 11th Step Meditation
format-other-12x12 = 12 Steps & 12 Traditions
format-other-A = Secular
format-other-ABSI = As Bill Sees It
format-other-AF = Afrikaans
format-other-AL = Concurrent with Alateen
format-other-AL-AN = Concurrent with Al-Anon
format-other-AM = Amharic
format-other-AR = Arabic
format-other-ASL = American Sign Language
format-other-B = Big Book
format-other-BA = Babysitting Available
format-other-BE = Newcomer
format-other-BG = Bulgarian
format-other-BI = Bisexual
format-other-BRK = Breakfast
format-other-C = Closed
format-other-CAN = Candlelight
format-other-CF = Child-Friendly
format-other-D = Discussion
format-other-DA = Danish
format-other-DB = Digital Basket
format-other-DD = Dual Diagnosis
format-other-DE = German
format-other-DR = Daily Reflections
format-other-EL = Greek
format-other-EN = English
format-other-FA = Persian
format-other-FI = Finnish
format-other-FF = Fragrance Free
format-other-FR = French
format-other-G = Gay
format-other-GR = Grapevine
format-other-H = Birthday
format-other-HE = Hebrew
format-other-HI = Hindi
format-other-HR = Croatian
format-other-HU = Hungarian
format-other-IS = Icelandic
format-other-ITA = Italian
format-other-JA = Japanese
format-other-KA = Georgian
format-other-KOR = Korean
format-other-L = Lesbian
format-other-LGBTQ = LGBTQ
format-other-LIT = Literature
format-other-LS = Living Sober
format-other-LT = Lithuanian
format-other-M = Men
format-other-MED = Meditation
format-other-ML = Malayalam
format-other-MT = Maltese
format-other-N = Native American
format-other-NB = Non-Binary
format-other-NDG = Indigenous
format-other-NE = Nepali
format-other-NL = Dutch
format-other-NO = Norwegian
format-other-O = Open
format-other-OUT = Outdoor
format-other-P = Professionals
format-other-POA = Proof of Attendance
format-other-POC = People of Color
format-other-POL = Polish
format-other-POR = Portuguese
format-other-PUN = Punjabi
format-other-RUS = Russian
format-other-S = Spanish
format-other-SEN = Seniors
format-other-SK = Slovak
format-other-SL = Slovenian
format-other-SM = Smoking Permitted
format-other-SP = Speaker
format-other-ST = Step Study
format-other-SV = Swedish
format-other-T = Transgender
format-other-TC = Location Temporarily Closed
format-other-TH = Thai
format-other-TL = Tagalog
format-other-TR = Tradition Study
format-other-TUR = Turkish
format-other-UK = Ukrainian
format-other-W = Women
format-other-X = Wheelchair Access
format-other-XB = Wheelchair-Accessible Bathroom
format-other-XT = Cross Talk Permitted
format-other-Y = Young People

## The window: the desktop app's screens. Ids are grouped by screen (nav-, meetings-,
## form-, cal-, night-, members-, houses-, feeds-, settings-, share-, error-…).

app-name = Homegroup
app-skip = Skip to content
app-loading = Opening your database…
app-cannot_open = Homegroup could not open its database
app-cannot_open_help = Nothing was changed. The file is still where it was:

nav-label = Sections
nav-meetings = Meetings
nav-calendar = Calendar
nav-night = Meeting night
nav-members = Members & chips
nav-houses = Houses
nav-feeds = Feeds
nav-settings = Settings
nav-sharing = Sharing

meetings-title = Meetings
meetings-new = New meeting
meetings-empty = No meetings yet. Add your group’s first meeting with “New meeting”.
meetings-count =
    { $n ->
        [one] { $n } meeting
       *[other] { $n } meetings
    }
meetings-col-name = Meeting
meetings-col-when = When
meetings-col-where = Where
meetings-col-fellowship = Fellowship
meetings-created = Saved “{ $name }”.
meetings-online = Online
meetings-phone = By phone
meetings-col-actions = Actions
meetings-edit = Edit
meetings-edit_named = Edit { $name }
meetings-dates = Dates & changes
meetings-dates_named = Dates & changes for { $name }
meetings-delete = Delete this meeting
meetings-delete_confirm = Delete “{ $name }” and all its dates, changes and attendance? This cannot be undone.
meetings-deleted = Deleted “{ $name }”.
meetings-inactive = inactive
meetings-search = Find
meetings-search_hint = name, place, notes or format
meetings-found =
    { $n ->
        [one] { $n } meeting found
       *[other] { $n } meetings found
    }
meetings-none_found = No meeting matches “{ $text }”.
meetings-shown = { $shown } of { $n } shown
meetings-more = Show { $n } more
meetings-place_to_confirm = Place to be confirmed

first-title = Getting started
first-meeting = Add your group’s meeting.
first-meeting_how = Its day, time and place, or its video link: it repeats by itself.
first-import = Or bring in your area’s list.
first-import_how = From a BMLT server, a Meeting Guide or calendar file, or a spreadsheet.
first-feed = Put your meetings on the wall.
first-feed_how = Feeds prints a flyer whose QR code opens your meetings on any phone.
first-night = On meeting night,
first-night_how = open Meeting night: type a nickname to check someone in; chips due show by themselves.

form-title_new = New meeting
form-name = Name
form-name_hint = As members know it, e.g. “Tuesday Night Hope”.
form-fellowship = Fellowship
form-mode = How people attend
form-address = Street address
form-venue_name = Venue name
form-city = City
form-url = Video link
form-dial_in = Dial-in number
form-repeats = Repeats
form-days = On
form-start_date = First date
form-end_date = Last date (optional)
form-start_time = Starts at
form-duration = Length (minutes)
form-timezone = Time zone
form-save = Save meeting
form-saving = Saving…
form-group_other_fellowship = { $group } is a { $fellowship } group, so this meeting is no longer in it: choose a group of this fellowship, or none.
form-cancel = Cancel
form-fix = Please fix the highlighted field.
form-title_edit = Edit “{ $name }”
form-section-about = The meeting
form-section-where = Where and how
form-section-when = When
form-section-more = Service and notes
form-group = Group
form-group_none = No group
form-group_new = New group name
form-group_add = Add group
form-language = Language
form-formats = Formats
form-formats_find = Find a format (code or name); Enter ticks it
form-formats_none = No format matches “{ $text }”.
input-required = Fill in this field.
input-url = Enter a whole web address, starting with https://
input-email = Enter an email address, such as name@example.org.
input-too_short = Use at least { $n } characters.
input-too_long = Use at most { $n } characters.
input-number = Enter a whole number.
input-number-min = Enter a whole number of { $min } or more.
input-number-range = Enter a whole number from { $min } to { $max }.
form-venue = Venue
form-venue_new = A new place…
form-room = Room
form-room_hint = e.g. Basement, Room 4
form-platform_detected = { $platform } link recognised.
form-meeting_id = Meeting ID
form-passcode = Passcode
form-passcode_public = The group allows the passcode in public calendars
form-secret_params = Other link parts to keep private
form-secret_params_help = Names of link parameters (after ? in the link) left out of public calendars, lists and flyers. Passcodes in links (pwd=…) are left out unless the group allows them.
form-one_tap = One-tap dial:
form-dial_in_notes = Dial-in notes
form-every_weeks = Every how many weeks
form-every_months = Every how many months
form-weeks = Which weeks of the month
form-weekday = Weekday
form-month_dates = On these dates of the month
form-custom_rule = Recurrence rule (RFC 5545)
form-date = Date
form-facilitator = Usual chair or facilitator
form-facilitator_hint = A first name or service name; the calendar roster can name someone else for a date.
form-verification = The group offers attendance verification
form-verification_hint = Only presence is ever confirmed, by nickname.
form-active = Active (shown in calendars and feeds)
form-notes = Notes

fellowship-na = Narcotics Anonymous
fellowship-smart = SMART Recovery
fellowship-other = Other fellowship

mode-in_person = In person
mode-online = Online
mode-hybrid = Hybrid
mode-phone = Phone only

repeat-once = Once
repeat-weekly = Every week
repeat-monthly_weekday = Monthly, on a weekday
repeat-monthly_date = Monthly, on a date
repeat-custom = Custom rule (imported)

day-MO = Mon
day-TU = Tue
day-WE = Wed
day-TH = Thu
day-FR = Fri
day-SA = Sat
day-SU = Sun

screen-night-title = Meeting night
screen-night-body = Tonight’s check-in lives here: type-ahead nicknames, newcomer and head counts, and the chips due tonight.
screen-members-title = Members & chips
screen-members-body = Members known by nickname and optional clean date, their keytags and medallions, and the chip inventory will be kept here.
screen-houses-title = Sober-living houses
screen-houses-body = Residents, house meeting rules and weekly compliance, with verifiable attendance slips, will be managed here.
screen-feeds-title = Calendar feeds
screen-sharing-title = Sharing the program

settings-title = Settings
settings-language = Language
settings-language_system = The system’s ({ $name })
settings-database = Database file
settings-version = Version
settings-schema = Schema version
settings-timezone = This computer’s time zone
settings-encryption = Encryption
settings-encrypted = The database is encrypted: without the passphrase, the file on this computer cannot be read.
settings-not_encrypted = The database is not encrypted. Anyone with this computer’s files could read who attends. A passphrase encrypts the whole file.
settings-current_passphrase = Current passphrase
settings-new_passphrase = New passphrase
settings-again = New passphrase again
settings-set_passphrase = Encrypt with this passphrase
settings-change_passphrase = Change passphrase
settings-remove_passphrase = Remove encryption
settings-passphrase_mismatch = The two new passphrases differ.
settings-passphrase_warning = Keep the passphrase somewhere safe: without it, nobody can recover the data, not even with a backup.
settings-encrypted_now = The database is now encrypted.
settings-decrypted_now = The database is no longer encrypted.
settings-backups = Backups
settings-backups_help = A backup is made every day while Homegroup is open; the last ten are kept beside the database.
settings-backup_now = Back up now
settings-backup_made = Backup saved as { $path }
settings-backup_when = Made
settings-backup_size = Size
settings-restore = Restore
settings-restore_confirm = Replace everything with the backup from { $when }? The current data is backed up first.
settings-plain_backups_question =
    { $n ->
        [one] An older backup is not encrypted: anyone with this computer’s files could still read it. What should happen to it?
       *[other] { $n } older backups are not encrypted: anyone with this computer’s files could still read them. What should happen to them?
    }
settings-plain_backups_encrypt = Encrypt with the new passphrase
settings-plain_backups_delete = Delete
settings-plain_backups_cancel = Cancel
settings-backup_protection = Protection
settings-backup_encrypted = Encrypted
settings-backup_plain = Not encrypted
settings-restored = Restored. The data before the restore was kept as a backup.

error-meeting-name_empty = Give the meeting a name.
error-meeting-name_too_long = A name has at most 200 characters.
error-schedule-invalid_timezone = This is not a known time zone. Choose one from the list, such as America/New_York.
error-schedule-timezone_missing = Choose a time zone.
error-schedule-end_before_start = The last date is before the first date.
error-schedule-no_days = Choose at least one day.
error-schedule-invalid_duration = A meeting lasts between 1 minute and 24 hours.
error-meeting-address_required = An in-person or hybrid meeting needs the street address.
error-meeting-online_access_required = An online or hybrid meeting needs a video link or a dial-in number.
error-meeting-dial_in_required = A phone meeting needs a dial-in number.
error-meeting-invalid_url = A video link starts with https://
error-meeting-invalid_dial_in = Use digits, spaces and + - ( ) for a phone number.
error-app-unexpected = Something went wrong that Homegroup did not expect; nothing was changed. Try again, and if it happens again, restart Homegroup.
error-import-no_source = Give a web address or a file path, or choose a file.
error-import-bad_service_body = Service bodies are numbers, such as 3, 17.
error-settings-passphrase_mismatch = The two new passphrases differ.
error-input-date = Enter a date.
error-input-time = Enter a time.
# The hint in a date field, in the language's order: mm/dd/yyyy, dd/mm/aaaa.
date-field-year = yyyy
date-field-month = mm
date-field-day = dd
error-schedule-no_weeks = Choose at least one week of the month.
error-schedule-invalid_week = Weeks of the month are 1st to 4th, or last.
error-secrets-bad_command = That is not a command line: check its quotes.
error-secrets-command_failed = The command that prints the password did not work. Run it yourself to see why, then try again.
error-secrets-password_needed = No password is kept for this server. Give it for this run, or keep a command that prints it.
error-secrets-no_keyring = This computer's keyring could not keep the password. Give a command that prints it instead, set a passphrase on the database to keep it there, encrypted, or start the keyring (GNOME Keyring or KWallet).
error-share-bad_reply = The shared calendar's server sent an answer Homegroup could not read. Homegroup will try again.
error-share-bad_resource = An event in the shared calendar could not be read as a meeting; it was left as it is.
error-share-conflicts_open = Some changes made here and on the shared calendar disagree. Choose which to keep under Sharing.
error-share-no_links = This program is not shared yet. Add the shared calendar's address under Sharing.
error-share-not_a_calendar = That address is not a CalDAV calendar. Copy the calendar's CalDAV address from the server.
error-schedule-invalid_month_day = Dates of the month are 1 to 31.
error-schedule-invalid_interval = Repeat every 1 to 52 weeks or months.
error-meeting-unknown_format = One of the formats is not known for this fellowship.
error-meeting-invalid_language = Use a language code such as en or es.
error-group-duplicate = There is already a group with this name.
error-group-name_empty = Give the group a name.
error-exception-not_an_occurrence = The meeting does not meet on that date.
error-exception-move_needs_change = Choose a new date, time, length or link to move it to.
error-calendar-range_backwards = The last date is before the first.
error-remote-auth = The server refused the user name or password.
error-remote-network = The server could not be reached. Check the address and the internet connection.
error-remote-not_found = There is no calendar or folder at that address, and none could be made. Create it on the server first.
error-publish-invalid_url = Enter the collection address, starting with https://
error-feed-name_empty = Give the feed a name.
error-feed-duplicate = There is already a feed with this name.
error-import-html = That address gave a web page, not a meeting list. It may lead to a login or “access denied” page: open it in a browser, download the list and import the file.
error-database-wrong_passphrase = That passphrase does not open the database; nothing was changed. Check for Caps Lock and try again.
error-database-passphrase_empty = Type a passphrase: a few words are easy to remember.
error-serve-port_taken = Another program is using the port the calendar feeds are served on, so subscribed calendars cannot reach them. Close the other program (another Homegroup, or homegroup serve) and open this screen again.
error-schedule-too_frequent = A meeting repeats at most once a day; this rule repeats more often.
error-schedule-invalid_count = The number of dates must be 1 or more.
error-schedule-count_too_large = A meeting may end after at most 5,000 dates; give it an end date instead.
error-schedule-year_out_of_range = That year is not one a meeting can have: use a year from 1900 to 2199.
error-publish-insecure_url = That address uses plain http://, where the password would travel unencrypted. Use its https:// address (http:// only works for a server on this computer).
error-import-json_cut_short = The list ends in the middle: it was cut short. Download it again.
error-import-json_too_deep = The file nests lists inside lists too deeply to be a meeting list.
error-import-json_bad_number = The file holds a number too large to mean anything; it is not a meeting list Homegroup can read.
error-import-json_bad_text = The file holds broken text (an escaped character that is not a character).
error-import-not_utf8_export = The file is not UTF-8 text, as its format requires. Export it again from where it came from, or ask its maintainer to.
error-input-invalid_value = This value is not one Homegroup can use here; check it and try again.
error-input-malformed = Something in the form could not be read; check the values and try again.
error-member-duplicate_nickname = Someone in this group already has that nickname; add an initial to tell them apart.
error-io = A file could not be used: check that it exists and that Homegroup may read and write it.
error-document-not_saved_here = Only a document saved from this window can be opened from it.
error-document-cannot_open = No program on this computer opened the file; open it from its folder.
error-backup-damaged = That backup is damaged and was not used; choose another one.
error-backup-interrupted = The backup stopped unexpectedly; nothing was changed. Try again.
error-backup-missing = That backup file is not there any more; choose another one.
error-backup-not_a_database = That file is not a Homegroup backup, or it was made under another passphrase.
error-backup-not_homegroup = That file is a database, but not a Homegroup one; it was not used.
error-calendar-range_too_long = Show at most 400 days at a time.
error-chips-already_awarded = That chip was already handed out for this clean date.
error-chips-default_scheme = These are the fellowship's shared chips; customise them for your group first, then edit.
error-chips-invalid_amount = Say how many days, months or years the milestone marks.
error-chips-invalid_item = A milestone is a keytag, a medallion or a chip.
error-chips-invalid_nth = That milestone is handed out only once.
error-chips-invalid_stock = Stock counts are whole numbers from 0.
error-chips-label_empty = Name the milestone, for example “30 days”.
error-chips-milestone_awarded = This milestone has been handed out already; it stays so the history reads right.
error-closure-corrupt = A stored closure date cannot be read; remove the closure and add it again.
error-database-busy = Another program kept the database busy for a long while; try again when it has finished.
error-database-error = The database could not do that; nothing was changed. If it happens again, make a backup and restore it.
error-database-in_use = Another program has the database open (another Homegroup, or homegroup serve); close it and try again. Nothing was changed.
error-database-migration = The database could not be brought up to date; it was left as it was. Restore a backup or ask for help.
error-database-no_data_dir = No folder for Homegroup's data is known for this user; set HOMEGROUP_DB to a file.
error-database-not_a_database = That file is not a Homegroup database, or it is encrypted and needs its passphrase.
error-database-passphrase_required = The database is encrypted: type its passphrase to open it.
error-database-passphrase_short = A passphrase has at least 8 characters; a few words are easy to remember.
error-database-plaintext_backups = Some older backups are not encrypted: choose to encrypt them with the new passphrase or to delete them.
error-database-too_new = This database was written by a newer Homegroup; it was not opened or changed. Install the newer version to use it.
error-exception-invalid_occurrence = That is not one of the meeting's dates.
error-feed-unknown = There is no calendar with that name.
error-group-contact_too_long = A contact is at most 200 characters: a phone number or an email.
error-group-name_too_long = A group name has at most 120 characters.
error-house-duplicate = There is already a house with that name.
error-house-invalid_count = A rule asks for between 1 and 1,000 meetings.
error-house-invalid_days = Say over how many days the rule counts, for example 90.
error-house-name_empty = Give the house a name.
error-import-bad_csv = The first line of the CSV file cannot be read; save it again as “CSV UTF-8” from the spreadsheet.
error-import-bad_ics = The calendar file is broken; download or export it again.
error-import-bad_json = The file is not valid JSON; it may have been edited by hand, or it is not a meeting list.
error-import-csv_columns = The first line of a meeting list CSV names its columns: at least Name, Day and Time.
error-import-empty = The list is empty.
error-import-interrupted = The import stopped unexpectedly; nothing was changed. Try again.
error-import-invalid_url = That is not a web address or a file on this computer.
error-import-no_meetings = The list reads, but it holds no meetings.
error-import-not_utf8 = The file is not UTF-8 text; in the spreadsheet, save it as “CSV UTF-8”.
error-import-too_big = That address sends far more than any meeting list; check the address.
error-import-too_large = The file is far larger than any meeting list; check that it is the right file.
error-import-too_many = The list holds far more meetings than any region (over 100,000); check that it is the right file.
error-import-unknown_format = This is not a meeting list Homegroup can read (Meeting Guide JSON, BMLT, iCalendar or CSV).
error-import-wrong_shape = A Meeting Guide list is a list of meetings; this file holds something else.
error-keys-malformed = A line of this verification file is damaged; ask the group for the file again.
error-keys-none = This is not a Homegroup verification file.
error-meeting-invalid_fellowship = Choose a fellowship from the list.
error-meeting-invalid_mode = Choose how people attend: in person, online, hybrid or by phone.
error-meeting-unknown_group = That group no longer exists; choose another one.
error-member-clean_date_future = The clean date is in the future.
error-member-nickname_empty = Give a nickname: a first name or an initial is enough.
error-member-nickname_identifying = A nickname cannot be an e-mail address or a phone number.
error-member-nickname_too_long = A nickname has at most 40 characters.
error-member-relapse_before_clean_date = The new clean date must be after the current one.
error-night-future = That meeting has not happened yet.
error-night-invalid_count = A count is between 0 and 10,000.
error-night-not_an_occurrence = The meeting does not meet at that time.
error-not_found = That was deleted in the meantime; reload the screen.
error-outside-future = That date has not come yet.
error-outside-name_required = Name the meeting attended.
error-outside-slip_other_date = The slip does not list a meeting on that date.
error-outside-slip_other_member = This slip is for someone else.
error-print-page_count = That many pages cannot be printed in this layout: a booklet takes a multiple of 4 pages, a folded sheet 2 sides.
error-print-too_long = The list does not fit in that many pages even at the smallest readable type: allow more pages, or print one feed's meetings.
error-qr-too_long = This address is too long for a QR code.
error-resource-invalid_phone = That is not a phone number: use digits (at least three), spaces, + - ( ) . and the letters of a word number such as 1-800-GET-HELP.
error-resource-invalid_url = That is not a web address: give the whole address, starting with https://
error-resource-name_empty = Give the resource a name people know it by.
error-resource-no_contact = Give a phone number or a web address, or both.
error-resource-too_long = That is longer than a printed list has room for (at most 120 characters).
error-remote-refused = The server refused the request; check the address and your access there.
error-flyer-local_only = This feed is only served on this computer, so a phone cannot reach the address on the flyer. Publish the feed to a web folder or calendar server first (Feeds → Publish), or share the feeds on this Wi-Fi.
error-publish-changed_on_server = Someone changed the file on the server since Homegroup wrote it, so it was not overwritten. Look at it there, delete it from the folder, then publish again.
error-publish-invalid_public_url = Enter the public address members will use, starting with https://
error-publish-public_differs = The public address serves something other than what was uploaded. Check that it is the web address of the folder or calendar Homegroup publishes to.
error-publish-public_is_html = The public address shows a web page (a login or a folder view) instead of the calendar file. Use the address that serves the files themselves.
error-publish-public_needs_login = The public address asks for a login, so members' calendar apps cannot read it. Make the folder or calendar public on the server.
error-publish-public_not_found = Nothing is at the public address. Check that it is the web address of the folder Homegroup uploads to.
error-publish-public_refused = The public address refused an anonymous visitor. Check the server's sharing settings.
error-publish-public_unreachable = The public address could not be reached. Check it, and that the server is on the internet.
error-remote-forbidden = The server does not let this login write there. Check the folder's or calendar's sharing settings on the server.
error-remote-server_error = The server had a problem of its own and could not answer. Homegroup will try again in a while; nothing was lost.
error-remote-full = The server has no space left for this account.
error-remote-login_page = That address is a web page (probably a login page), not a WebDAV folder. Use the server's WebDAV address.
error-remote-redirected = The server sent Homegroup to another page, usually a login page. Use the server's WebDAV or CalDAV address itself.
error-remote-timeout = The server did not answer in time. Homegroup will try again later.
error-report-invalid_range = The end date is before the start date.
error-resident-duplicate = This member already lives in the house.
error-resident-move_in_future = The move-in date is more than two months away.
error-resident-move_in_required = Give the move-in date.
error-resident-move_out_before_in = The move-out date is before the move-in date.
error-roster-name_too_long = A name on the roster has at most 80 characters.
error-schedule-date_after_end = One of the dates is after the last date.
error-schedule-invalid_rule = The repeat rule is not valid; choose a repeat from the list instead.
error-serve-bind = The calendar feeds cannot be served on this computer's network address.
error-slip-bad_key = The group's stored key is damaged; revoke it to make a new one.
error-slip-invalid_range = The end date is before the start date.
error-slip-malformed = This is neither a slip code (12 letters and digits) nor the text of a slip's QR code.
error-slip-no_attendance = There is no check-in for this member at the group's meetings in those dates.
error-slip-no_checkin = The slip names a meeting this member did not check in at.
error-slip-no_key = The group has no key yet; one is made with its first slip.
error-slip-not_offered = This group does not offer attendance verification.
error-slip-revoked = The group revoked the key that signed this slip; ask the group for a new slip.
error-slip-tampered = The slip was altered after it was signed: its signature does not match.
error-slip-unknown_code = No slip with this code was issued here; scan the slip's QR code to check it with the group's public key.
error-slip-unknown_key = The slip is signed by a key this computer does not know; import the group's public key first.
error-source-invalid_refresh = Refresh between every 15 minutes and once a month.
error-source-invalid_time = That is not a time Homegroup can read.
error-venue-address_required = Give the venue's street address.
error-venue-invalid_latitude = A latitude is between -90 and 90.
error-venue-invalid_longitude = A longitude is between -180 and 180.
error-venue-partial_coordinates = Give both latitude and longitude, or neither.

week-1 = 1st
week-2 = 2nd
week-3 = 3rd
week-4 = 4th
week-last = Last

dayname-MO = Monday
dayname-TU = Tuesday
dayname-WE = Wednesday
dayname-TH = Thursday
dayname-FR = Friday
dayname-SA = Saturday
dayname-SU = Sunday

status-scheduled = Scheduled
status-cancelled = Cancelled
status-moved = Moved
status-closed = Closed
status-noted = Note

dates-title = Dates of “{ $name }”
dates-close = Close
dates-cancel = Cancel date
dates-move = Move
dates-note = Add note
dates-undo = Undo change
dates-none = No dates in the next six months.
dates-new_url = Link for this date
dates-reason = Reason
dates-note_text = Note
dates-form-cancelled = Cancel { $date }
dates-form-moved = Move { $date }
dates-form-noted = Note for { $date }
dates-apply-cancelled = Cancel this date
dates-apply-moved = Move this date
dates-apply-noted = Save note
dates-saved-cancelled = { $date } is cancelled.
dates-saved-moved = { $date } is moved.
dates-saved-noted = Note saved for { $date }.
dates-restored = { $date } is back to normal.

closures-title = Temporary closures
closures-hint = Every date in the range is shown as closed and not published as happening.
closures-from = From
closures-to = To
closures-add = Close for these dates
closures-remove = Reopen

cal-title = Calendar
cal-zone = Times shown in
cal-filters = Filter meetings
cal-search = Search
cal-search_hint = name, place, notes
cal-any = Any
cal-day = Day
cal-format = Format
cal-today = Today
cal-month = Month
cal-week = Week
cal-agenda = Agenda
cal-count =
    { $n ->
        [one] { $n } occurrence shown
       *[other] { $n } occurrences shown
    }
cal-side = Details and warnings
cal-local_time = { $time } where it is held ({ $zone })
cal-was = was { $time }
cal-facilitator = Facilitator: { $person }
cal-no_facilitator = No chair or facilitator named.
cal-conflicts = Clashes
cal-no_conflicts = No clashes in these dates.
cal-conflict-same_room = “{ $a }” and “{ $b }” overlap in the same room on { $date }.
cal-conflict-same_facilitator = “{ $a }” and “{ $b }” overlap with the same facilitator on { $date }.
cal-unstaffed = SMART meetings needing a facilitator
cal-all_staffed = Every upcoming SMART meeting shown has a facilitator.
cal-assign = Assign
cal-assign_hint = Facilitator
cal-assign_label = Facilitator for { $name } on { $date }
cal-assigned = { $person } will facilitate { $name } on { $date }.
cal-today_is = Today: { $date }
cal-prev_month = Previous month
cal-next_month = Next month
cal-prev_week = Previous week
cal-next_week = Next week
cal-view = View
cal-more =
    { $n ->
        [one] { $n } more
       *[other] { $n } more
    }
cal-nothing = No meetings these days.
cal-narrow = The first { $n } are listed; narrow the filters to see the rest.
cal-more_conflicts =
    { $n ->
        [one] and { $n } more clash; narrow the filters to see it
       *[other] and { $n } more clashes; narrow the filters to see them
    }

ord-last = last
ord-last_day = last day
ord-1 = 1st
ord-2 = 2nd
ord-3 = 3rd
ord-4 = 4th
ord-5 = 5th
ord-day =
    { NUMBER($n, type: "ordinal") ->
        [one] { $n }st
        [two] { $n }nd
        [few] { $n }rd
       *[other] { $n }th
    }

dayname_pl-MO = Monday
dayname_pl-TU = Tuesday
dayname_pl-WE = Wednesday
dayname_pl-TH = Thursday
dayname_pl-FR = Friday
dayname_pl-SA = Saturday
dayname_pl-SU = Sunday

rule-once = once on { $date }
rule-daily = every day
rule-daily_except = every day except { $day }
rule-weekly = every { $days }
rule-biweekly = every other week on { $days }
rule-weekly_n = every { $n } weeks on { $days }
rule-monthly_weekday = every { $weeks } { $day }
rule-monthly_weekday_n = every { $weeks } { $day } of every { $n } months
rule-monthly_date = monthly on the { $dates }
rule-monthly_date_n = every { $n } months on the { $dates }
rule-dates = on { $dates }
rule-custom = by rule { $rule }
rule-until = until { $date }

feeds-lead = Members subscribe once and their calendar app follows every change. Feeds hold meetings only: never members, attendance or chips.
feeds-server = Feed server
feeds-serving_local = Feeds are served at { $base }, on this computer only.
feeds-serving_lan = Feeds are served at { $base } to phones and computers on this network.
feeds-not_serving = The feed server is not running; restart Homegroup to try again.
feeds-share_lan = Share feeds with phones on this network
feeds-share_hint = Phones must be on the same Wi-Fi while this computer is on. To reach members anywhere, publish to a calendar server below.
feeds-qr_alt = QR code to subscribe to { $name }
feeds-count =
    { $n ->
        [one] { $n } meeting
       *[other] { $n } meetings
    }
feeds-webcal = Subscribe link (webcal)
feeds-http = Calendar address (https/http)
feeds-json = Meeting Guide JSON
feeds-copy = Copy
feeds-copied = Copied the { $what }.
feeds-flyer = Print flyer (PDF)
feeds-flyer_saved = Flyer saved as { $path }
feeds-delete = Delete feed
feeds-delete_confirm = Delete the feed “{ $name }”? Calendars subscribed to it stop updating.
feeds-new = New feed
feeds-name = Name
feeds-name_hint = e.g. Online meetings
feeds-holds = Holds
feeds-kind-online = Online, phone and hybrid meetings
feeds-kind-language = Meetings in one language
feeds-kind-format = Meetings with one format
feeds-kind-group = One group's meetings
feeds-kind-program = The whole program
feeds-add = Add feed
feeds-created = Feed “{ $name }” added.
feeds-publish = Publish where members can always reach it
feeds-publish_hint = A web folder (WebDAV: Nextcloud, ownCloud, Apache, many web hosts) or a calendar server (CalDAV: Nextcloud, Radicale…) keeps members' calendars current while this computer is off. While Homegroup is open it publishes again by itself after each change.
feeds-which = Feed
feeds-collection = Upload address
feeds-user = User name
feeds-password = Password
feeds-publish_add = Save and publish
feeds-publish_now = Publish now
feeds-remove_confirm = Stop publishing to { $url }? Nothing is deleted there; members subscribed to it stop getting changes.
feeds-publish_save = Save and publish
feeds-remove = Remove
feeds-last_run = last published { $at }
feeds-program_name = Whole program
feeds-public_webcal = Subscribe link, always on
feeds-public_http = Calendar address, always on
feeds-local_only = Served by this computer, for this computer only
feeds-local_wifi = Served by this computer, on this Wi-Fi while it is on
feeds-qr_public = Works anywhere, any time
feeds-qr_local = Works on this computer only: publish the feed for phones
feeds-qr_wifi = Works on this Wi-Fi while this computer is on
feeds-kind_label = Kind
feeds-kind_webdav = Web folder (WebDAV)
feeds-kind_caldav = Calendar server (CalDAV)
feeds-public_url = Public address members use
feeds-public_url_hint_webdav = The web address that serves this folder to everyone, e.g. https://example.org/meetings/
feeds-public_url_hint_caldav = The calendar's public link, if the server offers one
feeds-published_ago = Published { $ago }
feeds-never_published = Not published yet
feeds-public_ok = Members subscribe at { $url }
feeds-public_problem = The upload worked, but the public address does not: { $why }
feeds-failed = The last try failed: { $why } Homegroup tries again by itself.
feeds-no_public = No public address given: members cannot subscribe from this yet.
feeds-published = Published to { $url }: { $created } new, { $updated } updated, { $unchanged } unchanged, { $deleted } removed.
feeds-kind-meeting = One meeting
printlist-open = Print meeting list…
printlist-title = Print the meeting list: { $name }
printlist-lead = Folded into a pocket, taped to a door, left at a hospital: choose how it goes on paper. The pictures show the first sheet, both sides, as it will print.
printlist-layout = Layout
printlist-layout-full = Full pages, two columns
printlist-layout-trifold = Tri-fold (one sheet, folded in three)
printlist-layout-quadfold = Quad-fold (one sheet, four panels a side)
printlist-layout-booklet = Booklet (folded in half)
printlist-group_by = Grouped
printlist-by_day = By day, then time
printlist-by_city = By city
printlist-first_day = Week starts on
printlist-cities = Cities first, in this order
printlist-cities_hint = Separated by commas; the others follow alphabetically.
printlist-paper = Paper
printlist-paper_usual = The usual for this layout
printlist-paper-letter = Letter
printlist-paper-a4 = A4
printlist-paper-legal = Legal
printlist-pages = Exactly this many pages
printlist-pages_hint = Leave empty for as many as it takes; the type shrinks a little to fit.
printlist-pages_number = Give the number of pages in digits, or leave it empty.
printlist-link_qr = Online meetings with a QR code of their link
printlist-save = Save PDF…
printlist-close = Close
printlist-preview_alt = The first side of the meeting list, as it will print
printlist-preview_back = The other side of the same sheet
printlist-summary = { $meetings ->
    [one] One meeting
   *[other] { $meetings } meetings
} on { $pages ->
    [one] one page
   *[other] { $pages } pages
}.
printlist-shrunk = { " " }The type is at { $percent }% to fit.
printlist-drawing = Drawing the preview…
printlist-saved = Meeting list saved to { $path }.
resources-title = Local resources
resources-lead = Helplines, crisis lines and treatment finders for the newcomer who needs more than a meeting tonight. They print on every meeting list and flyer and go into the feeds' descriptions.
resources-none = No local resources yet. A new program starts with none: add the ones your area trusts.
resources-name = Name
resources-name_hint = Crisis Lifeline
resources-phone = Phone
resources-url = Web address
resources-hours = Hours
resources-add = Add resource
resources-save = Save resource
resources-added = Added { $name }.
resources-saved = Saved { $name }.
resources-removed = Removed { $name }.
resources-remove = Remove
resources-remove_confirm = Remove { $name } from every printed list, flyer and feed?
resources-up = Move { $name } up
resources-down = Move { $name } down

secrets-command_label = Or a command that prints the password
secrets-command_hint = Run each time the password is needed, without a shell; only the command is kept, never what it prints.

import-open = Import a meeting list…
import-title = Import a meeting list
import-intro = From a Meeting Guide feed, a BMLT server, a calendar file (.ics) or a spreadsheet (CSV). You see what would change before anything is saved; importing the same list again updates the same meetings.
import-location = Web address or file path
import-or_file = …or choose a file
import-format = Format
import-format-auto = Recognise it for me
import-fellowship = Fellowship of these meetings
import-service_bodies = Service bodies (BMLT ids)
import-service_bodies_help = Numbers separated by commas; empty for every meeting on the server.
import-bad_service_body = Service bodies are numbers, such as 3, 17.
import-need_source = Give a web address or a file path, or choose a file.
import-progress = { $done } of { $total } meetings
import-reading = Reading the list…
import-applying = Importing…
import-preview_title = What this import would change ({ $format })
import-created = new
import-updated = changed
import-unchanged = unchanged
import-removed = removed
import-new_meetings =
    { $n ->
        [one] { $n } new meeting
       *[other] { $n } new meetings
    }
import-changed_meetings =
    { $n ->
        [one] { $n } changed meeting
       *[other] { $n } changed meetings
    }
import-removed_meetings =
    { $n ->
        [one] { $n } meeting no longer in the list, to be removed
       *[other] { $n } meetings no longer in the list, to be removed
    }
import-kept =
    { $n ->
        [one] You edited { $n } of these meetings here; your version is kept:
       *[other] You edited { $n } of these meetings here; your versions are kept:
    }
import-overwrite = Replace my edits with the list's version
import-skipped =
    { $n ->
        [one] { $n } entry could not be used
       *[other] { $n } entries could not be used
    }
import-preview = Preview
import-apply = Import
import-nothing = Nothing to change
import-done = Imported: { $created } new, { $updated } changed, { $unchanged } unchanged, { $removed } removed.
import-warning = { $record }: { $problem }
import-record-name = "{ $name }"
import-record-line = line { $n }
import-record-number = record { $n }
import-record-event = event { $uid }
import-record-unnamed = a meeting with no name
import-problem-not_a_meeting = not a meeting
import-problem-no_name = no name
import-problem-no_id = no id the list keeps for it (a Meeting Guide slug, a BMLT id)
import-problem-duplicate_id = the id { $value } appears twice; the second was ignored
import-problem-unpublished = unpublished on the server
import-problem-no_day = no day
import-problem-by_appointment = no day (an appointment meeting)
import-problem-bad_day = "{ $value }" is not a day of the week
import-problem-bad_time = "{ $value }" is not a time like 19:00 or 7:00 PM
import-problem-unknown_zone = the time zone "{ $value }" is neither a known zone nor defined in the file
import-problem-all_day = an all-day event, not a meeting with a start time
import-problem-bad_length = it lasts { $value } minutes; a meeting lasts between 1 minute and 24 hours
import-problem-bad_rule = its repeating rule cannot be followed ({ $value })
import-problem-invalid = Homegroup's checks refused it
import-problem-refused = { $reason } ({ $value })
import-problem-unknown_formats = formats { $value } have no counterpart here and were left out
import-problem-extra_dates = { $value } extra dates beside the repeating rule were left out
import-problem-extra_dates_time = extra dates at another time of day were read at the usual time
import-problem-orphan_changes = changes to event { $value } were left out: the file holds no event they change
import-problem-change_unreadable = the changed date { $value } could not be read
import-problem-change_not_a_date = a change to { $value } was left out: the meeting does not meet then
import-problem-recorded = { $value }
import-reason-not_a_meeting = Not a meeting
import-reason-no_name = No name
import-reason-no_id = No id the list keeps for it
import-reason-duplicate_id = The same id twice
import-reason-unpublished = Unpublished on the server
import-reason-no_day = No day of the week
import-reason-by_appointment = By appointment, with no day
import-reason-bad_day = A day that is not a day of the week
import-reason-bad_time = A time that could not be read
import-reason-unknown_zone = An unknown time zone
import-reason-all_day = An all-day event
import-reason-bad_length = Shorter than a minute or longer than a day
import-reason-bad_rule = A repeating rule that cannot be followed
import-reason-invalid = Refused by Homegroup's checks
import-reason-unknown_formats = Format codes with no counterpart here, left out
import-reason-extra_dates = Extra dates beside a repeating rule, left out
import-reason-extra_dates_time = Extra dates at another time, read at the usual one
import-reason-orphan_changes = Changes to an event the file does not hold
import-reason-change_unreadable = A changed date that could not be read
import-reason-change_not_a_date = A change on a day the meeting does not meet
import-reason-recorded = Noted by an earlier version
import-summary-partly = { $n ->
    [one] One came in with something left out
   *[other] { $n } came in with something left out
}
import-summary-skipped = { $n ->
    [one] One entry was skipped
   *[other] { $n } entries were skipped
}
import-summary-will_come = { $n ->
    [one] One meeting will come in
   *[other] { $n } meetings will come in
}
import-summary-will_partly = { $n ->
    [one] One will come in with something left out
   *[other] { $n } will come in with something left out
}
import-summary-will_skip = { $n ->
    [one] One entry will be skipped
   *[other] { $n } entries will be skipped
}
import-more = { $n ->
    [one] …and one more.
   *[other] …and { $n } more.
}
import-choose_file = Choose a file…

sources-title = Imported lists
sources-never_run = Not imported yet
sources-failed = { $when }: failed ({ $why }); nothing was changed
sources-ran = Last: { $when }: { $created } new, { $updated } changed, { $removed } removed
sources-run_counts = { $created } new, { $updated } changed, { $unchanged } unchanged, { $removed } removed
sources-refresh_label = How often to refresh { $source }
sources-every-never = Refresh by hand
sources-every-hour = Every hour
sources-every-six_hours = Every 6 hours
sources-every-day = Every day
sources-every-week = Every week
sources-refresh = Refresh now
sources-refreshing = Refreshing…
sources-history = History
sources-forget = Forget
sources-forget_confirm = Forget { $source }? Its meetings stay, as your own, and are no longer updated from it.

common-save = Save

night-title = Meeting night
night-meeting = Meeting
night-date = Date
night-no_meetings = No meetings yet. Add one on the Meetings screen, then check people in here.
night-checkin = Check-in
night-type_name = Type a nickname…
night-hint = Enter checks in the highlighted name (↑ ↓ to choose). A name nobody has yet is added as a newcomer.
night-add_newcomer = Add “{ $name }” as a newcomer
night-already_in = { $name } is already checked in tonight
night-checked_in = { $name } is checked in.
night-newcomer_added = Welcome, { $name }! Added and checked in.
night-here = Checked in tonight
night-first_time = first time
night-days =
    { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
night-undo_named = Undo check-in of { $name }
night-counts = Counts
night-attendance = In the room
night-newcomers = Newcomers
night-less = One less: { $what }
night-more = One more: { $what }
night-held = The meeting took place
night-due = Chips due tonight
night-none_due = Nothing due for those checked in.
night-in_box = { $n } in the box
night-award_named = Hand out { $name }’s { $chip }
night-award = Hand out
night-awarded = { $chip } handed to { $name }.
night-awarded_tonight = Handed out tonight
night-undo_award = Take back { $chip } from { $name }
night-trends = The last 12 weeks
night-export_csv = Save the 90-day report (CSV)
night-csv_saved = Report saved as { $path }
night-nothing_today_next = Nothing of yours meets today. The next: { $name }, { $when }.
night-nothing_today = Nothing meets today, nor in the next 60 days.
night-nothing_today_pick = To record another meeting, choose it above or type its name.
night-choose_meeting = Choose a meeting
night-nothing_today_next_any = No meeting meets today. The next: { $name }, { $when }.
night-other_meeting = Another meeting
night-find_hint = type its name

chip-item-keytag = keytag
chip-item-medallion = medallion
chip-item-chip = chip
chip-item-coin = coin

trend-attendance_label = Attendance per week, newcomers at the base of each bar
trend-chips_label = Chips handed out per week
trend-attendance = Attendance
trend-newcomers = Newcomers
trend-returning = Returning members
trend-chips = Chips handed out
trend-week = Week of
trend-meetings = Meetings
trend-show_numbers = Show the numbers
trend-hide_numbers = Hide the numbers

members-title = Members & chips
members-intro = Members are known by a nickname and, if they like, a clean date. Nothing else is asked or kept.
members-nickname = Nickname
members-clean_date = Clean date
members-clean_time = Clean time
members-last_seen = Last here
members-group = Home group
members-no_group = No particular group
members-add = Add member
members-added_to = Added { $name } to { $group }.
members-added_no_group = Added { $name }, in no particular group.
members-duplicate_in = { $name } is already a member of { $group }; add an initial to tell them apart.
members-duplicate_no_group = { $name } is already a member in no particular group; add an initial to tell them apart.
members-saved = Saved { $name }.
members-empty = No members yet. Add them here or check newcomers in on meeting night.
members-count =
    { $n ->
        [one] { $n } member
       *[other] { $n } members
    }
members-find_hint = any part of a nickname
members-none_found = No member’s nickname contains “{ $text }”.
members-days =
    { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
members-years =
    { $n ->
        [one] { $n } year
       *[other] { $n } years
    }
members-edit_named = Edit { $name }
members-relapse = New clean date
members-relapse_named = Record a new clean date for { $name }
members-new_clean_date = New clean date for { $name }
members-record_relapse = Record
members-relapse_help = The earlier clean date and the chips handed out under it are kept; a “welcome back” keytag becomes due.
members-relapse_saved = New clean date recorded.
members-forget = Forget
members-forget_named = Forget { $name }
members-forget_confirm = Forget { $name } for good? Their check-ins and chips are erased too. This cannot be undone.
members-forgotten = { $name } is forgotten.
members-stock = Chips in the box
members-chip = Kind
members-on_hand = On hand
members-reorder_at = Reorder at
members-on_hand_of = { $chip } on hand
members-reorder_at_of = Reorder { $chip } at
members-last_90 = Handed out (90 days)
members-reorder = reorder
members-stock_saved = Stock of { $chip } saved.
members-birthdays = Birthdays this month
members-no_birthdays = No clean-time birthdays this month.
members-schemes = Milestones handed out
members-customise_for = Own milestones for group
members-customise = Make a copy to edit
members-customised = The group now has its own copy.
members-scheme = Scheme
members-milestone_label = Name
members-after = After
members-unit = Unit
members-unit-day = days
members-unit-month = months
members-unit-year = years
members-unit-welcome = first visit
members-unit-welcome_back = return after relapse
members-item = Item
members-item-keytag = keytag
members-item-chip = chip
members-item-medallion = medallion
members-colour = Colour
members-repeats = every further unit too
members-add_milestone = Add milestone
members-milestone_added = Added { $chip }.
members-milestone_removed = Removed { $chip }.
members-remove_milestone = Remove { $chip }
members-slips = Attendance slips
members-slips_none = No group here offers attendance verification. A group decides that for itself: tick it in the group’s settings under Groups above.
members-slips_intro = A slip lists meeting, date and nickname only, signed with the group’s key. It confirms presence, nothing else.
members-from = From
members-to = To
members-print_slip = Print slip
members-slip_saved = Slip { $code } saved as { $path }
members-export_key = Export verification key
members-key_saved = Public key and instructions saved as { $path }
members-revoke_key = Revoke key
members-revoke_confirm = Revoke the group’s key? Every slip it signed stops verifying; new slips get a new key.
members-key_revoked = Key revoked. Send houses and courts the new verification file.

groups-title = Groups
groups-none = No groups yet. A group is made in the meeting editor, with the meeting it runs; its settings are kept here.
groups-name = Group name
groups-contact = Contact
groups-contact_hint = a phone or an email the group gives out
groups-meetings =
    { $n ->
        [one] { $n } meeting
       *[other] { $n } meetings
    }
groups-verifies = signs attendance slips
groups-no_verification = no attendance slips
groups-edit_named = Edit the group { $name }
groups-saved = Saved the group { $name }.

houses-title = Sober-living houses
houses-house = House
houses-new = New house
houses-add = Add house
houses-created = Added { $name }.
houses-empty = No houses yet. A sober-living house tracks its residents’ meetings against its rules here.
houses-rules = House rules
# A house rule in words, built from its parts: "5 a week, phase 1, NA meetings".
houses-rule-per_week = { $count } a week
houses-rule-in_first_days = { $count } in the first { $days } days
houses-rule-phase = phase { $phase }
houses-rule-counts = { $fellowships } meetings
houses-no_rules = No rules yet: add one such as 5 a week, or 90 in the first 90 days.
houses-count = Meetings
houses-kind = Rule
houses-kind-per_week = a week
houses-kind-in_first_days = in the first days
houses-days = Days
houses-phase = Phase
houses-any_phase = any phase
houses-counts = Meetings that count
houses-add_rule = Add rule
houses-rule_added = Rule added.
houses-rule_removed = Rule removed.
houses-remove_rule = Remove the rule { $rule }
houses-this_week = Residents this week
houses-week_pdf = This week (PDF)
houses-month_pdf = This month (PDF)
houses-report_saved = Report saved as { $path }
houses-resident = Resident (nickname)
houses-move_in = Moved in
houses-add_resident = Add resident
houses-resident_added = { $name } moved in.
houses-no_residents = No residents yet.
houses-state-na = no rule applies
houses-state-met = met
houses-state-on_track = on track
houses-state-behind = behind
houses-state-missed = missed
houses-expected = { $n } expected by today
houses-breakdown = { $here } at our meetings · { $slip } verified by slip · { $self } self-reported
houses-weeks_label = { $name }: meetings per week for eight weeks against the rule
# A button that prints the screen as it stands (the system's print dialog).
screen-print = Print
houses-week = Week of { $date }: { $n } { $n ->
    [one] meeting
   *[other] meetings
  }{ $required ->
    [0] {""}
   *[other] , { $required } required
  }
houses-log_outside = Log an outside meeting
houses-move_out = Move out
houses-move_out_when = Date { $name } moved out
houses-moved_out = { $name } moved out.
houses-attended_on = Date
houses-meeting_name = Meeting
houses-slip_code = Slip code (if any)
houses-slip_placeholder = empty = self-reported
houses-log = Log
houses-logged_verified = Logged, verified by the slip.
houses-logged_self = Logged as self-reported.
houses-verify = Verify a slip
houses-verify_help = The slip’s code, or the text of its QR code
houses-verify_button = Verify
houses-valid = Valid: { $name } attended, as signed by { $group }
houses-slip_meta = Slip { $code }, issued { $date }
houses-refused = Not valid
houses-trust = Trust a group’s key
houses-trust_help = Paste the verification file a group gave you
houses-trust_button = Trust these keys
houses-keys_trusted =
    { $n ->
        [one] { $n } key trusted.
       *[other] { $n } keys trusted.
    }

unlock-title = Enter the passphrase
unlock-body = This database is encrypted. Homegroup needs its passphrase to open it; nothing is read or changed until then.
unlock-passphrase = Passphrase
unlock-open = Open

documents-open = Open it

share-lead = Keep one program with the other trusted servants of your area through a calendar server you already have (Nextcloud, Radicale, any CalDAV calendar). Each computer keeps working offline; changes travel both ways when it syncs, every few minutes and soon after each edit.
share-private = Only meetings are shared. Members, check-ins, counts, chips, houses, slips, passcodes marked private and who facilitates never leave this computer.
share-linked = Shared calendars
share-only_group = only { $group }
share-failed = Last sync failed: { $why }
share-synced_ago = Synced { $ago }
share-never = Not synced yet
share-to_confirm_title =
    { $n ->
        [one] { $n } meeting whose place is to be confirmed
       *[other] { $n } meetings whose place is to be confirmed
    }
share-to_confirm_help = Someone added these to the shared calendar without a place or a link. They are in the program; open each in Meetings and add its address or video link.
share-to_confirm_came = Came without a place (to be confirmed): { $names }.
share-pending =
    { $n ->
        [one] { $n } change waiting to go up
       *[other] { $n } changes waiting to go up
    }
share-conflict_count =
    { $n ->
        [one] { $n } conflict
       *[other] { $n } conflicts
    }
share-sync_now = Sync now
share-unlink = Stop sharing
share-unlink_confirm = Stop sharing through { $url }? The meetings stay here and on the server.
share-unlinked = This program is no longer shared through { $url }.
share-synced = Synced: { $created } new here, { $updated } changed here, { $deleted } removed here, { $uploaded } sent.
share-kept_edits = Kept, because it was changed on one side and deleted on the other: { $names }.
share-conflicts_waiting =
    { $n ->
        [one] { $n } change needs your choice below.
       *[other] { $n } changes need your choice below.
    }
share-conflicts_title =
    { $n ->
        [one] { $n } change to choose
       *[other] { $n } changes to choose
    }
share-conflicts_help = The same thing was changed here and on the shared calendar, differently. Nothing was overwritten: choose which to keep.
share-mine = This computer
share-theirs = Shared calendar
share-keep_mine = Keep this computer's
share-keep_theirs = Keep the shared calendar's
share-kept_mine = Kept this computer's change to { $meeting }; it goes up with the next sync.
share-kept_theirs = Took the shared calendar's change to { $meeting }.
share-was = Before both changes: { $value }
share-empty = (nothing)
share-yes = yes
share-join_title = Share this program, or join a shared one
share-add_title = Share through another calendar
share-join_help = Give the CalDAV address of a calendar on your area's server. If it already holds a program (you are taking over a service position), its meetings arrive here; if it is empty, this program goes there.
share-url = Calendar address (CalDAV)
share-user = User name
share-password = Password
share-which = What to share
share-whole_program = The whole program
share-join = Share and sync
share-add = Add and sync
share-field-date = change on { $date }
share-field-closure = closure { $from } to { $to }
share-change-cancelled = cancelled
share-change-moved = moved to { $to }
share-change-noted = meets, with a note
share-field-name = name
share-field-fellowship = fellowship
share-field-group = group
share-field-mode = how to attend
share-field-status = status
share-field-start_date = first date
share-field-start_time = start time
share-field-duration = length (minutes)
share-field-timezone = time zone
share-field-repeats = how it repeats
share-field-end_date = last date
share-field-venue_name = venue
share-field-venue_address = address
share-field-venue_city = city
share-field-venue_region = region
share-field-venue_postal_code = postal code
share-field-venue_country = country
share-field-venue_latitude = latitude
share-field-venue_longitude = longitude
share-field-venue_approximate = approximate location
share-field-venue_notes = venue notes
share-field-room = room
share-field-url = video link
share-field-platform = video platform
share-field-meeting_id = meeting ID
share-field-passcode = passcode
share-field-passcode_public = passcode is public
share-field-dial_in = dial-in number
share-field-dial_in_notes = dial-in notes
share-field-secret_params = private link parts
share-field-formats = formats
share-field-language = language
share-field-notes = notes
share-field-offers_verification = signs attendance slips
