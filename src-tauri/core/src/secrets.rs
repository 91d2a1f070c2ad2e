//! Passwords for servers, kept where they are not plain text on disk: in the database
//! when the database is encrypted (the passphrase protects them with everything
//! else), otherwise in the system keyring (Secret Service: GNOME Keyring, KWallet),
//! through the `keyring` crate. Where neither will do (a server, an SSH session, a
//! desktop without Secret Service) a command that prints the password is kept instead,
//! as vdirsyncer and git do, or nothing is kept and each run is given the password.

use crate::error::{Code, Error, Result};

const SERVICE: &str = "Homegroup";

/// How a server's password is had, as kept beside a shared calendar or a publish target
/// (its `password_in` and `password` columns). The password itself is on disk only in
/// an encrypted database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kept {
    /// The server takes no password.
    Nothing,
    /// In the system keyring, under the link's account name.
    Keyring,
    /// In the encrypted database (only ever when the database is encrypted).
    Database(String),
    /// A command that prints it (`pass show area/dav`), run without a shell each time
    /// it is needed; its output is used and never kept.
    Command(String),
    /// Nowhere: each run is given it (`--password-env`, `--password-command`).
    EachRun,
}

impl Kept {
    /// Read from the `password_in` and `password` columns.
    pub fn from_columns(password_in: &str, password: String) -> Kept {
        match password_in {
            "keyring" => Kept::Keyring,
            "database" => Kept::Database(password),
            "command" => Kept::Command(password),
            "each_run" => Kept::EachRun,
            _ => Kept::Nothing,
        }
    }

    /// What goes into the `password_in` and `password` columns.
    pub fn columns(&self) -> (&'static str, &str) {
        match self {
            Kept::Nothing => ("", ""),
            Kept::Keyring => ("keyring", ""),
            Kept::Database(p) => ("database", p),
            Kept::Command(c) => ("command", c),
            Kept::EachRun => ("each_run", ""),
        }
    }
}

