//! Publishing a feed to a CalDAV or WebDAV collection, so subscriptions keep working
//! while the laptop is off. One resource per meeting UID (no METHOD, as CalDAV wants);
//! PUT with `If-None-Match: *` creates and `If-Match` updates, so we never overwrite a
//! resource we did not write last without noticing; removed meetings are deleted.

use std::collections::HashMap;
use std::time::Duration;

use reqwest::{header, Client, Method, StatusCode};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::feeds;
use crate::store::{now_utc, Store};

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Target {
    pub id: i64,
    pub feed_id: i64,
    /// The collection, ending in `/`.
    pub url: String,
    pub username: String,
    /// Whether a password is stored (the password itself never leaves the core).
    pub has_password: bool,
    pub last_run_at: Option<String>,
    pub last_error: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TargetInput {
    pub feed_id: i64,
    pub url: String,
    #[serde(default)]
    pub username: String,
    #[serde(default)]
    pub password: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
pub struct PublishReport {
    pub created: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub deleted: u32,
}

fn collection_url(url: &str) -> Result<String> {
    let url = url.trim();
    let parsed = reqwest::Url::parse(url).map_err(|_| {
        Error::invalid(
            crate::error::Code::PublishInvalidUrl,
            "url",
            format!("'{url}' is not a web address; it should look like https://example.org/dav/calendars/group/"),
        )
    })?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(Error::invalid(
            crate::error::Code::PublishInvalidUrl,
            "url",
            "the collection address must start with https:// (or http:// on this computer)",
        ));
    }
    // A password sent over plain http:// can be read by anyone on the network: only a
    // server on this computer is reached without leaving it.
    if parsed.scheme() == "http" && !is_loopback(&parsed) {
        return Err(Error::invalid(
            crate::error::Code::PublishInsecureUrl,
            "url",
            format!(
                "{} is reached over plain http://, where the password would travel unencrypted; use its https:// address (http:// is only for a server on this computer)",
                parsed.host_str().unwrap_or_default()
            ),
        ));
    }
    Ok(if url.ends_with('/') {
        url.to_owned()
    } else {
        format!("{url}/")
    })
}

/// Whether the address stays on this computer (127.0.0.0/8, ::1 or localhost).
fn is_loopback(url: &reqwest::Url) -> bool {
    let host = url.host_str().unwrap_or_default();
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    match bare.parse::<std::net::IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => host.eq_ignore_ascii_case("localhost"),
    }
}

pub fn add_target(conn: &Connection, input: &TargetInput) -> Result<Target> {
    let url = collection_url(&input.url)?;
    feeds::get(conn, input.feed_id)?;
    let existing: Option<i64> = conn
        .query_row(
            "SELECT id FROM publish_targets WHERE feed_id = ?1 AND url = ?2",
            params![input.feed_id, url],
            |r| r.get(0),
        )
        .optional()?;
    let id = match existing {
        Some(id) => {
            conn.execute(
                "UPDATE publish_targets SET username = ?2, password = ?3 WHERE id = ?1",
                params![id, input.username.trim(), input.password],
            )?;
            id
        }
        None => {
            conn.execute(
                "INSERT INTO publish_targets (feed_id, url, username, password) VALUES (?1, ?2, ?3, ?4)",
                params![input.feed_id, url, input.username.trim(), input.password],
            )?;
            conn.last_insert_rowid()
        }
    };
    get_target(conn, id)
}

pub fn remove_target(conn: &Connection, id: i64) -> Result<()> {
    if conn.execute("DELETE FROM publish_targets WHERE id = ?1", [id])? == 0 {
        return Err(Error::not_found("publish target", id));
    }
    Ok(())
}

const SELECT: &str = "SELECT id, feed_id, url, username, password != '', last_run_at, last_error FROM publish_targets";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Target> {
    Ok(Target {
        id: r.get(0)?,
        feed_id: r.get(1)?,
        url: r.get(2)?,
        username: r.get(3)?,
        has_password: r.get(4)?,
        last_run_at: r.get(5)?,
        last_error: r.get(6)?,
    })
}

pub fn get_target(conn: &Connection, id: i64) -> Result<Target> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], row)
        .optional()?
        .ok_or_else(|| Error::not_found("publish target", id))
}

pub fn targets(conn: &Connection) -> Result<Vec<Target>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} ORDER BY id"))?;
    let rows = stmt.query_map([], row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A resource name safe in any URL path, stable for a UID.
fn resource_name(uid: &str) -> String {
    if !uid.is_empty()
        && uid.len() <= 120
        && uid
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"@._-".contains(&b))
    {
        format!("{uid}.ics")
    } else {
        let h = Sha256::digest(uid.as_bytes());
        let hex: String = h.iter().take(16).map(|b| format!("{b:02x}")).collect();
        format!("{hex}.ics")
    }
}

