//! What a printed meeting list says, as blocks of text: the cover (the program's name,
//! the day it was printed, the QR code of its published page, local resources), then
//! the meetings in three sections (in person, hybrid, online and by phone: a hybrid
//! meeting is in a section of its own, never dropped from both), grouped by day or by
//! city, and the legend of the format codes the list uses.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{NaiveDate, NaiveTime, TimeZone};
use rusqlite::Connection;

use super::{GroupBy, ListOptions};
use crate::error::Result;
use crate::feeds::{self, Feed};
use crate::i18n::{self, Arg, Lang};
use crate::pdf::Block;
use crate::program::fellowship::{AttendanceMode, Fellowship};
use crate::program::meetings::Meeting;
use crate::program::{conference, formats, resources};
use crate::schedule::{words, Day, Recurrence};

pub(super) struct Content {
    pub blocks: Vec<Block>,
    pub meetings: usize,
}

/// When a meeting is listed: every day, on a weekday, or at times the rule says in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum When {
    Daily,
    /// Days from the list's first day (0..7).
    Day(usize),
    Other,
}

/// The sections, in print order.
const SECTIONS: [&str; 3] = [
    "print-section-in_person",
    "print-section-hybrid",
    "print-section-online",
];

fn section(mode: AttendanceMode) -> usize {
    match mode {
        AttendanceMode::InPerson => 0,
        AttendanceMode::Hybrid => 1,
        AttendanceMode::Online | AttendanceMode::Phone => 2,
    }
}

/// Still meeting on or after `today`: not ended, and a one-off or dated meeting with a
/// date to come.
fn current(m: &Meeting, today: NaiveDate) -> bool {
    let s = &m.schedule;
    if s.end_date.is_some_and(|end| end < today) {
        return false;
    }
    match &s.recurrence {
        Recurrence::Once => s.start_date >= today,
        Recurrence::Dates { dates } => s.start_date >= today || dates.iter().any(|d| *d >= today),
        _ => true,
    }
}

/// The places a meeting takes in the list, and the words its rule needs beside it
/// ("every other week", "1st and 3rd Tuesday"); a plain weekly meeting needs none.
fn whens(m: &Meeting, first: Day, lang: Lang) -> (Vec<When>, Option<String>) {
    let offset = |d: Day| (d as usize + 7 - first as usize) % 7;
    let s = &m.schedule;
    match &s.recurrence {
        Recurrence::Weekly { interval, days } => {
            let days: BTreeSet<Day> = days.iter().copied().collect();
            let words = (*interval != 1).then(|| words::rule(s, lang));
            if days.len() == 7 && *interval == 1 {
                (vec![When::Daily], None)
            } else if days.is_empty() {
                (
                    vec![When::Day(offset(Day::from_chrono(
                        chrono::Datelike::weekday(&s.start_date),
                    )))],
                    words,
                )
            } else {
                (
                    days.into_iter().map(|d| When::Day(offset(d))).collect(),
                    words,
                )
            }
        }
        Recurrence::MonthlyWeekday { day, .. } => {
            (vec![When::Day(offset(*day))], Some(words::rule(s, lang)))
        }
        _ => (vec![When::Other], Some(words::rule(s, lang))),
    }
}

