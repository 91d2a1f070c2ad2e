//! The meeting finder page: what a member's phone opens from the flyer's QR code. A
//! static page and its data, built from one feed, that any web host serves as files
//! (published beside the feed, written to a folder, or served by the feed server at `/`).
//!
//! The data is split so a phone shows tonight's meetings without reading the whole
//! program: the week (in each meeting's own local time) is cut into stretches of at most
//! [`PER_FILE`] meetings, each its own file, and the page reads the stretches around
//! "now" first. A small index says which file holds which stretch; the names for search,
//! each stretch's calendar events (for "add this meeting") and the zones' rules are read
//! only when asked for. Nothing here depends on today's date, so an unchanged program
//! gives the same bytes and publishing it again uploads nothing.
//!
//! Only what feeds already publish goes in: never a member, attendance, the facilitator,
//! a passcode the group keeps private or a secret part of a link.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Timelike, Utc};
use rusqlite::Connection;
use serde_json::{json, Map, Value};

use crate::error::Result;
use crate::i18n::{self, Lang};
use crate::program::exceptions::{self, ExceptionKind};
use crate::program::fellowship::AttendanceMode;
use crate::program::meetings::Meeting;
use crate::program::resources::Resource;
use crate::schedule::expand::Expander;
use crate::schedule::{hhmm, Recurrence};

/// Meetings per data file: about 30 kB, so the first screen of a region's page (the
/// stretch around now and the next) stays far under 150 kB.
pub const PER_FILE: usize = 120;

const WEEK_MINUTES: u32 = 7 * 1440;

/// How far past the program's last change irregular meetings' dates are listed.
const DATES_AHEAD_DAYS: i64 = 400;
/// Changed dates this long before the program's last change are still listed.
const CHANGES_BEHIND_DAYS: i64 = 7;

const SCRIPT: &str = include_str!("finder.js");
const STYLE: &str = include_str!("finder.css");

/// One file of the page.
#[derive(Debug, Clone, PartialEq)]
pub struct PageFile {
    /// Its name in the folder (`index.html`, `whole-program.page.json`…).
    pub name: String,
    pub content_type: &'static str,
    pub body: String,
}

/// Where the page's files are named from and where its feed is.
#[derive(Debug, Clone)]
pub struct Names {
    /// The feed's file stem (`whole-program`): every file but the page is named from it.
    pub stem: String,
    /// The page's own name (`index.html` for the whole program).
    pub html: String,
    /// The feed's address as the page links it, relative to the page (`whole-program.ics`,
    /// `/feeds/TOKEN.ics`).
    pub ics: String,
}

impl Names {
    /// The names in a folder a feed is published to (or written to) as `<stem>.ics`:
    /// the whole program's page is the folder's `index.html`, another feed's
    /// `<stem>.html`.
    pub fn in_folder(whole_program: bool, stem: &str) -> Names {
        Names {
            stem: stem.to_owned(),
            html: html_name(whole_program, stem),
            ics: format!("{stem}.ics"),
        }
    }
}

/// The page's name in a folder beside `<stem>.ics`.
pub fn html_name(whole_program: bool, stem: &str) -> String {
    if whole_program {
        "index.html".to_owned()
    } else {
        format!("{stem}.html")
    }
}

/// Every file of the page of `meetings` (a feed's). `title` names the program on the
/// page (a feed's own name); without one, the group whose meetings they all are.
pub fn files(
    conn: &Connection,
    meetings: &[Meeting],
    title: Option<&str>,
    names: &Names,
) -> Result<Vec<PageFile>> {
    let program = match title {
        Some(t) => t.trim().to_owned(),
        None => program_name(meetings),
    };
    build(conn, &program, meetings, names)
}

/// A meeting as the page lists it, and the minutes of the week (its own local time)
/// it starts at.
struct Entry {
    json: Value,
    minutes: BTreeSet<u32>,
    search: String,
    place: String,
    events: String,
}

fn week_minute(t: NaiveDateTime) -> u32 {
    t.weekday().num_days_from_sunday() * 1440 + t.hour() * 60 + t.minute()
}

fn key(t: NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M").to_string()
}

fn put(map: &mut Map<String, Value>, k: &str, v: &str) {
    if !v.trim().is_empty() {
        map.insert(k.to_owned(), Value::from(v.trim()));
    }
}

