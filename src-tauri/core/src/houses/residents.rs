//! Residents: members living in a house, with move-in and move-out dates and a phase.

#[allow(unused_imports)]
use super::*;

pub(super) const RESIDENT: &str =
    "SELECT r.id, r.house_id, r.member_id, m.nickname, r.move_in, r.move_out, r.phase \
    FROM residents r JOIN members m ON m.id = r.member_id";

pub(super) fn resident_from(r: &rusqlite::Row<'_>) -> rusqlite::Result<Resident> {
    let move_in: String = r.get(4)?;
    let move_out: Option<String> = r.get(5)?;
    Ok(Resident {
        id: r.get(0)?,
        house_id: r.get(1)?,
        member_id: r.get(2)?,
        nickname: r.get(3)?,
        move_in: move_in.parse().unwrap_or_default(),
        move_out: move_out.and_then(|s| s.parse().ok()),
        phase: r.get(6)?,
    })
}

pub fn residents(conn: &Connection, house_id: i64) -> Result<Vec<Resident>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{RESIDENT} WHERE r.house_id = ?1 ORDER BY r.move_out IS NOT NULL, m.nickname COLLATE NOCASE"
    ))?;
    let rows = stmt
        .query_map([house_id], resident_from)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub fn resident(conn: &Connection, id: i64) -> Result<Resident> {
    conn.prepare_cached(&format!("{RESIDENT} WHERE r.id = ?1"))?
        .query_row([id], resident_from)
        .optional()?
        .ok_or_else(|| Error::not_found("resident", id))
}

pub(super) fn check_dates(input: &ResidentInput, today: NaiveDate) -> Result<NaiveDate> {
    let move_in = input.move_in.ok_or_else(|| {
        Error::invalid(
            crate::error::Code::ResidentMoveInRequired,
            "move_in",
            "give the move-in date",
        )
    })?;
    if move_in > today + Duration::days(60) {
        return Err(Error::invalid(
            crate::error::Code::ResidentMoveInFuture,
            "move_in",
            "the move-in date is more than two months away",
        ));
    }
    if let Some(out) = input.move_out {
        if out < move_in {
            return Err(Error::invalid(
                crate::error::Code::ResidentMoveOutBeforeIn,
                "move_out",
                "the move-out date is before the move-in date",
            ));
        }
    }
    Ok(move_in)
}

pub fn add_resident(
    conn: &Connection,
    house_id: i64,
    input: &ResidentInput,
    today: NaiveDate,
) -> Result<Resident> {
    get(conn, house_id)?;
    let move_in = check_dates(input, today)?;
    let member_id = match input.member_id {
        Some(id) => members::get(conn, id)?.id,
        None => {
            let existing: Option<i64> = conn
                .query_row(
                    "SELECT id FROM members WHERE group_id IS NULL AND nickname = ?1",
                    [input.nickname.trim()],
                    |r| r.get(0),
                )
                .optional()?;
            match existing {
                Some(id) => id,
                None => {
                    members::create(
                        conn,
                        &MemberInput {
                            nickname: input.nickname.clone(),
                            ..Default::default()
                        },
                        today,
                    )?
                    .id
                }
            }
        }
    };
    let already: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM residents WHERE house_id = ?1 AND member_id = ?2 AND move_out IS NULL)",
        params![house_id, member_id],
        |r| r.get(0),
    )?;
    if already {
        return Err(Error::invalid(
            crate::error::Code::ResidentDuplicate,
            "nickname",
            "this member already lives in the house",
        ));
    }
    conn.execute(
        "INSERT INTO residents (house_id, member_id, move_in, move_out, phase) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![house_id, member_id, move_in.to_string(), input.move_out.map(|d| d.to_string()), input.phase.trim()],
    )?;
    resident(conn, conn.last_insert_rowid())
}

/// Changes phase or dates (a move-out ends the residency but keeps its history).
pub fn update_resident(
    conn: &Connection,
    id: i64,
    input: &ResidentInput,
    today: NaiveDate,
) -> Result<Resident> {
    resident(conn, id)?;
    let move_in = check_dates(input, today)?;
    conn.execute(
        "UPDATE residents SET move_in = ?2, move_out = ?3, phase = ?4 WHERE id = ?1",
        params![
            id,
            move_in.to_string(),
            input.move_out.map(|d| d.to_string()),
            input.phase.trim()
        ],
    )?;
    resident(conn, id)
}

pub fn remove_resident(conn: &Connection, id: i64) -> Result<()> {
    if conn.execute("DELETE FROM residents WHERE id = ?1", [id])? == 0 {
        return Err(Error::not_found("resident", id));
    }
    Ok(())
}