/// The cover and everything else, as blocks.
pub(super) fn content(
    conn: &Connection,
    feed: &Feed,
    options: &ListOptions,
    lang: Lang,
    today: NaiveDate,
) -> Result<Content> {
    let say = |id: &str, args: &[(&str, Arg)]| i18n::message(lang, id, args);
    let meetings: Vec<Meeting> = feeds::meetings_of(conn, feed)?
        .into_iter()
        .filter(|m| current(m, today))
        .collect();
    let first = options.first_day.unwrap_or(Day::SU);
    let zones: BTreeSet<&str> = meetings
        .iter()
        .map(|m| m.schedule.timezone.as_str())
        .collect();
    let mixed = zones.len() > 1;

    let mut blocks = cover(conn, feed, &meetings, options, lang, today)?;

    // Each meeting at each of its places: (section, group key, when, time, name, index).
    type Key = (usize, (usize, String), When, NaiveTime, String, usize);
    let mut placed: Vec<Key> = vec![];
    let mut words_of: Vec<Option<String>> = vec![];
    let chosen: Vec<String> = options
        .cities
        .iter()
        .map(|c| c.trim().to_lowercase())
        .collect();
    for (i, m) in meetings.iter().enumerate() {
        let (when, words) = whens(m, first, lang);
        words_of.push(words);
        let sec = section(m.mode);
        // Online meetings have no city: by city, they are listed by day.
        let group = match (options.group_by, sec) {
            (GroupBy::City, 0 | 1) => {
                let city = m
                    .venue
                    .as_ref()
                    .map(|v| v.details.city.trim().to_owned())
                    .unwrap_or_default();
                let rank = match chosen.iter().position(|c| *c == city.to_lowercase()) {
                    Some(r) => r,
                    None if city.is_empty() => usize::MAX,
                    None => chosen.len(),
                };
                (rank, city)
            }
            _ => (0, String::new()),
        };
        for w in when {
            placed.push((
                sec,
                group.clone(),
                w,
                m.schedule.start_time,
                m.name.to_lowercase(),
                i,
            ));
        }
    }
    placed.sort();

    if meetings.is_empty() {
        blocks.push(Block::Text(say("print-empty", &[])));
    }
    let by_city = options.group_by == GroupBy::City;
    let mut last: Option<(usize, (usize, String), Option<When>)> = None;
    for (sec, group, when, _, _, i) in &placed {
        let m = &meetings[*i];
        let heading_for = |w: When| match w {
            When::Daily => say("print-daily", &[]),
            When::Day(k) => say(
                &format!("dayname-{}", Day::ALL[(first as usize + k) % 7].code()),
                &[],
            ),
            When::Other => say("print-other", &[]),
        };
        let this_group = if by_city && *sec < 2 {
            None
        } else {
            Some(*when)
        };
        let new_section = last.as_ref().is_none_or(|(s, _, _)| s != sec);
        if new_section {
            blocks.push(Block::Gap(8.0));
            blocks.push(Block::Heading(say(SECTIONS[*sec], &[])));
        }
        if new_section
            || last
                .as_ref()
                .is_some_and(|(_, g, w)| g != group || *w != this_group)
        {
            blocks.push(Block::Gap(4.0));
            blocks.push(Block::Strong(match this_group {
                Some(w) => heading_for(w),
                None if group.1.is_empty() => say("print-no-city", &[]),
                None => group.1.clone(),
            }));
        }
        last = Some((*sec, group.clone(), this_group));

        // The time column: by city, the day too (short); a zone when zones mix.
        let mut time = i18n::time(lang, m.schedule.start_time);
        if by_city && *sec < 2 {
            let day = match when {
                When::Daily => say("print-daily-short", &[]),
                When::Day(k) => {
                    i18n::weekday_short(lang, Day::ALL[(first as usize + k) % 7].to_chrono())
                }
                When::Other => String::new(),
            };
            if !day.is_empty() {
                time = format!("{day} {time}");
            }
        }
        if mixed {
            time.push('\n');
            time.push_str(&zone_abbreviation(m, today));
        }
        let (details, qr) = details(m, words_of[*i].as_deref(), options.link_qr, today, lang);
        blocks.push(Block::Entry {
            time,
            name: m.name.clone(),
            details,
            qr,
        });
    }

    blocks.extend(legend(&meetings, lang));
    Ok(Content {
        blocks,
        meetings: meetings.len(),
    })
}

/// "EST", "CET" (or "+0330" where the zone has no letters) on the list's date.
fn zone_abbreviation(m: &Meeting, today: NaiveDate) -> String {
    match m.schedule.tz() {
        Ok(tz) => tz
            .from_local_datetime(&today.and_time(m.schedule.start_time))
            .earliest()
            .map(|t| t.format("%Z").to_string())
            .unwrap_or_else(|| m.schedule.timezone.clone()),
        Err(_) => m.schedule.timezone.clone(),
    }
}

/// A number or an address that reads left to right whatever the sheet's language: a
/// Persian list must not turn "+1 646 555 0100" into "0100 555 646 +1".
fn ltr(s: &str) -> String {
    format!("\u{2066}{s}\u{2069}")
}

