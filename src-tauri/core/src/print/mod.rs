//! The printed meeting list: the area's meetings on paper to fold into a pocket, tape to
//! a door or leave at a hospital, as service bodies print them (a full page, a three- or
//! four-panel fold, a booklet). Built from meetings only, like every public output: a
//! list carries no member, no attendance and no private passcode.
//!
//! `list` decides what the list says (sections, groups, entries, the legend of the codes
//! used, the cover and local resources); `impose` where its frames go on paper; the text
//! is laid out by [`crate::pdf`].

mod impose;
mod list;

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use impose::{ListLayout, Paper};

use crate::error::{Code, Error, Result};
use crate::feeds;
use crate::i18n::{self, Arg, Lang};
use crate::pdf::{self, Block};
use crate::schedule::Day;

/// How a list's meetings are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum GroupBy {
    /// By weekday, then time (a "daily" group first for meetings held every day).
    Day,
    /// By city (in a chosen order, then the rest alphabetically), then weekday and time.
    City,
}

/// What to print, as the CLI and the window ask for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ListOptions {
    pub layout: ListLayout,
    pub group_by: GroupBy,
    /// The paper; none: the layout's usual one (Legal for the four-panel fold, else Letter).
    #[serde(default)]
    pub paper: Option<Paper>,
    /// A feed's meetings (its id); none: the whole program.
    #[serde(default)]
    pub feed: Option<i64>,
    /// Exactly this many pages: the type shrinks (within readable limits) to fit.
    #[serde(default)]
    pub pages: Option<u32>,
    /// The day a by-day list starts on; none: Sunday.
    #[serde(default)]
    pub first_day: Option<Day>,
    /// Cities in the order wanted first (a by-city list); the rest follow alphabetically.
    #[serde(default)]
    pub cities: Vec<String>,
    /// Online meetings with a small QR code of their link instead of the link in words.
    #[serde(default)]
    pub link_qr: bool,
}

impl ListOptions {
    /// The whole program in `layout`, by day from Sunday, on the layout's usual paper,
    /// as many pages as it takes.
    pub fn new(layout: ListLayout) -> ListOptions {
        ListOptions {
            layout,
            group_by: GroupBy::Day,
            paper: None,
            feed: None,
            pages: None,
            first_day: None,
            cities: vec![],
            link_qr: false,
        }
    }
}

/// A printed list and what it took.
#[derive(Debug, Clone)]
pub struct Printed {
    pub pdf: Vec<u8>,
    /// Pages as a reader counts them (a booklet's half pages, else sides of paper).
    pub pages: usize,
    /// The meetings listed (a meeting held on several days is counted once).
    pub meetings: usize,
    /// The type size used, as a share of the designed size (1.0 unless fitted).
    pub scale: f32,
    /// The first two sides of paper as SVG, when asked for (the window's preview).
    pub preview: Option<Vec<String>>,
    /// Characters no shipped font draws (they print as empty boxes).
    pub unprintable: Vec<char>,
}

/// What the window's print dialog shows before saving: the first side of paper, and
/// what the whole list takes.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ListPreview {
    /// The first sheet's sides (the first two pages) as SVG, drawn from the same layout
    /// as the PDF.
    pub sides: Vec<String>,
    pub pages: usize,
    pub meetings: usize,
    /// The type size, in percent of the designed size (100 unless fitted to fewer pages).
    pub percent: u32,
    /// Characters no shipped font draws, as text ("中文"): they would print as boxes.
    pub unprintable: String,
}

impl Printed {
    /// The dialog's preview, for a list printed with one.
    pub fn preview(&self) -> Option<ListPreview> {
        Some(ListPreview {
            sides: self.preview.clone()?,
            pages: self.pages,
            meetings: self.meetings,
            percent: (self.scale * 100.0).round() as u32,
            unprintable: self.unprintable.iter().collect(),
        })
    }
}

/// The smallest the type may get to fit a page count: an entry's details at about six
/// points, still readable at arm's length.
const MIN_SCALE: f32 = 0.72;

/// The meeting list of the whole program or one feed, in `lang`, dated `today`; with
/// `preview`, a picture of its first side of paper too.
pub fn meeting_list(
    conn: &Connection,
    options: &ListOptions,
    lang: Lang,
    today: NaiveDate,
    preview: bool,
) -> Result<Printed> {
    let feed = match options.feed {
        Some(id) => feeds::get(conn, id)?,
        None => feeds::ensure_default(conn)?,
    };
    let content = list::content(conn, &feed, options, lang, today)?;
    let layout = options.layout;
    let paper = options.paper.unwrap_or(layout.usual_paper());
    let rtl = lang.rtl();
    let frames_at =
        |scale: f32| pdf::flow(&content.blocks, impose::frame(layout, paper, scale, rtl));

    let (frames, scale) = match options.pages {
        None => (frames_at(1.0)?, 1.0),
        Some(wanted) => {
            let wanted = wanted as usize;
            if wanted == 0
                || (layout == ListLayout::Booklet && !wanted.is_multiple_of(4))
                || (matches!(layout, ListLayout::Trifold | ListLayout::Quadfold)
                    && !wanted.is_multiple_of(2))
            {
                return Err(Error::invalid(
                    Code::PrintPageCount,
                    "pages",
                    format!("{wanted} pages cannot be printed in this layout"),
                ));
            }
            let fits = |frames: &Vec<pdf::Panel>| layout.pages_for(frames.len()) <= wanted;
            let full = frames_at(1.0)?;
            if fits(&full) {
                (full, 1.0)
            } else {
                let smallest = frames_at(MIN_SCALE)?;
                if !fits(&smallest) {
                    return Err(Error::invalid(
                        Code::PrintTooLong,
                        "pages",
                        format!(
                            "the list needs {} pages even at the smallest readable type; allow more pages, or print a feed's meetings",
                            layout.pages_for(smallest.len())
                        ),
                    ));
                }
                // The largest type that fits, found by halving.
                let (mut lo, mut hi, mut best) = (MIN_SCALE, 1.0f32, smallest);
                for _ in 0..7 {
                    let mid = (lo + hi) / 2.0;
                    let frames = frames_at(mid)?;
                    if fits(&frames) {
                        lo = mid;
                        best = frames;
                    } else {
                        hi = mid;
                    }
                }
                (best, lo)
            }
        }
    };
    let pages = match options.pages {
        Some(n) => n as usize,
        None => layout.pages_for(frames.len()),
    };
    let sheets = impose::impose(layout, paper, frames, pages, rtl, |n, width| {
        let number = Block::Center {
            text: i18n::message(lang, "print-page", &[("page", Arg::Number(n as i64))]),
            size: 8.0,
            bold: false,
        };
        let frame = pdf::Frame {
            width,
            height: 20.0,
            scale: 1.0,
            rtl,
        };
        Ok(pdf::flow(&[number], frame)?.remove(0))
    })?;
    Ok(Printed {
        unprintable: pdf::unprintable(&sheets)?.into_iter().collect(),
        pdf: pdf::write(&sheets)?,
        pages,
        meetings: content.meetings,
        scale,
        preview: if preview {
            Some(sheets.iter().take(2).map(pdf::svg).collect::<Result<_>>()?)
        } else {
            None
        },
    })
}

#[cfg(test)]
mod tests;
