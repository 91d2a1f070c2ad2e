//! `homegroup sync` and `homegroup conflicts`: keeping one program with other trusted
//! servants through a CalDAV calendar, headless.

use crate::say;
use std::path::PathBuf;

use clap::Subcommand;
use homegroup_core::share::{self, Keep, LinkInput, Options};

use crate::error::CliError;
use crate::{open, runtime, table};

#[derive(clap::Args)]
pub struct SyncArgs {
    /// The shared CalDAV calendar to link to (saved for next time); without it, every
    /// linked calendar is synced.
    #[arg(long, value_name = "URL")]
    url: Option<String>,
    #[arg(long, value_name = "NAME", requires = "url")]
    user: Option<String>,
    /// Environment variable holding the password (kept out of the shell history). With
    /// --url it is kept: in the system keyring, or in the database when the database is
    /// encrypted; without, it is used for this run only.
    #[arg(long, value_name = "VAR")]
    password_env: Option<String>,
    /// A command that prints the password (run without a shell; its first line is
    /// used): with --url it is kept instead of the password, for a computer without a
    /// keyring; without, it is run for this sync only.
    #[arg(long, value_name = "CMD", conflicts_with = "password_env")]
    password_command: Option<String>,
    /// Share only this group's meetings through the calendar (with --url).
    #[arg(long, value_name = "GROUP", requires = "url")]
    group: Option<String>,
    /// Print the reports as JSON.
    #[arg(long)]
    json: bool,
    /// Seconds one request to the server may take.
    #[arg(long, value_name = "SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=600))]
    timeout: u64,
}

#[derive(Subcommand)]
pub enum ConflictsCommand {
    /// Fields changed differently here and on the shared calendar, waiting for a choice.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Settles one: keep this installation's value (mine) or the shared calendar's
    /// (theirs). The next sync sends or applies it.
    Resolve {
        id: i64,
        #[arg(long, value_parser = ["mine", "theirs"])]
        keep: String,
    },
}

pub fn sync(db: Option<PathBuf>, args: SyncArgs) -> Result<(), CliError> {
    let password = crate::password_from_env(args.password_env.as_deref())?;
    let store = open(db)?;
    if let Some(url) = &args.url {
        let group_id = match &args.group {
            Some(name) => Some(
                store
                    .read(homegroup_core::program::groups::list)?
                    .into_iter()
                    .find(|g| g.name.eq_ignore_ascii_case(name.trim()))
                    .ok_or_else(|| homegroup_core::Error::not_found("group", name))?
                    .id,
            ),
            None => None,
        };
        let input = LinkInput {
            url: url.clone(),
            username: args.user.clone().unwrap_or_default(),
            password: password.clone(),
            password_command: args.password_command.clone(),
            group_id,
        };
        crate::keep_login(
            |given| share::link_keeping(&store, &input, given),
            input.given(),
        )?;
    }
    let opts = Options {
        timeout: std::time::Duration::from_secs(args.timeout),
        // A password given is used for this run whether or not it could be kept; a
        // command without --url is run for this run only.
        password: crate::password_for_run(
            &password,
            args.password_command.as_deref(),
            args.url.is_some(),
        )?,
    };
    let results = runtime()?.block_on(share::sync_all(&store, &opts))?;
    let mut failed = None;
    let mut reports = vec![];
    for r in results {
        match r {
            Ok(report) => reports.push(report),
            Err(e) => {
                let e = CliError::Core(e);
                eprintln!("homegroup: {}", e.words(crate::lang()));
                failed.get_or_insert(e);
            }
        }
    }
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&reports).expect("reports serialise")
        );
    } else {
        for r in &reports {
            println!(
                "{}: {}",
                r.url,
                say(
                    "cli-synced",
                    &[
                        ("created", r.created.into()),
                        ("updated", r.updated.into()),
                        ("deleted", r.deleted.into()),
                        ("uploaded", r.uploaded.into()),
                        ("removed", r.removed.into()),
                        ("conflicts", r.conflicts.into()),
                    ]
                )
            );
            for name in &r.kept_edits {
                println!("  {}", say("cli-sync-kept", &[("name", name.into())]));
            }
            for name in &r.to_confirm {
                println!("  {}", say("cli-sync-to-confirm", &[("name", name.into())]));
            }
            for w in &r.warnings {
                println!(
                    "  {}",
                    say(
                        "cli-sync-skipped",
                        &[("warning", w.words(crate::lang()).into())]
                    )
                );
            }
        }
    }
    if let Some(e) = failed {
        return Err(e);
    }
    let open: u32 = reports.iter().map(|r| r.conflicts).sum();
    if open > 0 {
        return Err(CliError::Core(homegroup_core::Error::invalid(
            homegroup_core::Code::ShareConflictsOpen,
            "conflicts",
            format!(
                "{open} changes disagree with the shared calendar; see `homegroup conflicts list` and settle each with `homegroup conflicts resolve ID --keep mine|theirs`"
            ),
        )));
    }
    Ok(())
}

pub fn conflicts(db: Option<PathBuf>, command: ConflictsCommand) -> Result<(), CliError> {
    let store = open(db)?;
    match command {
        ConflictsCommand::List { json } => {
            let list = store.read(share::conflicts)?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&list).expect("conflicts serialise")
                );
            } else if list.is_empty() {
                println!("{}", say("cli-conflicts-none", &[]));
            } else {
                let rows: Vec<Vec<String>> = list
                    .iter()
                    .map(|c| {
                        vec![
                            c.id.to_string(),
                            c.meeting.clone(),
                            c.field.clone(),
                            c.mine.clone().unwrap_or_default(),
                            c.theirs.clone().unwrap_or_default(),
                        ]
                    })
                    .collect();
                print!(
                    "{}",
                    table::render(&["ID", "MEETING", "FIELD", "MINE", "THEIRS"], &rows)
                );
            }
        }
        ConflictsCommand::Resolve { id, keep } => {
            let keep = Keep::parse(&keep).expect("clap checked the value");
            store.write(|tx| share::resolve(tx, id, keep))?;
        }
    }
    Ok(())
}
