//! `meetings`, `occurrences` and `export`: the program as a table, JSON, iCalendar or
//! a Meeting Guide feed.

use crate::say;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Subcommand;
use homegroup_core::program::meetings;
use homegroup_core::program::occurrences::{self, MeetingFilter, OccurrenceStatus};
use homegroup_core::{feeds, i18n, schedule};

use crate::error::CliError;
use crate::{open, table, write_out};

#[derive(Subcommand)]
pub enum MeetingsCommand {
    /// Lists every meeting with its schedule in words (with --json, the rule itself).
    List {
        /// Print JSON instead of a table (each meeting with its `uid`).
        #[arg(long)]
        json: bool,
    },
    /// Adds a meeting from JSON (the fields the app's editor has; see the README) and
    /// prints it as stored, with its `uid`.
    Add {
        /// A file, or - for standard input.
        #[arg(long, value_name = "FILE|-")]
        json: String,
    },
    /// Changes only the fields given (a JSON merge patch, e.g. '{"room": "Hall B"}'),
    /// and prints the meeting as stored.
    Edit {
        uid: String,
        /// The patch itself, a file, or - for standard input.
        #[arg(long, value_name = "PATCH|FILE|-")]
        json: String,
    },
    /// Deletes a meeting (its attendance records go with it).
    Remove { uid: String },
    /// Cancels the meeting on one date.
    Cancel {
        uid: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: NaiveDate,
        /// Why, as members will read it ("Closed for the holiday").
        #[arg(long, value_name = "TEXT", default_value = "")]
        note: String,
    },
}

/// JSON from an argument: inline when it starts with `{`, `-` for standard input, else
/// a file's path.
pub fn read_json(arg: &str) -> Result<serde_json::Value, CliError> {
    let text = if arg.trim_start().starts_with('{') {
        arg.to_owned()
    } else if arg == "-" {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s).map_err(|e| {
            CliError::usage(
                "cli.read",
                &[("file", "-".into()), ("error", e.to_string().into())],
            )
        })?;
        s
    } else {
        std::fs::read_to_string(arg).map_err(|e| {
            CliError::usage(
                "cli.read",
                &[("file", arg.into()), ("error", e.to_string().into())],
            )
        })?
    };
    serde_json::from_str(&text).map_err(|e| {
        CliError::usage(
            "cli.bad_json",
            &[("file", arg.into()), ("error", e.to_string().into())],
        )
    })
}

fn print_json<T: serde::Serialize>(value: &T) {
    println!(
        "{}",
        serde_json::to_string_pretty(value).expect("the value serialises")
    );
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

pub fn meetings(db: Option<PathBuf>, command: MeetingsCommand) -> Result<(), CliError> {
    let json = match command {
        MeetingsCommand::List { json } => json,
        MeetingsCommand::Add { json } => {
            let input = meetings::input_from_json(read_json(&json)?)?;
            let m = open(db)?.write(|tx| meetings::create(tx, &input))?;
            print_json(&m);
            return Ok(());
        }
        MeetingsCommand::Edit { uid, json } => {
            let patch = read_json(&json)?;
            let m = open(db)?.write(|tx| meetings::patch(tx, &uid, &patch))?;
            print_json(&m);
            return Ok(());
        }
        MeetingsCommand::Remove { uid } => {
            open(db)?.write(|tx| meetings::delete(tx, meetings::get_by_uid(tx, &uid)?.id))?;
            return Ok(());
        }
        MeetingsCommand::Cancel { uid, date, note } => {
            open(db)?.write(|tx| {
                let m = meetings::get_by_uid(tx, &uid)?;
                homegroup_core::program::exceptions::cancel_on(tx, m.id, date, &note)
            })?;
            return Ok(());
        }
    };
    let store = open(db)?;
    let list = meetings::list(&store.conn())?;
    let lang = crate::lang();
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&list).expect("meetings serialise")
        );
    } else if list.is_empty() {
        println!("{}", say("cli-meetings-none", &[]));
    } else {
        let rows = list
            .iter()
            .map(|m| {
                vec![
                    m.id.to_string(),
                    m.name.clone(),
                    m.fellowship.key().to_uppercase(),
                    i18n::message(lang, &format!("mode-{}", m.mode.key()), &[]),
                    schedule::words::describe(&m.schedule, lang),
                ]
            })
            .collect::<Vec<_>>();
        print!(
            "{}",
            table::render(
                &[
                    "ID".to_owned(),
                    i18n::message(lang, "meetings-col-name", &[]),
                    i18n::message(lang, "meetings-col-fellowship", &[]),
                    i18n::message(lang, "form-mode", &[]),
                    i18n::message(lang, "meetings-col-when", &[]),
                ],
                &rows
            )
        );
    }
    Ok(())
}

pub fn occurrences(db: Option<PathBuf>, args: OccurrencesArgs) -> Result<(), CliError> {
    let OccurrencesArgs { from, to, json } = args;
    if to < from {
        return Err(CliError::usage(
            "cli.range",
            &[
                ("from", from.to_string().into()),
                ("to", to.to_string().into()),
            ],
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
        println!(
            "{}",
            say(
                "cli-occurrences-none",
                &[
                    ("from", from.to_string().into()),
                    ("to", to.to_string().into())
                ]
            )
        );
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
                homegroup_core::export::ics::export::calendar(tx, &meetings, &feed.name)
            })?;
            write_out(out, &body)?;
        }
        ExportCommand::MeetingGuide { out } => {
            let store = open(db)?;
            let list: Vec<_> = meetings::list(&store.conn())?
                .into_iter()
                .filter(|m| m.status == meetings::MeetingStatus::Active)
                .collect();
            let export = homegroup_core::export::meeting_guide::export(&list);
            for name in &export.skipped {
                eprintln!(
                    "homegroup: {}",
                    say("cli-export-left-out", &[("name", name.into())])
                );
            }
            let body = serde_json::to_string_pretty(&export.meetings).expect("JSON serialises");
            write_out(out, &(body + "\n"))?;
        }
    }
    Ok(())
}
