//! `homegroup`: the headless command line over homegroup-core. It parses arguments,
//! calls the core and prints; rules live in the core. A library with one entry,
//! [`main`], so the desktop binary can also serve as `homegroup` (the .deb ships one
//! binary under both names); `src/main.rs` is the stand-alone `homegroup`.

mod attendance;
mod backups;
mod feeds;
mod import;
mod print;
mod program;
mod publish;
mod share;
mod table;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use homegroup_core::{store, Error, Store};

mod error;
mod help;
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

    /// Language of what is printed for people (default: LC_ALL, LC_MESSAGES or LANG):
    /// en, es, pt-BR, fa, or any other the translation catalog holds.
    #[arg(long, global = true, value_name = "TAG")]
    lang: Option<homegroup_core::i18n::Lang>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Meetings in the program.
    Meetings {
        #[command(subcommand)]
        command: program::MeetingsCommand,
    },
    /// Dated occurrences between two dates (inclusive, each meeting's local dates),
    /// with cancellations, moves and closures applied.
    Occurrences(program::OccurrencesArgs),
    /// Imports a published meeting list from a file or a URL. Re-importing the same
    /// source updates the same meetings; nothing changes if the import fails.
    Import(import::ImportArgs),
    /// Attendance numbers per occurrence (counts only, never a nickname).
    Attendance {
        #[command(subcommand)]
        command: attendance::AttendanceCommand,
    },
    /// Checks an attendance slip: its code, or the text of its QR code. Exits non-zero
    /// with the reason when the slip does not verify.
    Verify(attendance::VerifyArgs),
    /// Signs an attendance slip for a member's check-ins at a group's meetings.
    Slip(attendance::SlipArgs),
    /// Verification keys: export a group's public key, trust another group's.
    Keys {
        #[command(subcommand)]
        command: attendance::KeysCommand,
    },
    /// Backs the database up: into the rotating backups folder beside it, or to --out.
    Backup(backups::BackupArgs),
    /// Replaces the database with a backup, after checking the backup (the current
    /// database is backed up first). A backup made under another passphrase takes
    /// it from HOMEGROUP_BACKUP_PASSPHRASE.
    Restore(backups::RestoreArgs),
    /// Encrypts the database with a passphrase (from HOMEGROUP_NEW_PASSPHRASE), changes
    /// it, or removes it.
    Passphrase {
        #[command(subcommand)]
        command: backups::PassphraseCommand,
    },
    /// Sources imported before: list them, refresh them, schedule refreshes.
    Sources {
        #[command(subcommand)]
        command: import::SourcesCommand,
    },
    /// Writes the program as an iCalendar file or a Meeting Guide JSON feed.
    Export {
        #[command(subcommand)]
        command: program::ExportCommand,
    },
    /// Calendar feeds members subscribe to.
    Feeds {
        #[command(subcommand)]
        command: feeds::FeedsCommand,
    },
    /// Publishes feeds to CalDAV calendars and WebDAV folders (all saved targets, the
    /// one given with --url, which is saved for next time, or with --due only those with
    /// something to do), printing where members subscribe.
    Publish(publish::PublishArgs),
    /// The wall flyer as PDF: a feed's QR code and the coming week. The QR code carries
    /// the feed's public address once it is published.
    Flyer(publish::FlyerArgs),
    /// Printed meeting lists: the area's meetings on paper, folded or in pages.
    Print {
        #[command(subcommand)]
        command: print::PrintCommand,
    },
    /// Local resources (helplines, crisis lines, treatment finders) printed on every
    /// list and flyer and carried in the feeds.
    Resources {
        #[command(subcommand)]
        command: print::ResourcesCommand,
    },
    /// Writes the meeting finder page members open from any phone, with the feed's
    /// calendar and its data, to a folder (for a static web host or a USB stick).
    Page(feeds::PageArgs),
    /// Serves every feed over HTTP until interrupted, printing each feed's URL once
    /// listening.
    Serve(feeds::ServeArgs),
    /// Keeps the program in step with other trusted servants through a shared CalDAV
    /// calendar: links one with --url, then syncs every linked calendar. Exits non-zero
    /// while a conflict waits for a choice.
    Sync(share::SyncArgs),
    /// Changes made here and on the shared calendar that disagree.
    Conflicts {
        #[command(subcommand)]
        command: share::ConflictsCommand,
    },
}

/// The language of this run, from --lang or the environment: one run speaks one.
static LANG: std::sync::OnceLock<homegroup_core::i18n::Lang> = std::sync::OnceLock::new();

fn lang() -> homegroup_core::i18n::Lang {
    LANG.get()
        .copied()
        .unwrap_or(homegroup_core::i18n::Lang::EN)
}

/// A sentence of the catalog in the run's language.
fn say(id: &str, args: &[(&str, homegroup_core::i18n::Arg)]) -> String {
    homegroup_core::i18n::message(lang(), id, args)
}

/// The language a run asks for, read before its arguments are parsed so that `--help`
/// speaks it: `--lang TAG` or `--lang=TAG`, else the environment's.
fn asked_lang(args: &[std::ffi::OsString]) -> homegroup_core::i18n::Lang {
    use homegroup_core::i18n::Lang;
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let tag = match a.strip_prefix("--lang=") {
            Some(tag) => Some(tag.to_owned()),
            None if a == "--lang" => it.next().map(|t| t.into_owned()),
            None => None,
        };
        if let Some(lang) = tag.as_deref().and_then(Lang::parse) {
            return lang;
        }
    }
    Lang::from_env()
}