fn hash(body: &str) -> String {
    Sha256::digest(body.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

struct Remote<'a> {
    client: Client,
    base: &'a str,
    user: String,
    password: String,
}

impl Remote<'_> {
    fn request(&self, method: Method, name: &str) -> reqwest::RequestBuilder {
        let mut rb = self.client.request(method, format!("{}{name}", self.base));
        if !self.user.is_empty() {
            rb = rb.basic_auth(&self.user, Some(&self.password));
        }
        rb
    }

    async fn send(&self, rb: reqwest::RequestBuilder) -> Result<reqwest::Response> {
        let res = rb.send().await.map_err(|e| network(self.base, &e))?;
        match res.status() {
            StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => Err(Error::remote(
                crate::error::Code::RemoteAuth,
                format!(
                    "{} refused the user name or password (HTTP {}); check them in the publish settings",
                    self.base,
                    res.status().as_u16()
                ),
            )),
            _ => Ok(res),
        }
    }

    async fn etag_of(&self, name: &str) -> Result<Option<String>> {
        let res = self.send(self.request(Method::HEAD, name)).await?;
        if res.status() == StatusCode::NOT_FOUND {
            return Ok(None);
        }
        Ok(etag(&res))
    }

    /// PUT with the right precondition; one retry after a 412 with the server's current
    /// ETag, because this program is the source of these resources.
    async fn put(&self, name: &str, body: &str, known: Option<&str>) -> Result<Option<String>> {
        let mut condition = known.map(|e| (header::IF_MATCH, e.to_owned()));
        for attempt in 0..2 {
            let mut rb = self
                .request(Method::PUT, name)
                .header(header::CONTENT_TYPE, "text/calendar; charset=utf-8")
                .body(body.to_owned());
            rb = match &condition {
                Some((h, v)) => rb.header(h.clone(), v.clone()),
                None => rb.header(header::IF_NONE_MATCH, "*"),
            };
            let res = self.send(rb).await?;
            match res.status() {
                s if s.is_success() => {
                    let tag = etag(&res);
                    return Ok(match tag {
                        Some(t) => Some(t),
                        None => self.etag_of(name).await?,
                    });
                }
                StatusCode::PRECONDITION_FAILED if attempt == 0 => {
                    condition = match self.etag_of(name).await? {
                        Some(t) => Some((header::IF_MATCH, t)),
                        None => None,
                    };
                }
                StatusCode::NOT_FOUND | StatusCode::CONFLICT | StatusCode::METHOD_NOT_ALLOWED => {
                    return Err(Error::remote(
                        crate::error::Code::RemoteNotFound,
                        format!(
                            "{} is not a calendar collection (HTTP {}); create the calendar on the server first",
                            self.base,
                            res.status().as_u16()
                        ),
                    ))
                }
                s => {
                    return Err(Error::remote(
                        crate::error::Code::RemoteRefused,
                        format!("{} refused {name} (HTTP {})", self.base, s.as_u16()),
                    ))
                }
            }
        }
        Err(Error::remote(
            crate::error::Code::RemoteRefused,
            format!(
                "{} kept changing {name} while we wrote it; try again",
                self.base
            ),
        ))
    }

    async fn delete(&self, name: &str, known: Option<&str>) -> Result<()> {
        let mut rb = self.request(Method::DELETE, name);
        if let Some(e) = known {
            rb = rb.header(header::IF_MATCH, e);
        }
        let res = self.send(rb).await?;
        match res.status() {
            s if s.is_success() || s == StatusCode::NOT_FOUND || s == StatusCode::GONE => Ok(()),
            StatusCode::PRECONDITION_FAILED => {
                let res = self.send(self.request(Method::DELETE, name)).await?;
                if res.status().is_success() || res.status() == StatusCode::NOT_FOUND {
                    Ok(())
                } else {
                    Err(Error::remote(
                        crate::error::Code::RemoteRefused,
                        format!(
                            "{} would not delete {name} (HTTP {})",
                            self.base,
                            res.status().as_u16()
                        ),
                    ))
                }
            }
            s => Err(Error::remote(
                crate::error::Code::RemoteRefused,
                format!(
                    "{} would not delete {name} (HTTP {})",
                    self.base,
                    s.as_u16()
                ),
            )),
        }
    }
}

