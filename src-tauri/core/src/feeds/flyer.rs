//! The printable flyer for the meeting-room wall: the feed's name, a QR code members
//! scan to subscribe, the address in words, and the coming week's meetings with any
//! cancellations and moves. Built from meetings only, like every public output.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use rusqlite::Connection;

use super::{meetings_of, Feed};
use crate::error::Result;
use crate::i18n::{self, Lang};
use crate::pdf::{self, Block};
use crate::program::occurrences::{self, MeetingFilter, OccurrenceStatus};

/// How far the address on a flyer reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// A published address on a server that is always on.
    Public,
    /// This computer's feed server, shared on the local network.
    Wifi,
}

/// The address a flyer carries: the feed's public address once it is published, else
/// the local network's (with a warning printed on the sheet). An address only this
/// computer can reach is refused: a phone scanning it would find nothing.
pub fn address(
    conn: &Connection,
    feed: &Feed,
    base: Option<&str>,
    lan: bool,
) -> Result<(String, Reach)> {
    if let Some(public) = super::public_url_of(conn, feed.id)? {
        return Ok((super::webcal(&public), Reach::Public));
    }
    match base {
        Some(base) if lan => Ok((
            super::webcal(&super::url(base, feed, super::FeedFormat::Ics)),
            Reach::Wifi,
        )),
        _ => Err(crate::Error::invalid(
            crate::error::Code::FlyerLocalOnly,
            "feed",
            format!(
                "'{}' is served on this computer only, so a phone cannot reach the flyer's address; publish it first (homegroup publish --kind webdav --url … --public-url …) or share the feeds on the local network",
                feed.name
            ),
        )),
    }
}

