use rusqlite_migration::{Migrations, M};

/// Append-only: a released migration is never edited, only followed by a new one.
const STEPS: &[&str] = &[
    include_str!("schema_v1.sql"),
    include_str!("schema_v2.sql"),
    include_str!("schema_v3.sql"),
    include_str!("schema_v4.sql"),
    include_str!("schema_v5.sql"),
    include_str!("schema_v6.sql"),
    include_str!("schema_v7.sql"),
    include_str!("schema_v8.sql"),
];

pub const SCHEMA_VERSION: i64 = STEPS.len() as i64;

pub(super) fn migrations() -> Migrations<'static> {
    Migrations::new(
        STEPS
            .iter()
            .enumerate()
            .map(|(i, sql)| match i + 1 {
                6 => M::up_with_hook(sql, hash_feed_tokens),
                _ => M::up(sql),
            })
            .collect(),
    )
}

/// v6: the hash of each existing feed's token (SQLite has no SHA-256 of its own).
fn hash_feed_tokens(tx: &rusqlite::Transaction) -> rusqlite_migration::HookResult {
    let rows: Vec<(i64, String)> = tx
        .prepare("SELECT id, token FROM feeds")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, token) in rows {
        tx.execute(
            "UPDATE feeds SET token_hash = ?2 WHERE id = ?1",
            rusqlite::params![id, crate::digest::token_hash(&token)],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        super::migrations().validate().unwrap();
    }
}
