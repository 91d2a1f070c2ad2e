//! `backup`, `restore` and `passphrase`: keeping the database safe.

use crate::say;
use std::path::PathBuf;

use clap::Subcommand;
use homegroup_core::store;

use crate::error::CliError;
use crate::open;

#[derive(clap::Args)]
pub struct BackupArgs {
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// List the backups instead of making one.
    #[arg(long)]
    list: bool,
}

#[derive(clap::Args)]
pub struct RestoreArgs {
    file: PathBuf,
}

#[derive(Subcommand)]
pub enum PassphraseCommand {
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
pub enum OldBackupsArg {
    Reencrypt,
    Remove,
}

pub fn backup(db: Option<PathBuf>, args: BackupArgs) -> Result<(), CliError> {
    let BackupArgs { out, list } = args;
    let store = open(db)?;
    if list {
        for b in store::backup::list(&store::backup::dir_for(store.path()))? {
            let protection = say(
                if b.encrypted {
                    "cli-backup-encrypted"
                } else {
                    "cli-backup-plain"
                },
                &[],
            );
            let bytes = say("cli-backup-bytes", &[("n", (b.bytes as i64).into())]);
            println!("{}  {bytes:>16}  {protection:<13}  {}", b.made_at, b.path);
        }
    } else if let Some(path) = out {
        store.backup_to(&path)?;
        println!("{}", path.display());
    } else {
        println!("{}", store.backup_now()?.path);
    }
    Ok(())
}

pub fn restore(db: Option<PathBuf>, args: RestoreArgs) -> Result<(), CliError> {
    let RestoreArgs { file } = args;
    let store = open(db)?;
    let other = std::env::var("HOMEGROUP_BACKUP_PASSPHRASE").ok();
    store.restore_from(&file, other.as_deref())?;
    println!(
        "{}",
        say(
            "cli-restored",
            &[
                ("file", file.display().to_string().into()),
                (
                    "folder",
                    store::backup::dir_for(store.path())
                        .display()
                        .to_string()
                        .into()
                ),
            ]
        )
    );
    Ok(())
}

pub fn passphrase(db: Option<PathBuf>, command: PassphraseCommand) -> Result<(), CliError> {
    let store = open(db)?;
    match command {
        PassphraseCommand::Set { old_backups } => {
            let new = std::env::var("HOMEGROUP_NEW_PASSPHRASE")
                .map_err(|_| CliError::usage("cli.passphrase_missing", &[]))?;
            let old_backups = old_backups.map(|o| match o {
                OldBackupsArg::Reencrypt => store::OldBackups::Reencrypt,
                OldBackupsArg::Remove => store::OldBackups::Remove,
            });
            homegroup_core::logins::set_passphrase(&store, Some(&new), old_backups)?;
            println!("{}", say("cli-passphrase-set", &[]));
        }
        PassphraseCommand::Remove => {
            homegroup_core::logins::set_passphrase(&store, None, None)?;
            println!("{}", say("cli-passphrase-removed", &[]));
        }
    }
    Ok(())
}
