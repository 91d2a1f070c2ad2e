//! `attendance`, `slip`, `verify` and `keys`: meeting-night numbers, signed attendance
//! slips and the keys that verify them.

use crate::say;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Subcommand;
use homegroup_core::Error;

use crate::error::CliError;
use crate::{open, table, write_out};

#[derive(Subcommand)]
pub enum AttendanceCommand {
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

#[derive(clap::Args)]
pub struct VerifyArgs {
    /// The slip code (7K3Q-9XDA-M2PF) or the QR code's text (HG1.…).
    code: String,
}

#[derive(clap::Args)]
pub struct SlipArgs {
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
}

#[derive(Subcommand)]
pub enum KeysCommand {
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

pub fn attendance(db: Option<PathBuf>, command: AttendanceCommand) -> Result<(), CliError> {
    let AttendanceCommand::Report {
        meeting,
        from,
        to,
        csv,
    } = command;
    use homegroup_core::night::attendance;
    let store = open(db)?;
    let today = homegroup_core::clock::today();
    let rows = attendance::report(&store.conn(), meeting, from, to, today)?;
    if csv {
        print!("{}", attendance::report_csv(&rows));
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
    Ok(())
}

pub fn verify(db: Option<PathBuf>, args: VerifyArgs) -> Result<(), CliError> {
    let VerifyArgs { code } = args;
    let store = open(db)?;
    let slip = homegroup_core::night::slips::verify(&store.conn(), &code)?;
    println!(
        "{}",
        say(
            "cli-slip-valid",
            &[
                ("nickname", (&slip.nickname).into()),
                ("group", (&slip.group).into()),
                ("date", slip.issued.to_string().into()),
                ("key", (&slip.key_id).into()),
            ]
        )
    );
    for e in &slip.entries {
        println!("  {}  {}", e.occurrence.replace('T', " "), e.meeting);
    }
    Ok(())
}

pub fn slip(db: Option<PathBuf>, args: SlipArgs) -> Result<(), CliError> {
    let SlipArgs {
        group,
        member,
        from,
        to,
        out,
    } = args;
    let store = open(db)?;
    let today = homegroup_core::clock::today();
    let slip = store
        .write(|tx| homegroup_core::night::slips::issue(tx, group, member, from, to, today))?;
    match out {
        Some(path) => {
            let bytes = homegroup_core::night::slips::pdf(&slip, crate::lang())?;
            std::fs::write(&path, bytes).map_err(|e| Error::Io {
                path: path.clone(),
                source: e,
            })?;
            println!("{}", slip.code);
        }
        None => println!("{}\n{}", slip.code, slip.token),
    }
    Ok(())
}

pub fn keys(db: Option<PathBuf>, command: KeysCommand) -> Result<(), CliError> {
    use homegroup_core::night::slips;
    let store = open(db)?;
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
            println!("{}", say("cli-keys-trusted", &[("n", n.into())]));
        }
        KeysCommand::Revoke { group } => {
            store.write(|tx| slips::revoke(tx, group))?;
            println!("{}", say("cli-keys-revoked", &[]));
        }
    }
    Ok(())
}