/// The flyer as PDF bytes. `subscribe_url` is what the QR code holds (from
/// [`address`]), `today` the first day of the week shown.
pub fn flyer(
    conn: &Connection,
    feed: &Feed,
    (subscribe_url, reach): (&str, Reach),
    today: NaiveDate,
    lang: Lang,
) -> Result<Vec<u8>> {
    let say = |id: &str| i18n::message(lang, id, &[]);
    let mut listed = meetings_of(conn, feed)?;
    // The whole program's sheet on a group's wall shows the group's own meetings (made
    // here, not imported) when there are any: after an import of an area's list it grew
    // to fifteen pages of other groups' meetings.
    if feed.scope == super::FeedScope::Program && listed.iter().any(|m| !m.imported) {
        listed.retain(|m| !m.imported);
    }
    let meetings: std::collections::HashMap<i64, crate::program::meetings::Meeting> =
        listed.into_iter().map(|m| (m.id, m)).collect();
    let (from, to) = occurrences::window_for_dates(today, today + Duration::days(6));
    let occ: Vec<_> = occurrences::between(conn, from, to, &MeetingFilter::default())?
        .into_iter()
        .filter(|o| meetings.contains_key(&o.meeting_id))
        .filter(|o| {
            let d: NaiveDate = o.local_start[..10].parse().unwrap_or(today);
            d >= today && d <= today + Duration::days(6)
        })
        .collect();

    // A reader on the wall cannot guess a zone: when the feed's meetings keep different
    // zones, every time says its own.
    let mixed = occ
        .iter()
        .any(|o| occ.first().is_some_and(|f| f.timezone != o.timezone));
    // The feed every program has is named by the app, in English: the sheet names it in
    // its own language. A feed someone named keeps their name.
    let title = if feed.name == super::DEFAULT_NAME {
        say("feeds-program_name")
    } else {
        feed.name.clone()
    };
    // The QR code opens the meeting finder page where there is one (any phone opens a
    // web page; Android opens no webcal:// address); the calendar address stays in words.
    let page = match super::page_url_of(conn, feed)? {
        Some(page) => Some(page),
        None if reach == Reach::Wifi && feed.scope == super::FeedScope::Program => {
            local_page(subscribe_url)
        }
        None => None,
    };
    let scan = match &page {
        Some(_) => say("flyer-scan-page"),
        None => say("flyer-scan-calendar"),
    };
    let blocks = vec![
        Block::Title(title),
        Block::Text(scan),
        Block::Gap(6.0),
        Block::Qr {
            data: page.unwrap_or_else(|| subscribe_url.to_owned()),
            size: 220.0,
        },
        Block::Small(say("flyer-updates")),
        Block::Gap(10.0),
        Block::Heading(say("flyer-week")),
    ];
    // The week's entries, each with the day line that opens it; kept apart so the sheet
    // can be cut to one page between entries.
    let mut entries: Vec<Vec<Block>> = vec![];
    let mut last_day = String::new();
    for o in &occ {
        let mut entry = vec![];
        let day = &o.local_start[..10];
        if day != last_day {
            let d: NaiveDate = day.parse().unwrap_or(today);
            entry.push(Block::Gap(4.0));
            entry.push(Block::Strong(i18n::weekday_date(lang, d)));
            last_day = day.to_owned();
        }
        let status = match o.status {
            OccurrenceStatus::Cancelled | OccurrenceStatus::Closed => {
                format!(" — {}", say("flyer-cancelled"))
            }
            OccurrenceStatus::Moved => format!(" — {}", say("flyer-moved")),
            OccurrenceStatus::Scheduled => String::new(),
        };
        let place = if o.location.is_empty() {
            // On the wall for anyone to read: no passcode unless the group allows it.
            match meetings.get(&o.meeting_id) {
                Some(m) => m.online.public_link(&o.url),
                None => String::new(),
            }
        } else {
            o.location.clone()
        };
        let zone = if mixed {
            o.timezone
                .parse::<chrono_tz::Tz>()
                .map(|tz| format!(" {}", o.start.with_timezone(&tz).format("%Z")))
                .unwrap_or_else(|_| format!(" {}", o.timezone))
        } else {
            String::new()
        };
        // The time with its zone reads left to right as one, and the name and the place
        // each in their own direction, whatever the sheet's: on a Persian flyer "19:30
        // PST" stays together at the line's start (its right), the Latin name beside it.
        entry.push(Block::Item(format!(
            "\u{2066}{}{zone}\u{2069}  \u{2068}{}\u{2069}{}{}",
            &o.local_start[11..16],
            o.name,
            status,
            if place.is_empty() {
                String::new()
            } else {
                format!(" · \u{2068}{place}\u{2069}")
            }
        )));
        entries.push(entry);
    }
    let mut tail = vec![];
    // The program's local resources print on every sheet that leaves the room.
    let local = crate::program::resources::list(conn)?;
    if !local.is_empty() {
        tail.push(Block::Gap(10.0));
        tail.push(Block::Strong(say("print-resources")));
        for r in &local {
            tail.push(Block::Small(crate::program::resources::one_line(
                &r.details,
                |s| format!("\u{2066}{s}\u{2069}"),
            )));
        }
    }
    tail.extend([Block::Gap(14.0), Block::Small(say("flyer-type-address"))]);
    tail.push(Block::Small(subscribe_url.into()));
    if reach == Reach::Wifi {
        tail.push(Block::Strong(say("flyer-wifi-only")));
    }
    tail.push(Block::Small(say("flyer-refresh")));
    // A wall flyer is one sheet: as many of the week's entries as fit, then how many more
    // the code shows. The most that fit is found by halving (each try lays the sheet out).
    let sheet = |kept: usize| -> Vec<Block> {
        let mut all = blocks.clone();
        all.extend(entries[..kept].iter().flatten().cloned());
        let more = entries.len() - kept;
        if more > 0 {
            all.push(Block::Gap(4.0));
            all.push(Block::Strong(i18n::message(
                lang,
                "flyer-more",
                &[("count", more.into())],
            )));
        }
        all.extend(tail.iter().cloned());
        all
    };
    let (mut fits, mut over) = (0, entries.len() + 1);
    if pdf::page_count(&sheet(entries.len()), lang.rtl())? == 1 {
        fits = entries.len();
    } else {
        while over - fits > 1 {
            let mid = (fits + over) / 2;
            if pdf::page_count(&sheet(mid), lang.rtl())? == 1 {
                fits = mid;
            } else {
                over = mid;
            }
        }
    }
    pdf::render(&sheet(fits), lang.rtl())
}

/// The feed server's own page (`http://HOST:PORT/`) for an address it serves.
fn local_page(feed_address: &str) -> Option<String> {
    let (_, rest) = feed_address.split_once("://")?;
    let host = rest.split('/').next().filter(|h| !h.is_empty())?;
    Some(format!("http://{host}/"))
}

/// Today in the computer's zone, for callers without a date of their own.
pub fn today(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&chrono::Local).date_naive()
}
