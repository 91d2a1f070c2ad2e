//! `import` and `sources`: reading meeting lists in, and the sources kept for refreshes.

use crate::say;
use std::path::PathBuf;

use clap::Subcommand;
use homegroup_core::Error;

use crate::error::CliError;
use crate::{open, runtime, table};

#[derive(clap::Args)]
pub struct ImportArgs {
    /// A file path, or an http(s):// address.
    source: String,
    #[arg(long, value_enum, default_value_t = FormatArg::Auto)]
    format: FormatArg,
    /// Fellowship of the imported meetings (formats are read in its codes).
    #[arg(long, value_enum, default_value_t = FellowshipArg::Other)]
    fellowship: FellowshipArg,
    /// BMLT service body to ask a root server for (repeat for several).
    #[arg(long = "service-body", value_name = "ID")]
    service_bodies: Vec<u32>,
    /// Take the source's version even of meetings edited here.
    #[arg(long)]
    overwrite_local_edits: bool,
    /// Show what would change and change nothing.
    #[arg(long)]
    dry_run: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum FormatArg {
    Auto,
    MeetingGuide,
    Bmlt,
    Ics,
    Csv,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum FellowshipArg {
    Na,
    Smart,
    Other,
}

#[derive(Subcommand)]
pub enum SourcesCommand {
    /// Every source with its refresh schedule and last result.
    List,
    /// Imports sources again: the one given, or every source whose time has come.
    Refresh {
        /// Source id (from `sources list`).
        id: Option<i64>,
        /// Every source due by its schedule (for cron or a systemd timer).
        #[arg(long, conflicts_with = "id")]
        due: bool,
    },
    /// Refreshes a source every N minutes, or only by hand with --off.
    Schedule {
        id: i64,
        #[arg(long, value_name = "MINUTES", conflicts_with = "off")]
        every: Option<u32>,
        #[arg(long)]
        off: bool,
    },
    /// The change reports of a source's last runs.
    Runs {
        id: i64,
        #[arg(long, default_value_t = 10)]
        limit: u32,
    },
}

pub fn import(db: Option<PathBuf>, args: ImportArgs) -> Result<(), CliError> {
    let ImportArgs {
        source,
        format,
        fellowship,
        service_bodies,
        overwrite_local_edits,
        dry_run,
    } = args;
    use homegroup_core::import::{ImportFormat, ImportRequest};
    let fellowship = match fellowship {
        FellowshipArg::Na => homegroup_core::program::fellowship::Fellowship::Na,
        FellowshipArg::Smart => homegroup_core::program::fellowship::Fellowship::Smart,
        FellowshipArg::Other => homegroup_core::program::fellowship::Fellowship::Other,
    };
    let zone = homegroup_core::schedule::zones::system_default();
    let mut req = ImportRequest::new(&source, fellowship, &zone);
    req.format = match format {
        FormatArg::Auto => None,
        FormatArg::MeetingGuide => Some(ImportFormat::MeetingGuide),
        FormatArg::Bmlt => Some(ImportFormat::Bmlt),
        FormatArg::Ics => Some(ImportFormat::Ics),
        FormatArg::Csv => Some(ImportFormat::Csv),
    };
    req.service_bodies = service_bodies;
    req.overwrite_local_edits = overwrite_local_edits;
    let store = std::sync::Arc::new(open(db)?);
    let report = runtime()?.block_on(homegroup_core::import::run(store, req, dry_run, |_| {}))?;
    print_report(&report, dry_run);
    Ok(())
}

pub fn sources(db: Option<PathBuf>, command: SourcesCommand) -> Result<(), CliError> {
    use homegroup_core::import::sources;
    let store = std::sync::Arc::new(open(db)?);
    match command {
        SourcesCommand::List => {
            let list = sources::list(&store.conn())?;
            if list.is_empty() {
                println!("{}", say("cli-sources-none", &[]));
            }
            let rows: Vec<Vec<String>> = list
                .iter()
                .map(|s| {
                    vec![
                        s.id.to_string(),
                        s.format.label().to_owned(),
                        s.meetings.to_string(),
                        s.refresh_minutes
                            .map(|m| format!("every {m} min"))
                            .unwrap_or_else(|| "by hand".into()),
                        s.last_run
                            .as_ref()
                            .map(|r| match (&r.error, &r.report) {
                                (Some(e), _) => format!("{}: failed: {e}", r.at),
                                (None, Some(x)) => format!(
                                    "{}: +{} ~{} -{}",
                                    r.at, x.created, x.updated, x.removed
                                ),
                                _ => r.at.clone(),
                            })
                            .unwrap_or_default(),
                        s.location.clone(),
                    ]
                })
                .collect();
            if !rows.is_empty() {
                print!(
                    "{}",
                    table::render(
                        &["ID", "FORMAT", "MEETINGS", "REFRESH", "LAST RUN", "SOURCE"],
                        &rows
                    )
                );
            }
        }
        SourcesCommand::Refresh { id, due } => {
            let zone = homegroup_core::schedule::zones::system_default();
            let list = if due {
                sources::due(&store.conn(), &homegroup_core::clock::now_utc())?
            } else {
                let id = id.ok_or_else(|| CliError::usage("cli.source_which", &[]))?;
                vec![sources::get(&store.conn(), id)?]
            };
            let mut failed = None;
            let rt = runtime()?;
            for source in list {
                println!("{}:", source.location);
                match rt.block_on(sources::refresh(store.clone(), &source, &zone)) {
                    Ok(report) => print_report(&report, false),
                    Err(e) => {
                        eprintln!("homegroup: {e}");
                        failed = Some(e);
                    }
                }
            }
            if let Some(e) = failed {
                return Err(e.into());
            }
        }
        SourcesCommand::Schedule { id, every, off } => {
            let minutes = if off {
                None
            } else {
                Some(every.ok_or_else(|| {
                    Error::invalid(
                        homegroup_core::Code::SourceInvalidRefresh,
                        "every",
                        "give --every MINUTES or --off",
                    )
                })?)
            };
            store.write(|tx| sources::set_refresh(tx, id, minutes))?;
            match minutes {
                Some(m) => println!(
                    "{}",
                    say(
                        "cli-source-every",
                        &[("id", id.into()), ("minutes", m.into())]
                    )
                ),
                None => println!("{}", say("cli-source-by-hand", &[("id", id.into())])),
            }
        }
        SourcesCommand::Runs { id, limit } => {
            sources::get(&store.conn(), id)?;
            for run in sources::runs(&store.conn(), id, limit)? {
                match (&run.error, &run.report) {
                    (Some(e), _) => println!(
                        "{}  {}",
                        run.at,
                        say("cli-run-failed", &[("error", e.into())])
                    ),
                    (None, Some(r)) => println!(
                        "{}  {}",
                        run.at,
                        say(
                            "cli-run-report",
                            &[
                                ("created", r.created.into()),
                                ("updated", r.updated.into()),
                                ("unchanged", r.unchanged.into()),
                                ("removed", r.removed.into()),
                                ("skipped", r.warnings.len().into()),
                            ]
                        )
                    ),
                    _ => println!("{}", run.at),
                }
            }
        }
    }
    Ok(())
}

fn print_report(report: &homegroup_core::import::ImportReport, dry_run: bool) {
    println!(
        "{}",
        say(
            if dry_run {
                "cli-import-would"
            } else {
                "cli-import-done"
            },
            &[
                ("created", report.created.into()),
                ("updated", report.updated.into()),
                ("unchanged", report.unchanged.into()),
                ("removed", report.removed.into()),
            ]
        )
    );
    if dry_run {
        for n in &report.created_names {
            println!("  + {n}");
        }
        for n in &report.updated_names {
            println!("  ~ {n}");
        }
        for n in &report.removed_names {
            println!("  - {n}");
        }
    }
    for name in &report.kept_local_edits {
        println!("{}", say("cli-import-kept", &[("name", name.into())]));
    }
    for w in &report.warnings {
        let sentence = w.words(crate::lang());
        eprintln!(
            "homegroup: {}",
            say(
                if w.skipped {
                    "cli-import-skipped"
                } else {
                    "cli-import-partly"
                },
                &[("warning", sentence.into())]
            )
        );
    }
}