/// The whole program of one group is that group's; of several, nobody's in particular.
pub fn program_name(meetings: &[Meeting]) -> String {
    let groups: BTreeSet<&str> = meetings
        .iter()
        .filter_map(|m| m.group_name.as_deref())
        .collect();
    match (groups.len(), groups.iter().next()) {
        (1, Some(g)) if meetings.iter().all(|m| m.group_name.is_some()) => (*g).to_owned(),
        _ => String::new(),
    }
}

fn build(
    conn: &Connection,
    program: &str,
    meetings: &[Meeting],
    names: &Names,
) -> Result<Vec<PageFile>> {
    // Everything is dated from the program's last change, never from today, so the
    // same program gives the same files whatever day it is published.
    let anchor: DateTime<Utc> = meetings
        .iter()
        .filter_map(|m| DateTime::parse_from_rfc3339(&m.updated_at).ok())
        .map(|t| t.with_timezone(&Utc))
        .max()
        .unwrap_or(DateTime::<Utc>::UNIX_EPOCH);
    let from = anchor.date_naive() - Duration::days(CHANGES_BEHIND_DAYS);
    let to = anchor.date_naive() + Duration::days(DATES_AHEAD_DAYS);
    let changed = crate::store::ids(conn, "SELECT DISTINCT meeting_id FROM meeting_exceptions")?;
    let closed = crate::store::ids(conn, "SELECT DISTINCT meeting_id FROM meeting_closures")?;
    let venues = crate::program::venues::by_id(conn)?;

    let mut zones: Vec<String> = Vec::new();
    let mut codes: BTreeMap<String, Value> = BTreeMap::new();
    let mut fellowships = BTreeSet::new();
    let mut modes = BTreeSet::new();
    let mut longest = 60u32;
    let mut entries = Vec::with_capacity(meetings.len());
    for m in meetings {
        let Some(e) = entry(conn, m, (from, to), &changed, &closed, &venues, &mut zones)? else {
            continue;
        };
        for c in &m.formats {
            if let Some(f) = crate::program::formats::find(m.fellowship, c) {
                codes
                    .entry(format!("{}:{}", m.fellowship.key(), f.code))
                    .or_insert_with(|| {
                        // The format's name in every language of the catalog, by tag.
                        let mut names = Map::new();
                        names.insert("code".into(), json!(f.code));
                        for l in Lang::all() {
                            names.insert(l.code().into(), json!(f.name(l)));
                        }
                        Value::Object(names)
                    });
            }
        }
        fellowships.insert(m.fellowship.key());
        modes.insert(m.mode.key());
        longest = longest.max(m.schedule.duration_minutes);
        entries.push(e);
    }

    // The week cut into stretches: every start minute goes to one file, a file closes
    // once it holds PER_FILE meetings (never between two meetings at the same minute).
    let mut starts: Vec<(u32, usize)> = entries
        .iter()
        .enumerate()
        .flat_map(|(i, e)| e.minutes.iter().map(move |&w| (w, i)))
        .collect();
    starts.sort_unstable();
    let mut cuts: Vec<(u32, Vec<usize>)> = vec![(0, Vec::new())];
    let mut last_minute = None;
    for (w, i) in starts {
        let full = cuts.last().expect("one stretch at least").1.len() >= PER_FILE;
        if full && last_minute != Some(w) {
            cuts.push((w, Vec::new()));
        }
        let bucket = &mut cuts.last_mut().expect("one stretch at least").1;
        if !bucket.contains(&i) {
            bucket.push(i);
        }
        last_minute = Some(w);
    }

    let stem = &names.stem;
    let mut out = Vec::new();
    let mut buckets = Vec::new();
    let mut in_buckets: Vec<Vec<usize>> = vec![Vec::new(); entries.len()];
    for (n, (a, members)) in cuts.iter().enumerate() {
        let b = cuts.get(n + 1).map(|c| c.0).unwrap_or(WEEK_MINUTES);
        let file = format!("{stem}.page-{n}.json");
        let events_file = format!("{stem}.page-{n}.ics.json");
        let list: Vec<&Value> = members.iter().map(|&i| &entries[i].json).collect();
        let events: BTreeMap<String, &str> = members
            .iter()
            .map(|&i| (entries[i].json["i"].to_string(), entries[i].events.as_str()))
            .collect();
        for &i in members {
            in_buckets[i].push(n);
        }
        buckets.push(json!({"f": file, "e": events_file, "a": a, "b": b, "n": members.len()}));
        out.push(json_file(file, &list));
        out.push(json_file(events_file, &events));
    }
    let search: Vec<Value> = entries
        .iter()
        .zip(&in_buckets)
        .map(|(e, b)| json!([e.json["i"], e.search, e.place, b]))
        .collect();
    out.push(json_file(format!("{stem}.page-search.json"), &search));
    out.push(json_file(
        format!("{stem}.page-zones.json"),
        &crate::export::ics::export::zones_of(meetings)?,
    ));

    let words: Map<String, Value> = Lang::all()
        .map(|l| {
            let m = i18n::messages(l, "page-");
            (
                l.code().to_owned(),
                serde_json::to_value(m).expect("strings"),
            )
        })
        .collect();
    let index = json!({
        "v": 1,
        "program": program,
        "updated": anchor.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        "ics": names.ics,
        "langs": Lang::all().map(|l| l.code()).collect::<Vec<_>>(),
        "words": words,
        "zones": zones,
        "formats": codes,
        "fellowships": fellowships,
        "modes": modes,
        "longest": longest,
        "buckets": buckets,
        "search": format!("{stem}.page-search.json"),
        "zonefile": format!("{stem}.page-zones.json"),
    });
    out.push(json_file(format!("{stem}.page.json"), &index));
    out.push(PageFile {
        name: format!("{stem}.page.js"),
        content_type: "text/javascript; charset=utf-8",
        body: SCRIPT.to_owned(),
    });
    out.push(PageFile {
        name: format!("{stem}.page.css"),
        content_type: "text/css; charset=utf-8",
        body: STYLE.to_owned(),
    });
    out.push(PageFile {
        name: names.html.clone(),
        content_type: HTML,
        body: html(names, program, &crate::program::resources::list(conn)?),
    });
    Ok(out)
}