/// Runs the command line `args` (the program's name first) and says how it ended.
pub fn main(args: impl IntoIterator<Item = std::ffi::OsString>) -> ExitCode {
    // Warnings and errors to stderr (the feed server's 5xx among them);
    // HOMEGROUP_LOG=info shows more.
    let filter = tracing_subscriber::EnvFilter::try_from_env("HOMEGROUP_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .init();
    let args: Vec<std::ffi::OsString> = args.into_iter().collect();
    // The help is in the run's language, known before the arguments are parsed.
    let asked = asked_lang(&args);
    let matches = help::in_language(Cli::command(), "", asked).get_matches_from(args);
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    let _ = LANG.set(
        cli.lang
            .unwrap_or_else(homegroup_core::i18n::Lang::from_env),
    );
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("homegroup: {}", e.words(lang()));
            match e.code() {
                "database.passphrase_required" => {
                    eprintln!("homegroup: {}", say("cli-hint-passphrase", &[]))
                }
                "database.plaintext_backups" => {
                    eprintln!("homegroup: {}", say("cli-hint-old-backups", &[]))
                }
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

/// A server password from the environment variable `--password-env` names (never an
/// argument, which would land in the shell's history and the process list).
fn password_from_env(var: Option<&str>) -> Result<String, CliError> {
    match var {
        Some(var) => std::env::var(var)
            .map_err(|_| CliError::usage("cli.password_env", &[("var", var.into())])),
        None => Ok(String::new()),
    }
}

/// Keeps a login with `save`; where no keyring answers and the database is not
/// encrypted, a password is kept nowhere instead (each run then gives it) and this
/// says so, rather than refusing the link.
fn keep_login<T>(
    save: impl Fn(homegroup_core::secrets::Given<'_>) -> Result<T, Error>,
    given: homegroup_core::secrets::Given<'_>,
) -> Result<T, Error> {
    use homegroup_core::secrets::Given;
    match save(given) {
        Err(e)
            if e.kind() == homegroup_core::Code::SecretsNoKeyring
                && matches!(given, Given::Password(_)) =>
        {
            let kept = save(Given::EachRun)?;
            eprintln!("homegroup: {}", say("cli-password-not-kept", &[]));
            Ok(kept)
        }
        other => other,
    }
}

/// The password for this run only: one given by --password-env, or what a
/// --password-command prints when that command is not being kept (`keeping`).
fn password_for_run(
    password: &str,
    command: Option<&str>,
    keeping: bool,
) -> Result<Option<String>, Error> {
    match command {
        Some(c) if !keeping => homegroup_core::secrets::password(
            &homegroup_core::secrets::Kept::Command(c.to_owned()),
            "",
            None,
        )
        .map(Some),
        _ => Ok(Some(password.to_owned()).filter(|p| !p.is_empty())),
    }
}

/// An encrypted database's passphrase comes from HOMEGROUP_PASSPHRASE (never an
/// argument, which would land in the shell's history and the process list).
fn open(db: Option<PathBuf>) -> Result<Store, Error> {
    let passphrase = std::env::var("HOMEGROUP_PASSPHRASE").ok();
    let store = Store::open_with(&store::paths::resolve(db)?, passphrase.as_deref())?;
    // Passwords an older version left in plain text go to the keyring first.
    let (_, dropped) = homegroup_core::logins::secure_passwords(&store)?;
    if dropped > 0 {
        eprintln!(
            "homegroup: {}",
            say("cli-passwords-dropped", &[("n", dropped.into())])
        );
    }
    Ok(store)
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
        .map_err(|e| {
            CliError::usage(
                "cli.write",
                &[
                    ("file", path.display().to_string().into()),
                    ("error", e.to_string().into()),
                ],
            )
        })
}

/// Each subcommand is a function in the module named for what it works on; this file
/// holds what they share (opening the store, the network runtime, writing output).
fn run(cli: Cli) -> Result<(), CliError> {
    let db = cli.db;
    match cli.command {
        Command::Meetings { command } => program::meetings(db, command),
        Command::Occurrences(args) => program::occurrences(db, args),
        Command::Export { command } => program::export(db, command),
        Command::Import(args) => import::import(db, args),
        Command::Sources { command } => import::sources(db, command),
        Command::Attendance { command } => attendance::attendance(db, command),
        Command::Verify(args) => attendance::verify(db, args),
        Command::Slip(args) => attendance::slip(db, args),
        Command::Keys { command } => attendance::keys(db, command),
        Command::Backup(args) => backups::backup(db, args),
        Command::Restore(args) => backups::restore(db, args),
        Command::Passphrase { command } => backups::passphrase(db, command),
        Command::Feeds { command } => feeds::feeds(db, command),
        Command::Serve(args) => feeds::serve(db, args),
        Command::Page(args) => feeds::page(db, args),
        Command::Publish(args) => publish::publish(&open(db)?, args),
        Command::Flyer(args) => publish::flyer(&open(db)?, args),
        Command::Print { command } => print::print(&open(db)?, command),
        Command::Resources { command } => print::resources(&open(db)?, command),
        Command::Sync(args) => share::sync(db, args),
        Command::Conflicts { command } => share::conflicts(db, command),
    }
}
