//! `homegroup`: the headless command line over homegroup-core. It parses arguments,
//! calls the core and prints; rules live in the core.

mod table;

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use homegroup_core::occurrences::{self, MeetingFilter, OccurrenceStatus};
use homegroup_core::{meetings, store, Error, Store};

#[derive(Parser)]
#[command(
    name = "homegroup",
    version,
    about = "Schedules, meeting night and calendar feeds for recovery groups"
)]
struct Cli {
    /// Database file (default: HOMEGROUP_DB, else the user's data directory).
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Meetings in the program.
    Meetings {
        #[command(subcommand)]
        command: MeetingsCommand,
    },
    /// Dated occurrences between two dates (inclusive, each meeting's local dates),
    /// with cancellations, moves and closures applied.
    Occurrences {
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: NaiveDate,
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: NaiveDate,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum MeetingsCommand {
    /// Lists every meeting with its schedule in words.
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("homegroup: {e}");
            ExitCode::FAILURE
        }
    }
}

fn open(db: Option<PathBuf>) -> Result<Store, Error> {
    Store::open(&store::paths::resolve(db)?)
}

fn run(cli: Cli) -> Result<(), Error> {
    match cli.command {
        Command::Meetings {
            command: MeetingsCommand::List { json },
        } => {
            let store = open(cli.db)?;
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
                            m.schedule_text.clone(),
                        ]
                    })
                    .collect::<Vec<_>>();
                print!(
                    "{}",
                    table::render(&["ID", "NAME", "FELLOWSHIP", "MODE", "WHEN"], &rows)
                );
            }
        }
        Command::Occurrences { from, to, json } => {
            if to < from {
                return Err(Error::invalid(
                    "cli.range",
                    "to",
                    format!("--to {to} is before --from {from}"),
                ));
            }
            let store = open(cli.db)?;
            let (lo, hi) = occurrences::window_for_dates(from, to);
            let list: Vec<_> =
                occurrences::between(&store.conn(), lo, hi, &MeetingFilter::default())?
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
        }
    }
    Ok(())
}
