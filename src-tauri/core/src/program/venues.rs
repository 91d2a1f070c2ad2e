//! Places meetings happen in, reused across meetings.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::clock::now_utc;
use crate::error::{Error, Result};
use crate::schedule::zones;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Venue {
    pub id: i64,
    #[serde(flatten)]
    pub details: VenueInput,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct VenueInput {
    pub name: String,
    pub address: String,
    pub city: String,
    pub region: String,
    pub postal_code: String,
    pub country: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// IANA zone of the place.
    pub timezone: String,
    /// Only the neighbourhood is known; do not show a pin as exact.
    pub approximate: bool,
    pub notes: String,
}

impl VenueInput {
    pub fn validate(&self) -> Result<()> {
        self.validate_in(&self.timezone)
    }

    /// Validates the venue as if its zone were `timezone` (a meeting's, for a venue
    /// that names none).
    pub fn validate_in(&self, timezone: &str) -> Result<()> {
        if self.address.trim().is_empty() && self.name.trim().is_empty() {
            return Err(Error::invalid(
                crate::error::Code::VenueAddressRequired,
                "address",
                "give the venue's street address",
            ));
        }
        zones::parse(timezone)?;
        match (self.latitude, self.longitude) {
            (Some(lat), _) if !(-90.0..=90.0).contains(&lat) || !lat.is_finite() => {
                Err(Error::invalid(
                    crate::error::Code::VenueInvalidLatitude,
                    "latitude",
                    format!("latitude {lat} is not between -90 and 90"),
                ))
            }
            (_, Some(lon)) if !(-180.0..=180.0).contains(&lon) || !lon.is_finite() => {
                Err(Error::invalid(
                    crate::error::Code::VenueInvalidLongitude,
                    "longitude",
                    format!("longitude {lon} is not between -180 and 180"),
                ))
            }
            (Some(_), None) | (None, Some(_)) => Err(Error::invalid(
                crate::error::Code::VenuePartialCoordinates,
                "latitude",
                "give both latitude and longitude, or neither",
            )),
            _ => Ok(()),
        }
    }

    fn trimmed(&self) -> VenueInput {
        let t = |s: &String| s.trim().to_owned();
        VenueInput {
            name: t(&self.name),
            address: t(&self.address),
            city: t(&self.city),
            region: t(&self.region),
            postal_code: t(&self.postal_code),
            country: t(&self.country),
            timezone: t(&self.timezone),
            ..self.clone()
        }
    }

    /// One line for lists and calendar LOCATION.
    pub fn one_line(&self) -> String {
        [
            &self.name,
            &self.address,
            &self.city,
            &self.region,
            &self.postal_code,
            &self.country,
        ]
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
    }
}

const COLUMNS: &str = "id, name, address, city, region, postal_code, country, latitude, longitude, timezone, approximate, notes";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Venue> {
    Ok(Venue {
        id: r.get(0)?,
        details: VenueInput {
            name: r.get(1)?,
            address: r.get(2)?,
            city: r.get(3)?,
            region: r.get(4)?,
            postal_code: r.get(5)?,
            country: r.get(6)?,
            latitude: r.get(7)?,
            longitude: r.get(8)?,
            timezone: r.get(9)?,
            approximate: r.get(10)?,
            notes: r.get(11)?,
        },
    })
}

pub fn list(conn: &Connection) -> Result<Vec<Venue>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM venues ORDER BY name COLLATE NOCASE, address"
    ))?;
    let rows = stmt
        .query_map([], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Every venue by id, for joining to meetings (unsorted: the caller looks them up).
pub fn by_id(conn: &Connection) -> Result<std::collections::HashMap<i64, Venue>> {
    let mut stmt = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM venues"))?;
    let rows = stmt
        .query_map([], from_row)?
        .map(|v| v.map(|v| (v.id, v)))
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub fn get(conn: &Connection, id: i64) -> Result<Venue> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM venues WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| Error::not_found("venue", id))
}

/// What makes two venues the same place: the trimmed address fields and the zone.
pub(crate) fn place_key(v: &VenueInput, zone: &str) -> String {
    let mut key = String::with_capacity(96);
    for part in [
        &v.name,
        &v.address,
        &v.city,
        &v.region,
        &v.postal_code,
        &v.country,
    ] {
        key.push_str(part.trim());
        key.push('\u{1f}');
    }
    key.push_str(zone.trim());
    key
}

/// Every stored venue by `place_key`, the oldest first where two are the same place.
pub(crate) fn ids_by_place(conn: &Connection) -> Result<std::collections::HashMap<String, i64>> {
    let mut stmt = conn.prepare(&format!("SELECT {COLUMNS} FROM venues ORDER BY id DESC"))?;
    let rows = stmt.query_map([], from_row)?;
    let mut out = std::collections::HashMap::new();
    for v in rows {
        let v = v?;
        out.insert(place_key(&v.details, &v.details.timezone), v.id);
    }
    Ok(out)
}

/// Stores a place no stored venue matches (by `place_key`), after validating it.
pub(crate) fn create_new(conn: &Connection, v: &VenueInput) -> Result<i64> {
    let v = &v.trimmed();
    v.validate()?;
    insert_trimmed(conn, v)
}

/// Reuses an identical venue rather than storing the same address twice.
pub fn find_or_create(conn: &Connection, v: &VenueInput) -> Result<i64> {
    let v = &v.trimmed();
    v.validate()?;
    let existing: Option<i64> = conn
        .prepare_cached(
            "SELECT id FROM venues WHERE name = ?1 AND address = ?2 AND city = ?3 AND region = ?4 AND postal_code = ?5 \
             AND country = ?6 AND timezone = ?7 LIMIT 1",
        )?
        .query_row(params![v.name, v.address, v.city, v.region, v.postal_code, v.country, v.timezone], |r| r.get(0))
        .optional()?;
    if let Some(id) = existing {
        conn.prepare_cached(
            "UPDATE venues SET latitude = coalesce(?2, latitude), longitude = coalesce(?3, longitude) WHERE id = ?1",
        )?
        .execute(params![id, v.latitude, v.longitude])?;
        return Ok(id);
    }
    insert_trimmed(conn, v)
}

/// Stores a venue known to be new: trimmed and validated.
fn insert_trimmed(conn: &Connection, v: &VenueInput) -> Result<i64> {
    let now = now_utc();
    conn.prepare_cached(
        "INSERT INTO venues (name, address, city, region, postal_code, country, latitude, longitude, timezone, approximate, notes, created_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
    )?
    .execute(params![
        v.name,
        v.address,
        v.city,
        v.region,
        v.postal_code,
        v.country,
        v.latitude,
        v.longitude,
        v.timezone,
        v.approximate,
        v.notes,
        now
    ])?;
    Ok(conn.last_insert_rowid())
}