/// The lines under a meeting's name, and the QR code of its link when asked for.
fn details(
    m: &Meeting,
    words: Option<&str>,
    link_qr: bool,
    today: NaiveDate,
    lang: Lang,
) -> (Vec<String>, Option<String>) {
    let say = |id: &str, args: &[(&str, Arg)]| i18n::message(lang, id, args);
    let mut lines = vec![];
    if let Some(w) = words {
        lines.push(w.to_owned());
    }
    if m.schedule.start_date > today && m.schedule.recurrence != Recurrence::Once {
        lines.push(say(
            "print-from",
            &[("date", i18n::date(lang, m.schedule.start_date).into())],
        ));
    }
    if matches!(m.mode, AttendanceMode::InPerson | AttendanceMode::Hybrid) {
        if let Some(v) = &m.venue {
            let d = &v.details;
            let place: Vec<&str> = [d.name.trim(), m.room.trim()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            if !place.is_empty() {
                lines.push(place.join(", "));
            }
            let address: Vec<&str> = [d.address.trim(), d.city.trim(), d.postal_code.trim()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            if !address.is_empty() {
                lines.push(address.join(", "));
            }
        }
    }
    let codes: Vec<&str> = m
        .formats
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    if !codes.is_empty() {
        lines.push(codes.join(" "));
    }
    let mut qr = None;
    if matches!(m.mode, AttendanceMode::Online | AttendanceMode::Hybrid)
        && !m.online.url.trim().is_empty()
    {
        // For anyone to read: no passcode unless the group allows it.
        let link = m.online.public_link(&m.online.url);
        let platform = conference::platform_for_url(&m.online.url).map(|p| p.label());
        let mut access: Vec<String> = platform.into_iter().map(str::to_owned).collect();
        if !m.online.meeting_id.trim().is_empty() {
            access.push(say(
                "print-meeting_id",
                &[("id", ltr(m.online.meeting_id.trim()).into())],
            ));
        }
        if m.online.passcode_public && !m.online.passcode.trim().is_empty() {
            access.push(say(
                "print-passcode",
                &[("passcode", ltr(m.online.passcode.trim()).into())],
            ));
        }
        if !access.is_empty() {
            lines.push(access.join(" · "));
        }
        if link_qr && crate::pdf::qr_modules(&link).is_ok() {
            qr = Some(link);
        } else {
            lines.push(ltr(&link));
        }
    }
    let dial = m.online.public_dial_in();
    if !dial.trim().is_empty() {
        lines.push(say("print-dial", &[("number", ltr(dial.trim()).into())]));
        let notes = m.online.public_dial_notes();
        if !notes.trim().is_empty() {
            lines.push(notes.trim().to_owned());
        }
    }
    (lines, qr)
}

/// The cover: the program's name, the day printed, the QR code of its published page
/// (or feed) when there is one, and the local resources. A folded list gives it a panel
/// of its own.
fn cover(
    conn: &Connection,
    feed: &Feed,
    meetings: &[Meeting],
    options: &ListOptions,
    lang: Lang,
    today: NaiveDate,
) -> Result<Vec<Block>> {
    let say = |id: &str, args: &[(&str, Arg)]| i18n::message(lang, id, args);
    let folded = options.layout.has_cover();
    // A feed someone named is the list's name; the whole program of one group is that
    // group's list, as on the members' page.
    let name = if feed.name != feeds::DEFAULT_NAME {
        feed.name.clone()
    } else {
        crate::page::program_name(meetings)
    };
    let mut blocks = vec![];
    if folded {
        blocks.push(Block::Gap(36.0));
    }
    let title = say("print-title", &[]);
    if name.is_empty() {
        blocks.push(Block::Center {
            text: title,
            size: 20.0,
            bold: true,
        });
    } else {
        blocks.push(Block::Center {
            text: name,
            size: 20.0,
            bold: true,
        });
        blocks.push(Block::Center {
            text: title,
            size: 12.0,
            bold: false,
        });
    }
    blocks.push(Block::Center {
        text: say("print-printed", &[("date", i18n::date(lang, today).into())]),
        size: 9.0,
        bold: false,
    });
    let address = match feeds::page_url_of(conn, feed)? {
        Some(page) => Some(page),
        None => feeds::public_url_of(conn, feed.id)?.map(|u| feeds::webcal(&u)),
    };
    if let Some(url) = address.filter(|u| crate::pdf::qr_modules(u).is_ok()) {
        blocks.push(Block::Gap(12.0));
        blocks.push(Block::Qr {
            data: url.clone(),
            size: if folded { 120.0 } else { 96.0 },
        });
        blocks.push(Block::Center {
            text: say("print-scan", &[]),
            size: 9.0,
            bold: false,
        });
        blocks.push(Block::Center {
            text: ltr(&url),
            size: 7.5,
            bold: false,
        });
    }
    let local = resources::list(conn)?;
    if !local.is_empty() {
        blocks.push(Block::Gap(14.0));
        blocks.push(Block::Strong(say("print-resources", &[])));
        for r in local {
            blocks.push(Block::Small(resources::one_line(&r.details, ltr)));
        }
    }
    if folded {
        blocks.push(Block::Break);
    }
    Ok(blocks)
}

/// The format codes the list uses, each with its name in the list's language; by
/// fellowship when the list has more than one.
fn legend(meetings: &[Meeting], lang: Lang) -> Vec<Block> {
    let mut used: BTreeMap<&'static str, (Fellowship, BTreeSet<&str>)> = BTreeMap::new();
    for m in meetings {
        for code in &m.formats {
            used.entry(m.fellowship.key())
                .or_insert_with(|| (m.fellowship, BTreeSet::new()))
                .1
                .insert(code.as_str());
        }
    }
    if used.is_empty() {
        return vec![];
    }
    let mut blocks = vec![
        Block::Gap(10.0),
        Block::Heading(i18n::message(lang, "print-legend", &[])),
    ];
    let several = used.len() > 1;
    for (key, (fellowship, codes)) in used {
        if several {
            blocks.push(Block::Strong(i18n::message(
                lang,
                &format!("fellowship-{key}"),
                &[],
            )));
        }
        for code in codes {
            let name = formats::find(fellowship, code).map(|f| f.name(lang));
            blocks.push(Block::Small(match name {
                Some(n) => format!("{code} · {n}"),
                None => code.to_owned(),
            }));
        }
    }
    blocks
}
