//! `homegroup`: the headless command line over homegroup-core. It parses arguments,
//! calls the core and prints; rules live in the core.

mod publish;
mod table;

// The shipped programs allocate with mimalloc: an import or export makes hundreds of
// thousands of small strings, and mimalloc cut the import benchmark by 15-20 % over
// glibc's allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use homegroup_core::feeds::{self, server, FeedFormat};
use homegroup_core::occurrences::{self, MeetingFilter, OccurrenceStatus};
use homegroup_core::{meetings, store, Error, Store};

mod error;
use error::CliError;

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
    /// Imports a published meeting list from a file or a URL. Re-importing the same
    /// source updates the same meetings; nothing changes if the import fails.
    Import {
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
    },
    /// Attendance numbers per occurrence (counts only, never a nickname).
    Attendance {
        #[command(subcommand)]
        command: AttendanceCommand,
    },
    /// Checks an attendance slip: its code, or the text of its QR code. Exits non-zero
    /// with the reason when the slip does not verify.
    Verify {
        /// The slip code (7K3Q-9XDA-M2PF) or the QR code's text (HG1.…).
        code: String,
    },
    /// Signs an attendance slip for a member's check-ins at a group's meetings.
    Slip {
        #[arg(long, value_name = "ID")]
        group: i64,
        #[arg(long, value_name = "ID")]
        member: i64,
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: NaiveDate,
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: NaiveDate,
        /// Write the printable PDF here (else print the code and token).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Verification keys: export a group's public key, trust another group's.
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
    /// Backs the database up: into the rotating backups folder beside it, or to --out.
    Backup {
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// List the backups instead of making one.
        #[arg(long)]
        list: bool,
    },
    /// Replaces the database with a backup, after checking the backup (the current
    /// database is backed up first). A backup made under another passphrase takes
    /// it from HOMEGROUP_BACKUP_PASSPHRASE.
    Restore { file: PathBuf },
    /// Encrypts the database with a passphrase (from HOMEGROUP_NEW_PASSPHRASE), changes
    /// it, or removes it.
    Passphrase {
        #[command(subcommand)]
        command: PassphraseCommand,
    },
    /// Sources imported before: list them, refresh them, schedule refreshes.
    Sources {
        #[command(subcommand)]
        command: SourcesCommand,
    },
    /// Writes the program as an iCalendar file or a Meeting Guide JSON feed.
    Export {
        #[command(subcommand)]
        command: ExportCommand,
    },
    /// Calendar feeds members subscribe to.
    Feeds {
        #[command(subcommand)]
        command: FeedsCommand,
    },
    /// Publishes feeds to CalDAV calendars and WebDAV folders (all saved targets, the
    /// one given with --url, which is saved for next time, or with --due only those with
    /// something to do), printing where members subscribe.
    Publish(publish::PublishArgs),
    /// The wall flyer as PDF: a feed's QR code and the coming week. The QR code carries
    /// the feed's public address once it is published.
    Flyer(publish::FlyerArgs),
    /// Serves every feed over HTTP until interrupted, printing each feed's URL once
    /// listening.
    Serve {
        /// Address to listen on; 0.0.0.0 shares the feeds with the local network.
        #[arg(long, value_name = "ADDR", default_value_t = std::net::SocketAddr::from(([127, 0, 0, 1], server::DEFAULT_PORT)))]
        bind: std::net::SocketAddr,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum FormatArg {
    Auto,
    MeetingGuide,
    Bmlt,
    Ics,
    Csv,
}

#[derive(Subcommand)]
enum PassphraseCommand {
    /// Sets or changes the passphrase to HOMEGROUP_NEW_PASSPHRASE.
    Set {
        /// What to do with older backups that are not encrypted: encrypt them with the
        /// new passphrase, or delete them (asked for when there are any).
        #[arg(long, value_enum)]
        old_backups: Option<OldBackupsArg>,
    },
    /// Stores the database unencrypted again.
    Remove,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum OldBackupsArg {
    Reencrypt,
    Remove,
}

#[derive(Subcommand)]
enum KeysCommand {
    /// The group's public keys and verification instructions (nothing about members).
    Export {
        #[arg(long, value_name = "ID")]
        group: i64,
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Trusts the keys in a group's export file (and learns of its revocations).
    Trust { file: PathBuf },
    /// Revokes a group's key: its slips stop verifying; the next slip gets a new key.
    Revoke {
        #[arg(long, value_name = "ID")]
        group: i64,
    },
}

#[derive(Subcommand)]
enum AttendanceCommand {
    /// One line per occurrence: held, attendance, newcomers, members, returning, chips.
    Report {
        #[arg(long, value_name = "ID")]
        meeting: i64,
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: NaiveDate,
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: NaiveDate,
        /// CSV (a SMART-style meeting report) instead of a table.
        #[arg(long)]
        csv: bool,
    },
}

#[derive(Subcommand)]
enum SourcesCommand {
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

#[derive(Clone, Copy, clap::ValueEnum)]
enum FellowshipArg {
    Na,
    Smart,
    Other,
}

#[derive(Subcommand)]
enum ExportCommand {
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

#[derive(Subcommand)]
enum FeedsCommand {
    /// Each feed's name and address (the whole-program feed is made if missing).
    List {
        #[arg(long)]
        json: bool,
        /// Base address the feed server is reached at.
        #[arg(long, value_name = "URL", default_value_t = format!("http://127.0.0.1:{}", server::DEFAULT_PORT))]
        base: String,
    },
    /// The port the app serves feeds on (8737 unless set). Subscribed calendars and
    /// printed flyers carry it, so change it only when another program needs it; 0
    /// takes any free port at the next start and keeps it.
    Port { port: Option<u16> },
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
    // Warnings and errors to stderr (the feed server's 5xx among them);
    // HOMEGROUP_LOG=info shows more.
    let filter = tracing_subscriber::EnvFilter::try_from_env("HOMEGROUP_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .init();
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("homegroup: {e}");
            match e.code() {
                "database.passphrase_required" => {
                    eprintln!("homegroup: set HOMEGROUP_PASSPHRASE to the database's passphrase")
                }
                "database.plaintext_backups" => eprintln!(
                    "homegroup: add --old-backups reencrypt (or --old-backups remove) to `passphrase set`"
                ),
                _ => {}
            }
            ExitCode::FAILURE
        }
    }
}

fn runtime() -> Result<tokio::runtime::Runtime, Error> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::Io {
            path: "the network runtime".into(),
            source: e,
        })
}

fn print_report(report: &homegroup_core::import::ImportReport, dry_run: bool) {
    let would = if dry_run { "would be " } else { "" };
    println!(
        "{} {would}created, {} {would}updated, {} unchanged, {} {would}removed",
        report.created, report.updated, report.unchanged, report.removed
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
        println!(
            "kept your edits to \"{name}\" (--overwrite-local-edits takes the source's version)"
        );
    }
    for w in &report.warnings {
        eprintln!("homegroup: skipped {w}");
    }
}

/// An encrypted database's passphrase comes from HOMEGROUP_PASSPHRASE (never an
/// argument, which would land in the shell's history and the process list).
fn open(db: Option<PathBuf>) -> Result<Store, Error> {
    let passphrase = std::env::var("HOMEGROUP_PASSPHRASE").ok();
    Store::open_with(&store::paths::resolve(db)?, passphrase.as_deref())
}

fn write_out(out: Option<PathBuf>, body: &str) -> Result<(), CliError> {
    match out {
        None => {
            use std::io::Write;
            std::io::stdout()
                .write_all(body.as_bytes())
                .map_err(|source| {
                    Error::Io {
                        path: "standard output".into(),
                        source,
                    }
                    .into()
                })
        }
        Some(path) => write_file(&path, body.as_bytes()),
    }
}

/// Writes beside the target and renames, so a reader never sees half a file.
fn write_file(path: &std::path::Path, bytes: &[u8]) -> Result<(), CliError> {
    let tmp = path.with_extension("partial");
    std::fs::write(&tmp, bytes)
        .and_then(|_| std::fs::rename(&tmp, path))
        .map_err(|e| CliError::usage("cli.write", format!("cannot write {}: {e}", path.display())))
}

fn run(cli: Cli) -> Result<(), CliError> {
    match cli.command {
        Command::Export {
            command: ExportCommand::Ics { out, feed },
        } => {
            let store = open(cli.db)?;
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
        Command::Export {
            command: ExportCommand::MeetingGuide { out },
        } => {
            let store = open(cli.db)?;
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
        Command::Feeds {
            command: FeedsCommand::List { json, base },
        } => {
            let store = open(cli.db)?;
            let list = store.write(|tx| {
                feeds::ensure_default(tx)?;
                feeds::list(tx)
            })?;
            if json {
                let publish_of = |store: &Store, id| {
                    store.read(|c| homegroup_core::publish::public_url_of(c, id))
                };
                let v: Vec<serde_json::Value> = list
                    .iter()
                    .map(|f| {
                        Ok(serde_json::json!({
                            "name": f.name,
                            "scope": f.scope,
                            // This computer's feed server (or the network's, with --base).
                            "url": feeds::url(&base, f, FeedFormat::Ics),
                            "json": feeds::url(&base, f, FeedFormat::Json),
                            // Where members subscribe from anywhere, once published.
                            "public_url": publish_of(&store, f.id)?,
                        }))
                    })
                    .collect::<Result<_, Error>>()?;
                println!(
                    "{}",
                    serde_json::to_string_pretty(&v).expect("JSON serialises")
                );
            } else {
                let rows: Vec<Vec<String>> = list
                    .iter()
                    .map(|f| vec![f.name.clone(), feeds::url(&base, f, FeedFormat::Ics)])
                    .collect();
                print!("{}", table::render(&["FEED", "URL"], &rows));
            }
        }
        Command::Feeds {
            command: FeedsCommand::Port { port },
        } => {
            use homegroup_core::settings::{self, FEEDS_PORT};
            let store = open(cli.db)?;
            match port {
                Some(p) => {
                    store.write(|tx| settings::set(tx, FEEDS_PORT, &p.to_string()))?;
                    println!("feeds are served on port {p} from the app's next start");
                }
                None => {
                    let p = settings::get(&store.conn(), FEEDS_PORT)?
                        .unwrap_or_else(|| server::DEFAULT_PORT.to_string());
                    println!("{p}");
                }
            }
        }
        Command::Import {
            source,
            format,
            fellowship,
            service_bodies,
            overwrite_local_edits,
            dry_run,
        } => {
            use homegroup_core::import::{ImportFormat, ImportRequest};
            let fellowship = match fellowship {
                FellowshipArg::Na => homegroup_core::fellowship::Fellowship::Na,
                FellowshipArg::Smart => homegroup_core::fellowship::Fellowship::Smart,
                FellowshipArg::Other => homegroup_core::fellowship::Fellowship::Other,
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
            let store = std::sync::Arc::new(open(cli.db)?);
            let report =
                runtime()?.block_on(homegroup_core::import::run(store, req, dry_run, |_| {}))?;
            print_report(&report, dry_run);
        }
        Command::Attendance {
            command:
                AttendanceCommand::Report {
                    meeting,
                    from,
                    to,
                    csv,
                },
        } => {
            use homegroup_core::night;
            let store = open(cli.db)?;
            let today = homegroup_core::clock::today();
            let rows = night::report(&store.conn(), meeting, from, to, today)?;
            if csv {
                print!("{}", night::report_csv(&rows));
            } else {
                let table_rows: Vec<Vec<String>> = rows
                    .iter()
                    .map(|r| {
                        vec![
                            r.occurrence.replace('T', " "),
                            match (r.recorded, r.held) {
                                (false, _) => "-".into(),
                                (true, true) => "yes".into(),
                                (true, false) => "no".into(),
                            },
                            r.attendance.to_string(),
                            r.newcomers.to_string(),
                            r.members.to_string(),
                            r.returning.to_string(),
                            r.chips.to_string(),
                        ]
                    })
                    .collect();
                print!(
                    "{}",
                    table::render(
                        &[
                            "OCCURRENCE",
                            "HELD",
                            "ATTENDANCE",
                            "NEWCOMERS",
                            "CHECKED IN",
                            "RETURNING",
                            "CHIPS"
                        ],
                        &table_rows
                    )
                );
            }
        }
        Command::Backup { out, list } => {
            let store = open(cli.db)?;
            if list {
                for b in store::backup::list(&store::backup::dir_for(store.path()))? {
                    let protection = if b.encrypted {
                        "encrypted"
                    } else {
                        "NOT encrypted"
                    };
                    println!(
                        "{}  {:>10} bytes  {protection:<13}  {}",
                        b.made_at, b.bytes, b.path
                    );
                }
            } else if let Some(path) = out {
                store.backup_to(&path)?;
                println!("{}", path.display());
            } else {
                println!("{}", store.backup_now()?.path);
            }
        }
        Command::Restore { file } => {
            let store = open(cli.db)?;
            let other = std::env::var("HOMEGROUP_BACKUP_PASSPHRASE").ok();
            store.restore_from(&file, other.as_deref())?;
            println!(
                "restored from {} (the previous database is in {})",
                file.display(),
                store::backup::dir_for(store.path()).display()
            );
        }
        Command::Passphrase { command } => {
            let store = open(cli.db)?;
            match command {
                PassphraseCommand::Set { old_backups } => {
                    let new = std::env::var("HOMEGROUP_NEW_PASSPHRASE").map_err(|_| {
                        CliError::usage(
                            "cli.passphrase_missing",
                            "set HOMEGROUP_NEW_PASSPHRASE to the new passphrase",
                        )
                    })?;
                    let old_backups = old_backups.map(|o| match o {
                        OldBackupsArg::Reencrypt => store::OldBackups::Reencrypt,
                        OldBackupsArg::Remove => store::OldBackups::Remove,
                    });
                    store.set_passphrase(Some(&new), old_backups)?;
                    println!("the database is encrypted; keep the passphrase somewhere safe: without it the data cannot be recovered");
                }
                PassphraseCommand::Remove => {
                    store.set_passphrase(None, None)?;
                    println!("the database is no longer encrypted");
                }
            }
        }
        Command::Verify { code } => {
            let store = open(cli.db)?;
            let slip = homegroup_core::slips::verify(&store.conn(), &code)?;
            println!(
                "valid: {} attended, as signed by {} on {} (key {}):",
                slip.nickname, slip.group, slip.issued, slip.key_id
            );
            for e in &slip.entries {
                println!("  {}  {}", e.occurrence.replace('T', " "), e.meeting);
            }
        }
        Command::Slip {
            group,
            member,
            from,
            to,
            out,
        } => {
            let store = open(cli.db)?;
            let today = homegroup_core::clock::today();
            let slip = store
                .write(|tx| homegroup_core::slips::issue(tx, group, member, from, to, today))?;
            match out {
                Some(path) => {
                    let bytes = homegroup_core::slips::pdf(&slip)?;
                    std::fs::write(&path, bytes).map_err(|e| Error::Io {
                        path: path.clone(),
                        source: e,
                    })?;
                    println!("{}", slip.code);
                }
                None => println!("{}\n{}", slip.code, slip.token),
            }
        }
        Command::Keys { command } => {
            use homegroup_core::slips;
            let store = open(cli.db)?;
            match command {
                KeysCommand::Export { group, out } => {
                    let text = store.write(|tx| slips::export_public(tx, group))?;
                    write_out(out, &text)?;
                }
                KeysCommand::Trust { file } => {
                    let text = std::fs::read_to_string(&file).map_err(|e| Error::Io {
                        path: file.clone(),
                        source: e,
                    })?;
                    let n = store.write(|tx| slips::trust(tx, &text))?;
                    println!("{n} key(s) trusted");
                }
                KeysCommand::Revoke { group } => {
                    store.write(|tx| slips::revoke(tx, group))?;
                    println!("revoked; slips it signed no longer verify");
                }
            }
        }
        Command::Sources { command } => {
            use homegroup_core::import::sources;
            let store = std::sync::Arc::new(open(cli.db)?);
            match command {
                SourcesCommand::List => {
                    let list = sources::list(&store.conn())?;
                    if list.is_empty() {
                        println!(
                            "No import sources yet. Import one with `homegroup import FILE|URL`."
                        );
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
                        sources::due(&store.conn(), &homegroup_core::store::now_utc())?
                    } else {
                        let id = id.ok_or_else(|| {
                            CliError::usage("cli.source_which", "name a source id, or use --due")
                        })?;
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
                        Some(m) => println!("source {id} refreshes every {m} minutes"),
                        None => println!("source {id} refreshes only by hand"),
                    }
                }
                SourcesCommand::Runs { id, limit } => {
                    sources::get(&store.conn(), id)?;
                    for run in sources::runs(&store.conn(), id, limit)? {
                        match (&run.error, &run.report) {
                            (Some(e), _) => println!("{}  failed: {e}", run.at),
                            (None, Some(r)) => println!(
                                "{}  {} created, {} updated, {} unchanged, {} removed{}",
                                run.at,
                                r.created,
                                r.updated,
                                r.unchanged,
                                r.removed,
                                if r.warnings.is_empty() {
                                    String::new()
                                } else {
                                    format!(", {} skipped", r.warnings.len())
                                }
                            ),
                            _ => println!("{}", run.at),
                        }
                    }
                }
            }
        }
        Command::Publish(args) => publish::publish(&open(cli.db)?, args)?,
        Command::Flyer(args) => publish::flyer(&open(cli.db)?, args)?,
        Command::Serve { bind } => {
            let store = std::sync::Arc::new(open(cli.db)?);
            let list = store.write(|tx| {
                feeds::ensure_default(tx)?;
                feeds::list(tx)
            })?;
            let serving = |source| Error::Io {
                path: format!("the feed server on {bind}").into(),
                source,
            };
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()
                .map_err(serving)?;
            runtime.block_on(async move {
                let listener = server::bind(bind).await?;
                let addr = listener.local_addr().map_err(serving)?;
                let base = format!("http://{addr}");
                // Written without println!: a reader that stops reading (`| head -1`)
                // must not bring the server down.
                use std::io::Write;
                let mut out = std::io::stdout();
                for f in &list {
                    let _ = writeln!(out, "{}", feeds::url(&base, f, FeedFormat::Ics));
                    let _ = writeln!(out, "{}", feeds::url(&base, f, FeedFormat::Json));
                }
                let _ = out.flush();
                server::serve(listener, store, async {
                    let _ = tokio::signal::ctrl_c().await;
                })
                .await
                .map_err(serving)
            })?;
        }
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
                return Err(CliError::usage(
                    "cli.range",
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