fn etag(res: &reqwest::Response) -> Option<String> {
    res.headers()
        .get(header::ETAG)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

fn network(base: &str, e: &reqwest::Error) -> Error {
    let what = if e.is_timeout() {
        "did not answer in time"
    } else if e.is_connect() {
        "could not be reached"
    } else {
        "failed"
    };
    // The source chain says why (refused, DNS, TLS certificate…).
    let mut cause = String::new();
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        cause = s.to_string();
        src = s.source();
    }
    Error::remote(
        crate::error::Code::RemoteNetwork,
        format!(
            "{base} {what}{}{cause}; check the address and the internet connection",
            if cause.is_empty() { "" } else { ": " }
        ),
    )
}

/// Brings the collection in line with the feed. Progress is recorded resource by
/// resource, so an interrupted run resumes where it stopped.
pub async fn publish(store: &Store, target_id: i64) -> Result<PublishReport> {
    let (target, password, resources, known) = store.write(|tx| {
        let target = get_target(tx, target_id)?;
        let password: String = tx.query_row(
            "SELECT password FROM publish_targets WHERE id = ?1",
            [target_id],
            |r| r.get(0),
        )?;
        let feed = feeds::get(tx, target.feed_id)?;
        let mut resources = Vec::new();
        for m in feeds::meetings_of(tx, &feed)? {
            let body = crate::ics::export::resource(tx, &m)?;
            resources.push((m.uid.clone(), body));
        }
        let mut stmt = tx
            .prepare("SELECT uid, etag, body_hash FROM published_resources WHERE target_id = ?1")?;
        let known: HashMap<String, (Option<String>, String)> = stmt
            .query_map([target_id], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?
            .collect::<rusqlite::Result<_>>()?;
        Ok((target, password, resources, known))
    })?;
    let remote = Remote {
        client: Client::builder()
            .timeout(Duration::from_secs(30))
            .connect_timeout(Duration::from_secs(10))
            .redirect(reqwest::redirect::Policy::limited(3))
            .build()
            .map_err(|e| network(&target.url, &e))?,
        base: &target.url,
        user: target.username.clone(),
        password,
    };
    let result = sync(store, &remote, target_id, &resources, &known).await;
    let error = result.as_ref().err().map(|e| e.to_string());
    store.write(|tx| {
        tx.execute(
            "UPDATE publish_targets SET last_run_at = ?2, last_error = ?3 WHERE id = ?1",
            params![target_id, now_utc(), error],
        )?;
        Ok(())
    })?;
    result
}

async fn sync(
    store: &Store,
    remote: &Remote<'_>,
    target_id: i64,
    resources: &[(String, String)],
    known: &HashMap<String, (Option<String>, String)>,
) -> Result<PublishReport> {
    let mut report = PublishReport::default();
    for (uid, body) in resources {
        let h = hash(body);
        let name = resource_name(uid);
        let previous = known.get(uid);
        if previous.is_some_and(|(_, old)| *old == h) {
            report.unchanged += 1;
            continue;
        }
        let tag = remote
            .put(&name, body, previous.and_then(|(e, _)| e.as_deref()))
            .await?;
        if previous.is_some() {
            report.updated += 1;
        } else {
            report.created += 1;
        }
        store.write(|tx| {
            tx.execute(
                "INSERT INTO published_resources (target_id, uid, etag, body_hash) VALUES (?1, ?2, ?3, ?4) \
                 ON CONFLICT (target_id, uid) DO UPDATE SET etag = excluded.etag, body_hash = excluded.body_hash",
                params![target_id, uid, tag, h],
            )?;
            Ok(())
        })?;
    }
    for (uid, (tag, _)) in known {
        if resources.iter().any(|(u, _)| u == uid) {
            continue;
        }
        remote.delete(&resource_name(uid), tag.as_deref()).await?;
        report.deleted += 1;
        store.write(|tx| {
            tx.execute(
                "DELETE FROM published_resources WHERE target_id = ?1 AND uid = ?2",
                params![target_id, uid],
            )?;
            Ok(())
        })?;
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_only_to_this_computer() {
        for ok in [
            "http://127.0.0.1:5232/alice/cal/",
            "http://localhost/dav/",
            "http://[::1]:8080/c/",
            "https://dav.example.org/c/",
        ] {
            assert!(collection_url(ok).is_ok(), "{ok}");
        }
        for bad in [
            "http://dav.example.org/c/",
            "http://192.168.1.20/c/",
            "http://10.0.0.2/c/",
        ] {
            assert_eq!(
                collection_url(bad).unwrap_err().code(),
                "publish.insecure_url",
                "{bad}"
            );
        }
    }
}
