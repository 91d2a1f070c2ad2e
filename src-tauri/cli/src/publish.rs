//! `homegroup publish` and `homegroup flyer`: saving a publish target, publishing (all
//! targets, or only those with something to do for cron), and the wall flyer as PDF.

use crate::say;
use std::path::PathBuf;

use homegroup_core::feeds::{self, flyer};
use homegroup_core::publish::{self, TargetInput, TargetKind};
use homegroup_core::Store;

use crate::error::CliError;

#[derive(clap::Args)]
pub struct PublishArgs {
    /// Collection or folder to upload to, e.g. https://cloud.example.org/remote.php/dav/files/hope/meetings/
    #[arg(long, value_name = "URL")]
    url: Option<String>,
    /// What the address is: a CalDAV calendar (one resource per meeting) or a WebDAV
    /// folder (one .ics and one Meeting Guide .json file per feed).
    #[arg(long, value_enum, default_value_t = Kind::Caldav, requires = "url")]
    kind: Kind,
    #[arg(long, value_name = "NAME", requires = "url")]
    user: Option<String>,
    /// Environment variable holding the password (kept out of the shell history). With
    /// --url it is kept: in the system keyring, or in the database when the database is
    /// encrypted (with neither, nothing is kept and each run gives it); without, it is
    /// used for this run only.
    #[arg(long, value_name = "VAR")]
    password_env: Option<String>,
    /// A command that prints the password (run without a shell; its first line is
    /// used): with --url it is kept instead of the password; without, it is run for
    /// this run only.
    #[arg(long, value_name = "CMD", conflicts_with = "password_env")]
    password_command: Option<String>,
    /// The address members will use: for a folder, the web address that serves it; for
    /// a calendar, its public subscription link. Checked after each publish.
    #[arg(long, value_name = "URL", requires = "url")]
    public_url: Option<String>,
    /// Feed to publish with --url (default: the whole program).
    #[arg(long, value_name = "NAME", requires = "url")]
    feed: Option<String>,
    /// Only targets with something to do: the program changed since their last publish,
    /// or the last one failed and its back-off is over. Quiet when nothing is due (for cron).
    #[arg(long, conflicts_with = "url")]
    due: bool,
    /// Seconds one request to a server may take.
    #[arg(long, value_name = "SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=600))]
    timeout: u64,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Kind {
    Caldav,
    Webdav,
}

#[derive(clap::Args)]
pub struct FlyerArgs {
    /// Feed whose address the QR code carries (default: the whole program).
    #[arg(long, value_name = "NAME")]
    feed: Option<String>,
    #[arg(long, value_name = "FILE.pdf")]
    out: PathBuf,
    /// The feed server's address on the local network, for a flyer of a feed that is not
    /// published yet (it then carries a warning that it works on this Wi-Fi only).
    #[arg(long, value_name = "URL")]
    lan_base: Option<String>,
}

pub fn publish(store: &Store, args: PublishArgs) -> Result<(), CliError> {
    // Read before the transaction: a missing variable is the command line's fault.
    let password = crate::password_from_env(args.password_env.as_deref())?;
    let targets = if let Some(url) = &args.url {
        let feed = store.read(|c| match &args.feed {
            None => Ok(None),
            Some(name) => feeds::by_name(c, name).map(Some),
        })?;
        let feed = match feed {
            Some(f) => f,
            None => store.write(|tx| feeds::ensure_default(tx))?,
        };
        let input = TargetInput {
            feed_id: feed.id,
            kind: match args.kind {
                Kind::Caldav => TargetKind::Caldav,
                Kind::Webdav => TargetKind::Webdav,
            },
            url: url.clone(),
            username: args.user.clone().unwrap_or_default(),
            password: password.clone(),
            password_command: args.password_command.clone(),
            public_url: args.public_url.clone().unwrap_or_default(),
        };
        vec![crate::keep_login(
            |given| publish::add_target_keeping(store, &input, given),
            input.given(),
        )?]
    } else if args.due {
        store.write(|tx| publish::due(tx, homegroup_core::clock::now()))?
    } else {
        store.read(publish::targets)?
    };
    if targets.is_empty() {
        if args.due {
            return Ok(());
        }
        return Err(CliError::usage("cli.no_targets", &[]));
    }
    let runtime = crate::runtime()?;
    let options = publish::Options {
        timeout: std::time::Duration::from_secs(args.timeout),
        password: crate::password_for_run(
            &password,
            args.password_command.as_deref(),
            args.url.is_some(),
        )?,
    };
    let mut failed = None;
    for t in targets {
        // One target's failure does not keep the others from publishing.
        match runtime.block_on(publish::publish_with(store, t.id, &options)) {
            Ok(r) => {
                println!(
                    "{}: {}",
                    t.url,
                    say(
                        "cli-published",
                        &[
                            ("created", r.created.into()),
                            ("updated", r.updated.into()),
                            ("unchanged", r.unchanged.into()),
                            ("deleted", r.deleted.into()),
                        ]
                    )
                );
                match (&r.subscribe_url, &r.public_error) {
                    (Some(url), _) => {
                        println!("  {}", say("cli-subscribe-at", &[("url", url.into())]))
                    }
                    (None, Some(e)) => {
                        eprintln!(
                            "homegroup: {}",
                            say("cli-public-broken", &[("error", (&e.message).into())])
                        );
                        failed.get_or_insert(CliError::usage("cli.public_address", &[]));
                    }
                    (None, None) => println!("  {}", say("cli-no-public-address", &[])),
                }
            }
            Err(e) => {
                eprintln!("homegroup: {}: {e}", t.url);
                failed.get_or_insert(e.into());
            }
        }
    }
    failed.map_or(Ok(()), Err)
}

pub fn flyer(store: &Store, args: FlyerArgs) -> Result<(), CliError> {
    // The sheet speaks the run's language (--lang, else the environment's).
    let lang = crate::lang();
    let today = flyer::today(homegroup_core::clock::now());
    let bytes = store.write(|tx| {
        let feed = match &args.feed {
            None => feeds::ensure_default(tx)?,
            Some(name) => feeds::by_name(tx, name)?,
        };
        let (url, reach) =
            flyer::address(tx, &feed, args.lan_base.as_deref(), args.lan_base.is_some())?;
        flyer::flyer(tx, &feed, (&url, reach), today, lang)
    })?;
    crate::write_file(&args.out, &bytes)?;
    println!("{}", args.out.display());
    Ok(())
}