const JSON: &str = "application/json; charset=utf-8";
const HTML: &str = "text/html; charset=utf-8";

/// What the page may load: from its own host, and nothing else. In the page's meta tag
/// (a static host sets no headers) and in the feed server's header.
pub const POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

fn json_file(name: String, value: &impl serde::Serialize) -> PageFile {
    PageFile {
        name,
        content_type: JSON,
        body: serde_json::to_string(value).expect("JSON serialises"),
    }
}

fn entry(
    conn: &Connection,
    m: &Meeting,
    (from, to): (NaiveDate, NaiveDate),
    changed: &std::collections::HashSet<i64>,
    closed: &std::collections::HashSet<i64>,
    venues: &HashMap<i64, crate::program::venues::Venue>,
    zones: &mut Vec<String>,
) -> Result<Option<Entry>> {
    let s = &m.schedule;
    let exp = Expander::new(s)?;
    let mut minutes = BTreeSet::new();
    let mut map = Map::new();
    map.insert("i".into(), json!(m.id));
    map.insert("uid".into(), json!(m.uid));
    map.insert("n".into(), json!(m.name.trim()));
    map.insert("t".into(), json!(hhmm::format(s.start_time)));
    map.insert("m".into(), json!(s.duration_minutes));
    let zone = match zones.iter().position(|z| *z == s.timezone) {
        Some(i) => i,
        None => {
            zones.push(s.timezone.clone());
            zones.len() - 1
        }
    };
    map.insert("z".into(), json!(zone));
    match &s.recurrence {
        Recurrence::Weekly { interval: 1, days } if !days.is_empty() => {
            let mut w: Vec<u32> = days
                .iter()
                .map(|d| d.to_chrono().num_days_from_sunday())
                .collect();
            w.sort_unstable();
            w.dedup();
            for d in &w {
                minutes.insert(d * 1440 + s.start_time.hour() * 60 + s.start_time.minute());
            }
            map.insert("w".into(), json!(w));
            map.insert("s".into(), json!(s.start_date.to_string()));
            if let Some(u) = s.end_date {
                map.insert("u".into(), json!(u.to_string()));
            }
        }
        _ => {
            // Every other week, monthly, a list of dates, any other rule: the dates
            // themselves, as far ahead as a page is read before the next change.
            let dates = exp.local_starts(from, to);
            if dates.is_empty() {
                return Ok(None);
            }
            for d in &dates {
                minutes.insert(week_minute(*d));
            }
            map.insert(
                "d".into(),
                json!(dates.iter().map(|d| key(*d)).collect::<Vec<_>>()),
            );
        }
    }
    // Changed dates (cancelled, moved, with a note) and closures, from a week before
    // the last change on.
    let mut changes: BTreeMap<String, Value> = BTreeMap::new();
    if changed.contains(&m.id) {
        for e in exceptions::list(conn, m.id)? {
            let Ok(original) = exceptions::parse_occurrence_key(&e.occurrence) else {
                continue;
            };
            if original.date() < from {
                continue;
            }
            let mut c = Map::new();
            c.insert("o".into(), json!(key(original)));
            let kind = match e.kind {
                ExceptionKind::Cancelled => "c",
                ExceptionKind::Noted => "n",
                ExceptionKind::Moved => "m",
            };
            c.insert("k".into(), json!(kind));
            if e.kind == ExceptionKind::Moved {
                let to = e.new_start.unwrap_or(original);
                minutes.insert(week_minute(to));
                c.insert("to".into(), json!(key(to)));
                if let Some(d) = e.new_duration {
                    c.insert("m".into(), json!(d));
                }
                if let Some(v) = e.new_venue_id.and_then(|id| venues.get(&id)) {
                    c.insert("v".into(), json!(v.details.one_line()));
                }
                if let Some(url) = e.new_video_url.as_deref() {
                    put(&mut c, "l", &m.online.public_link(url));
                }
            }
            put(&mut c, "note", &e.note);
            changes.insert(key(original), Value::Object(c));
        }
    }
    if closed.contains(&m.id) {
        for c in exceptions::closures(conn, m.id)? {
            let (a, b) = (c.from_date.max(from), c.to_date.min(to));
            for original in exp.local_starts(a, b) {
                changes.entry(key(original)).or_insert_with(|| {
                    let mut x = Map::new();
                    x.insert("o".into(), json!(key(original)));
                    x.insert("k".into(), json!("x"));
                    put(&mut x, "note", &c.reason);
                    Value::Object(x)
                });
            }
        }
    }
    if !changes.is_empty() {
        map.insert("x".into(), json!(changes.into_values().collect::<Vec<_>>()));
    }
    map.insert("k".into(), json!(m.mode.key()));
    map.insert("f".into(), json!(m.fellowship.key()));
    if !m.formats.is_empty() {
        map.insert("c".into(), json!(m.formats));
    }
    if let Some(g) = &m.group_name {
        put(&mut map, "g", g);
    }
    put(&mut map, "lg", &m.language);
    put(&mut map, "o", &m.notes);
    let mut place = String::new();
    if let Some(v) = m.venue.as_ref().filter(|_| m.mode.has_room()) {
        let d = &v.details;
        let mut vm = Map::new();
        put(&mut vm, "n", &d.name);
        put(&mut vm, "a", &d.address);
        put(&mut vm, "c", &d.city);
        put(&mut vm, "r", &d.region);
        put(&mut vm, "p", &d.postal_code);
        put(&mut vm, "co", &d.country);
        if let (Some(lat), Some(lon)) = (d.latitude, d.longitude) {
            // Five decimals are a metre; an approximate place says so.
            vm.insert("la".into(), json!((lat * 1e5).round() / 1e5));
            vm.insert("lo".into(), json!((lon * 1e5).round() / 1e5));
        }
        if d.approximate {
            vm.insert("ap".into(), json!(true));
        }
        place = [&d.name, &d.address, &d.city]
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        map.insert("v".into(), Value::Object(vm));
        put(&mut map, "r", &m.room);
    }
    if m.mode != AttendanceMode::InPerson {
        let o = &m.online;
        // Exactly what the feeds publish: the passcode only where the group allows it.
        put(&mut map, "l", &o.public_link(&o.url));
        put(&mut map, "mi", &o.meeting_id);
        if o.passcode_public {
            put(&mut map, "pc", &o.passcode);
        }
        put(&mut map, "p", &o.public_dial_in());
        put(&mut map, "pn", &o.public_dial_notes());
    }
    let search = [m.name.as_str(), m.group_name.as_deref().unwrap_or_default()]
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let events = crate::export::ics::export::events_of(
        conn,
        m,
        changed.contains(&m.id),
        closed.contains(&m.id),
    )?;
    Ok(Some(Entry {
        json: Value::Object(map),
        minutes,
        search,
        place,
        events,
    }))
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The page itself: landmarks, the local resources and a loading line; the script fills
/// the rest in the member's language. The resources are in the markup, not the data:
/// a crisis line shows at once, on a phone that runs no script and on one that cannot
/// load the list. The policy allows this host alone, for everything.
fn html(names: &Names, program: &str, resources: &[Resource]) -> String {
    let en = |id: &str| escape(&i18n::message(Lang::EN, id, &[]));
    let title = if program.is_empty() {
        en("page-heading")
    } else {
        escape(&i18n::message(
            Lang::EN,
            "page-title",
            &[("program", program.into())],
        ))
    };
    let stem = escape(&names.stem);
    format!(
        r##"<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{policy}">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="data:,">
<meta name="description" content="{description}">
<title>{title}</title>
<link rel="stylesheet" href="{stem}.page.css">
<link rel="preload" href="{stem}.page.json" as="fetch" crossorigin="anonymous">
<script src="{stem}.page.js" defer data-index="{stem}.page.json" data-langs="{langs}" data-rtl="{rtl}"></script>
</head>
<body>
<a class="skip" href="#meetings">{skip}</a>
<header class="top">
<div><h1 id="heading">{heading}</h1><p id="program" class="program">{program}</p></div>
<p class="lang"><label for="lang" id="lang-label">{language}</label> <select id="lang">{languages}</select></p>
</header>
<main id="main">
{resources}
<p id="status" class="status" role="status">{loading}</p>
<div id="app" hidden></div>
</main>
<noscript><p class="status">{ics_hint} <a href="{ics}">{ics}</a></p></noscript>
</body>
</html>
"##,
        policy = POLICY,
        description = en("page-subscribe-hint"),
        title = title,
        stem = stem,
        skip = en("page-skip"),
        heading = en("page-heading"),
        program = escape(program),
        language = en("page-language"),
        loading = en("page-loading"),
        ics_hint = en("page-subscribe-other"),
        ics = escape(&names.ics),
        resources = resource_section(resources),
        langs = Lang::all().map(|l| l.code()).collect::<Vec<_>>().join(" "),
        rtl = Lang::all()
            .filter(|l| l.rtl())
            .map(|l| l.code())
            .collect::<Vec<_>>()
            .join(" "),
        // The languages are in the markup, not only added by the script: an empty
        // list was narrow enough to sit beside the heading, and filled it wrapped below,
        // moving the whole page down as it showed (Lighthouse's layout shift, 0.3).
        languages = Lang::all()
            .map(|l| format!(
                "<option value=\"{}\"{}>{}</option>",
                l.code(),
                if l == Lang::EN { " selected" } else { "" },
                escape(&i18n::message(l, "page-language-name", &[]))
            ))
            .collect::<String>(),
    )
}

/// "Help now": each resource on a line, its number a `tel:` link a phone dials with
/// one tap and its web address a link; numbers and addresses kept left to right on a
/// right-to-left page. Nothing when the program has none.
fn resource_section(resources: &[Resource]) -> String {
    if resources.is_empty() {
        return String::new();
    }
    let items: String = resources
        .iter()
        .map(|r| {
            let r = &r.details;
            let mut parts = vec![format!("<bdi class=\"name\">{}</bdi>", escape(&r.name))];
            if !r.phone.is_empty() {
                // A number a phone can dial as written is a link; words ("Text HOME
                // to 741741") are shown as they are.
                parts.push(match crate::program::resources::tel_uri(&r.phone) {
                    Some(tel) => format!(
                        "<a href=\"{}\" dir=\"ltr\">{}</a>",
                        escape(&tel),
                        escape(&r.phone)
                    ),
                    None => format!("<bdi>{}</bdi>", escape(&r.phone)),
                });
            }
            if !r.hours.is_empty() {
                parts.push(format!("<bdi>{}</bdi>", escape(&r.hours)));
            }
            if !r.url.is_empty() {
                parts.push(format!(
                    "<a href=\"{0}\" dir=\"ltr\" rel=\"noopener noreferrer\">{0}</a>",
                    escape(&r.url)
                ));
            }
            let language = crate::program::resources::language_name(&r.language);
            if !language.is_empty() {
                parts.push(format!("<bdi>{}</bdi>", escape(&language)));
            }
            format!("<li>{}</li>", parts.join(" · "))
        })
        .collect();
    format!(
        "<section id=\"resources\" class=\"resources\" aria-labelledby=\"resources-h\"><h2 id=\"resources-h\">{}</h2><ul>{items}</ul></section>",
        escape(&i18n::message(Lang::EN, "page-resources", &[]))
    )
}

#[cfg(test)]
mod tests;
