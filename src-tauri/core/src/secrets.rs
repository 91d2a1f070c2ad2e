//! Passwords for servers, kept where they are not plain text on disk: in the database
//! when the database is encrypted (the passphrase protects them with everything
//! else), otherwise in the system keyring (Secret Service: GNOME Keyring, KWallet),
//! through the `keyring` crate. With neither, a password is not kept at all: the
//! person is told how to get one (a passphrase, a running keyring) and can still give
//! it for each run.

use crate::error::{Code, Error, Result};

const SERVICE: &str = "Homegroup";

/// Where a password ended up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// In the encrypted database: the caller stores it there.
    Database,
    Keyring,
}

fn entry(account: &str) -> Result<keyring::Entry> {
    keyring::Entry::new(SERVICE, account).map_err(unavailable)
}

fn unavailable(e: keyring::Error) -> Error {
    Error::invalid(
        Code::SecretsNoKeyring,
        "password",
        format!(
            "this computer's keyring cannot keep the password ({e}); set a passphrase on the database to keep it encrypted there, or give the password each time"
        ),
    )
}

/// Keeps `password` for `account` ("share https://…/ user"): in the keyring unless the
/// database is encrypted.
pub fn keep(encrypted_db: bool, account: &str, password: &str) -> Result<Kept> {
    if encrypted_db {
        // A copy left in the keyring from before the passphrase would outlive it.
        let _ = forget(account);
        return Ok(Kept::Database);
    }
    entry(account)?
        .set_password(password)
        .map_err(unavailable)?;
    Ok(Kept::Keyring)
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

/// Sets, changes or removes the database's passphrase ([`crate::Store::set_passphrase`]),
/// keeping every password off the disk in plain text: before the passphrase is removed,
/// passwords kept in the encrypted database move to the keyring (with no keyring the
/// passphrase stays, and the error says why).
pub fn set_passphrase(
    store: &crate::Store,
    new: Option<&str>,
    old_backups: Option<crate::store::OldBackups>,
) -> Result<()> {
    if new.is_none() && store.encrypted() {
        let kept: Vec<(i64, String, String, String)> = store.read(|c| {
            let mut stmt = c.prepare(
                "SELECT id, url, username, password FROM share_links WHERE password_in = 'database'",
            )?;
            let rows = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                .collect::<rusqlite::Result<_>>()?;
            Ok(rows)
        })?;
        for (_, url, user, password) in &kept {
            keep(false, &crate::share::account(url, user), password)?;
        }
        store.write(|tx| {
            for (id, ..) in &kept {
                tx.execute(
                    "UPDATE share_links SET password = '', password_in = 'keyring' WHERE id = ?1",
                    [id],
                )?;
            }
            Ok(())
        })?;
    }
    store.set_passphrase(new, old_backups)
}
