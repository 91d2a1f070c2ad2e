//! The logins of every server this program talks to (shared calendars, publish
//! targets) as a whole: kept out of plain text when the database's passphrase changes,
//! and moved out of it where an older version left them. Above both `share` and
//! `publish`, which own their logins' account names, and above `secrets`, the leaf
//! around the keyring that knows nothing of either.

use rusqlite::params;

use crate::error::{Code, Result};
use crate::secrets::{self, Given};
use crate::Store;

/// Sets, changes or removes the database's passphrase ([`crate::Store::set_passphrase`]),
/// keeping every password off the disk in plain text: before the passphrase is removed,
/// passwords kept in the encrypted database move to the keyring (with no keyring the
/// passphrase stays, and the error says why).
pub fn set_passphrase(
    store: &Store,
    new: Option<&str>,
    old_backups: Option<crate::store::OldBackups>,
) -> Result<()> {
    if new.is_none() && store.encrypted() {
        // Sharing links and publish targets, each under its own account name.
        for (table, account) in [
            (
                "share_links",
                crate::share::account as fn(&str, &str) -> String,
            ),
            ("publish_targets", crate::publish::account),
        ] {
            let kept: Vec<(i64, String, String, String)> = store.read(|c| {
                let mut stmt = c.prepare(&format!(
                    "SELECT id, url, username, password FROM {table} WHERE password_in = 'database'"
                ))?;
                let rows = stmt
                    .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                    .collect::<rusqlite::Result<_>>()?;
                Ok(rows)
            })?;
            for (_, url, user, password) in &kept {
                secrets::keep(false, &account(url, user), Given::Password(password))?;
            }
            store.write(|tx| {
                for (id, ..) in &kept {
                    tx.execute(
                        &format!(
                            "UPDATE {table} SET password = '', password_in = 'keyring' WHERE id = ?1"
                        ),
                        [id],
                    )?;
                }
                Ok(())
            })?;
        }
    }
    store.set_passphrase(new, old_backups)
}

/// Passwords that a Homegroup before v9 saved in plain text in a database that is not
/// encrypted: moved to the keyring, or, with no keyring, dropped (the target then asks
/// for its password on each run, or a command that prints it). The old text is
/// overwritten in the file (secure_delete) so that later backups do not carry it.
/// Returns how many were moved and how many dropped.
pub fn secure_passwords(store: &Store) -> Result<(usize, usize)> {
    if store.encrypted() {
        return Ok((0, 0));
    }
    let plain: Vec<(i64, String, String, String)> = store.read(|c| {
        let mut stmt = c.prepare(
            "SELECT id, url, username, password FROM publish_targets WHERE password_in = 'database' OR (password_in = '' AND password != '')",
        )?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    })?;
    if plain.is_empty() {
        return Ok((0, 0));
    }
    let mut moved = 0;
    let mut dropped = 0;
    let mut now_in = Vec::new();
    for (id, url, user, password) in &plain {
        match secrets::keep(
            false,
            &crate::publish::account(url, user),
            Given::Password(password),
        ) {
            Ok(_) => {
                moved += 1;
                now_in.push((*id, "keyring"));
            }
            Err(e) if e.kind() == Code::SecretsNoKeyring => {
                tracing::warn!(target = url, "no keyring: a plain-text publish password was removed; give it on each run or keep a command");
                dropped += 1;
                now_in.push((*id, "each_run"));
            }
            Err(e) => return Err(e),
        }
    }
    store.write(|tx| {
        for (id, password_in) in &now_in {
            tx.execute(
                "UPDATE publish_targets SET password = '', password_in = ?2 WHERE id = ?1",
                params![id, password_in],
            )?;
        }
        Ok(())
    })?;
    // Out of the write-ahead log too: the overwritten pages go into the file, and the
    // log that still holds the old ones is emptied.
    store.checkpoint_quietly();
    Ok((moved, dropped))
}