/// What a person gave for a server's password.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Given<'a> {
    /// Nothing new: what is kept stays.
    Unchanged,
    Password(&'a str),
    /// A command line that prints the password.
    Command(&'a str),
    /// Keep nothing; each run gives the password.
    EachRun,
}

/// What a form or command line gave: a command wins over a password; neither keeps
/// what is kept.
pub fn given<'a>(password: &'a str, command: Option<&'a str>) -> Given<'a> {
    match command.map(str::trim) {
        Some(c) if !c.is_empty() => Given::Command(c),
        _ if password.is_empty() => Given::Unchanged,
        _ => Given::Password(password),
    }
}

fn entry(account: &str) -> Result<keyring::Entry> {
    keyring::Entry::new(SERVICE, account).map_err(unavailable)
}

fn unavailable(e: keyring::Error) -> Error {
    Error::invalid(
        Code::SecretsNoKeyring,
        "password",
        format!(
            "this computer's keyring cannot keep the password ({e}); give a command that prints it instead (such as `pass show area/dav`), set a passphrase on the database to keep it encrypted there, or give it on each run"
        ),
    )
}

/// Keeps what was given for `account` ("share https://…/ user"): a password in the
/// keyring unless the database is encrypted (then in the database), a command as it is.
/// `None`: nothing new was given. With no keyring, a password is refused with
/// `secrets.no_keyring` (the caller may offer [`Given::EachRun`] or a command).
pub fn keep(encrypted_db: bool, account: &str, given: Given<'_>) -> Result<Option<Kept>> {
    let kept = match given {
        Given::Unchanged | Given::Password("") => return Ok(None),
        Given::Password(p) if encrypted_db => Kept::Database(p.to_owned()),
        Given::Password(p) => {
            entry(account)?.set_password(p).map_err(unavailable)?;
            return Ok(Some(Kept::Keyring));
        }
        Given::Command(c) => {
            argv(c)?;
            Kept::Command(c.trim().to_owned())
        }
        Given::EachRun => Kept::EachRun,
    };
    // A copy left in the keyring from before would outlive what replaced it.
    let _ = forget(account);
    Ok(Some(kept))
}

/// The password to use now: `this_run` when one was given for this run, else as kept.
pub fn password(kept: &Kept, account: &str, this_run: Option<&str>) -> Result<String> {
    if let Some(p) = this_run {
        return Ok(p.to_owned());
    }
    match kept {
        Kept::Nothing => Ok(String::new()),
        Kept::Keyring => Ok(fetch(account)?.unwrap_or_default()),
        Kept::Database(p) => Ok(p.clone()),
        Kept::Command(c) => run(c),
        Kept::EachRun => Err(Error::invalid(
            Code::SecretsPasswordNeeded,
            "password",
            "no password is kept for this server: give it for this run (--password-env VAR) or keep a command that prints it (--password-command CMD)",
        )),
    }
}

/// The password kept in the keyring for `account`, if there is one.
pub fn fetch(account: &str) -> Result<Option<String>> {
    match entry(account)?.get_password() {
        Ok(p) => Ok(Some(p)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(unavailable(e)),
    }
}

pub fn forget(account: &str) -> Result<()> {
    match entry(account)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(unavailable(e)),
    }
}

/// How long a password command may take (a password manager may ask for its own
/// passphrase first).
const COMMAND_TIME: std::time::Duration = std::time::Duration::from_secs(120);

/// A command line split into words as a shell would (quotes, backslashes), to be run
/// without one: nothing in it is expanded or piped.
fn argv(command: &str) -> Result<Vec<String>> {
    match shlex::split(command) {
        Some(words) if !words.is_empty() => Ok(words),
        _ => Err(Error::invalid(
            Code::SecretsBadCommand,
            "password_command",
            format!("`{command}` is not a command line (check its quotes)"),
        )),
    }
}

/// Runs a password command and returns the first line it printed.
fn run(command: &str) -> Result<String> {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let words = argv(command)?;
    let failed = |why: String| {
        Error::invalid(
            Code::SecretsCommandFailed,
            "password_command",
            format!("the password command `{}` {why}", words[0]),
        )
    };
    let mut child = Command::new(&words[0])
        .args(&words[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| failed(format!("could not be started ({e})")))?;
    // Read while it runs: a command that prints more than a pipe holds would never end.
    let mut out = child.stdout.take().expect("piped");
    let mut err = child.stderr.take().expect("piped");
    let reading = std::thread::spawn(move || {
        let mut o = Vec::new();
        let mut e = Vec::new();
        let _ = out.by_ref().take(1 << 16).read_to_end(&mut o);
        let _ = err.by_ref().take(1 << 16).read_to_end(&mut e);
        (o, e)
    });
    let until = std::time::Instant::now() + COMMAND_TIME;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if std::time::Instant::now() < until => {
                std::thread::sleep(std::time::Duration::from_millis(20))
            }
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(failed(format!(
                    "did not finish within {} seconds",
                    COMMAND_TIME.as_secs()
                )));
            }
            Err(e) => return Err(failed(format!("could not be waited for ({e})"))),
        }
    };
    let (stdout, stderr) = reading.join().unwrap_or_default();
    if !status.success() {
        let said = String::from_utf8_lossy(&stderr);
        let said = said.lines().next().unwrap_or("").trim();
        return Err(failed(match (status.code(), said.is_empty()) {
            (Some(c), true) => format!("failed (exit status {c})"),
            (Some(c), false) => format!("failed (exit status {c}: {said})"),
            (None, _) => "was stopped by a signal".into(),
        }));
    }
    let text = String::from_utf8_lossy(&stdout);
    let first = text.lines().next().unwrap_or("").trim_end_matches('\r');
    if first.is_empty() {
        return Err(failed("printed nothing".into()));
    }
    Ok(first.to_owned())
}
