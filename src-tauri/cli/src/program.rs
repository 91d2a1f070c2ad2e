//! `meetings`, `occurrences` and `export`: the program as a table, JSON, iCalendar or
//! a Meeting Guide feed.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Subcommand;
use homegroup_core::feeds;
use homegroup_core::meetings;
use homegroup_core::occurrences::{self, MeetingFilter, OccurrenceStatus};

use crate::error::CliError;
use crate::{open, table, write_out};

#[derive(Subcommand)]
pub enum MeetingsCommand {
    /// Lists every meeting with its schedule (the rule as RFC 5545 writes it).
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
}

#[derive(clap::Args)]
pub struct OccurrencesArgs {
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: NaiveDate,
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: NaiveDate,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

#[derive(Subcommand)]
pub enum ExportCommand {
    /// RFC 5545 calendar (one event per meeting, with its rule and changes).
    Ics {
        /// Write here instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Export what this feed publishes (by name; default: the whole program).
        #[arg(long, value_name = "NAME")]
        feed: Option<String>,
    },
    /// Meeting Guide JSON (weekly meetings; others are named on standard error).
    MeetingGuide {
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

/// A schedule as the CLI prints it: the rule as RFC 5545 writes it (what other
/// calendar tools take), then the time and zone. The window says it in words, in the
/// person's language (ui/src/lib/scheduleText.ts): one wording, not two.
fn when(s: &homegroup_core::schedule::Schedule) -> String {
    let (rule, dates) = homegroup_core::schedule::rule::to_stored(&s.recurrence);
    let mut out = if !rule.is_empty() {
        format!("{rule} from {}", s.start_date)
    } else if dates.is_empty() {
        format!("once {}", s.start_date)
    } else {
        let mut all: Vec<String> = std::iter::once(s.start_date)
            .chain(dates)
            .map(|d| d.to_string())
            .collect();
        all.sort();
        all.dedup();
        all.join(",")
    };
    out.push_str(&format!(" {} {}", s.start_time.format("%H:%M"), s.timezone));
    if let Some(end) = s.end_date.filter(|_| !rule.is_empty()) {
        out.push_str(&format!(" until {end}"));
    }
    out
}

pub fn meetings(db: Option<PathBuf>, command: MeetingsCommand) -> Result<(), CliError> {
    let MeetingsCommand::List { json } = command;
    let store = open(db)?;
    let list = meetings::list(&store.conn())?;
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&list).expect("meetings serialise")
        );
    } else if list.is_empty() {
        println!("No meetings yet. Add one in the Homegroup app or import a meeting list.");
    } else {
        let rows = list
            .iter()
            .map(|m| {
                vec![
                    m.id.to_string(),
                    m.name.clone(),
                    m.fellowship.key().to_uppercase(),
                    m.mode.key().replace('_', "-"),
                    when(&m.schedule),
                ]
            })
            .collect::<Vec<_>>();
        print!(
            "{}",
            table::render(&["ID", "NAME", "FELLOWSHIP", "MODE", "WHEN"], &rows)
        );
    }
    Ok(())
}

pub fn occurrences(db: Option<PathBuf>, args: OccurrencesArgs) -> Result<(), CliError> {
    let OccurrencesArgs { from, to, json } = args;
    if to < from {
        return Err(CliError::usage(
            "cli.range",
            format!("--to {to} is before --from {from}"),
        ));
    }
    let store = open(db)?;
    let (lo, hi) = occurrences::window_for_dates(from, to);
    let list: Vec<_> = occurrences::between(&store.conn(), lo, hi, &MeetingFilter::default())?
        .into_iter()
        .filter(|o| {
            let day = &o.local_start[..10];
            day >= from.to_string().as_str() && day <= to.to_string().as_str()
        })
        .collect();
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&list).expect("occurrences serialise")
        );
    } else if list.is_empty() {
        println!("No meetings between {from} and {to}.");
    } else {
        let rows = list
            .iter()
            .map(|o| {
                let status = match o.status {
                    OccurrenceStatus::Scheduled => String::new(),
                    OccurrenceStatus::Cancelled => "CANCELLED".into(),
                    OccurrenceStatus::Moved => {
                        format!("MOVED from {}", o.key.replace('T', " "))
                    }
                    OccurrenceStatus::Closed => "CLOSED".into(),
                };
                vec![
                    o.local_start.replace('T', " "),
                    o.timezone.clone(),
                    o.name.clone(),
                    [status, o.note.clone()]
                        .into_iter()
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(": "),
                ]
            })
            .collect::<Vec<_>>();
        print!(
            "{}",
            table::render(&["LOCAL START", "ZONE", "MEETING", "STATUS"], &rows)
        );
    }
    Ok(())
}

pub fn export(db: Option<PathBuf>, command: ExportCommand) -> Result<(), CliError> {
    match command {
        ExportCommand::Ics { out, feed } => {
            let store = open(db)?;
            let body = store.write(|tx| {
                let feed = match &feed {
                    None => feeds::ensure_default(tx)?,
                    Some(name) => feeds::by_name(tx, name)?,
                };
                let meetings = feeds::meetings_of(tx, &feed)?;
                homegroup_core::ics::export::calendar(tx, &meetings, &feed.name)
            })?;
            write_out(out, &body)?;
        }
        ExportCommand::MeetingGuide { out } => {
            let store = open(db)?;
            let list: Vec<_> = meetings::list(&store.conn())?
                .into_iter()
                .filter(|m| m.status == meetings::MeetingStatus::Active)
                .collect();
            let export = homegroup_core::meeting_guide::export(&list);
            for name in &export.skipped {
                eprintln!(
                    "homegroup: left out \"{name}\": Meeting Guide lists weekly meetings only"
                );
            }
            let body = serde_json::to_string_pretty(&export.meetings).expect("JSON serialises");
            write_out(out, &(body + "\n"))?;
        }
    }
    Ok(())
}
