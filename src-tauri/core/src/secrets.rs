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
