//! The CalDAV requests a sync makes: what changed (`sync-collection`, RFC 6578, or a
//! `PROPFIND` of every ETag where the server has no sync tokens), the changed
//! resources in batches (`calendar-multiget`, RFC 4791), and conditional writes
//! (`If-Match` to replace the version we saw, `If-None-Match: *` to create).
//!
//! Multistatus replies are read with quick-xml, already in the build through Tauri:
//! only `href`, `status`, `getetag`, `calendar-data` and `sync-token` matter here.

use quick_xml::events::Event;
use reqwest::{header, Method, StatusCode};

use crate::error::{Code, Error, Result};
use crate::publish::dav::{self, Remote};

/// What a listing found.
#[derive(Debug, Default)]
pub struct Listing {
    /// Resources there now (all of them, or those changed since the token), with ETags.
    pub present: Vec<(String, String)>,
    /// Resources gone since the token (only an incremental listing names them).
    pub removed: Vec<String>,
    /// `present` is every resource: anything we know that is not in it is gone.
    pub complete: bool,
    /// Token to send next time ('' when the server has none).
    pub token: String,
}

/// One resource as the server holds it.
#[derive(Debug)]
pub struct Fetched {
    pub href: String,
    pub etag: String,
    pub body: Vec<u8>,
}

pub enum Written {
    Done {
        etag: String,
    },
    /// The precondition failed: someone else wrote it (or it is gone, or already there).
    Changed,
}

/// The token kept for a server without sync-collection.
const NO_SYNC: &str = "-";

pub struct Server<'a> {
    pub remote: Remote<'a>,
    /// The collection's path, as hrefs start.
    pub path: String,
    origin: String,
}

/// Hrefs are compared as decoded paths: servers differ in which characters they escape,
/// and some (RFC 4918 allows it) give whole addresses.
pub fn normal(href: &str) -> String {
    let href = href.trim();
    let path = match reqwest::Url::parse(href) {
        Ok(u) if u.has_host() => u.path().to_owned(),
        _ => href.to_owned(),
    };
    percent_encoding::percent_decode_str(&path)
        .decode_utf8_lossy()
        .into_owned()
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

impl<'a> Server<'a> {
    pub fn new(remote: Remote<'a>) -> Result<Self> {
        let url = reqwest::Url::parse(remote.base).map_err(|_| {
            Error::invalid(
                Code::PublishInvalidUrl,
                "url",
                format!("{} is not a web address", remote.base),
            )
        })?;
        let origin = url.origin().ascii_serialization();
        Ok(Server {
            path: normal(url.path()),
            origin,
            remote,
        })
    }

    fn url_of(&self, href: &str) -> String {
        // Paths are kept decoded; the URL parser escapes what must be.
        format!("{}{}", self.origin, href)
    }

    fn req(&self, method: Method, url: &str) -> reqwest::RequestBuilder {
        let mut rb = self.remote.client.request(method, url);
        if !self.remote.user.is_empty() {
            rb = rb.basic_auth(&self.remote.user, Some(&self.remote.password));
        }
        rb
    }

    pub fn href_for(&self, name: &str) -> String {
        format!("{}{name}", self.path)
    }

    fn report() -> Method {
        Method::from_bytes(b"REPORT").expect("a method name")
    }

    /// A multistatus reply's text, or the error that names what was there instead.
    async fn multistatus(&self, rb: reqwest::RequestBuilder, what: &str) -> Result<Option<String>> {
        let res = self.remote.send(rb).await?;
        let status = res.status();
        if status == StatusCode::MULTI_STATUS {
            let body = res
                .bytes()
                .await
                .map_err(|e| dav::network(self.remote.base, &e))?;
            return Ok(Some(String::from_utf8_lossy(&body).into_owned()));
        }
        if status.is_success() && dav::is_html(&res) {
            return Err(Error::remote(
                Code::RemoteLoginPage,
                format!(
                    "{} answered with a web page instead of the calendar: the address is probably a login page or the calendar's web view, not its CalDAV address",
                    self.remote.base
                ),
            ));
        }
        if status == StatusCode::NOT_FOUND {
            return Err(Error::remote(
                Code::RemoteNotFound,
                format!(
                    "there is no calendar at {} (HTTP 404); check the address",
                    self.remote.base
                ),
            ));
        }
        // 501 is what a server without the report answers, like a 403 or 400 would.
        let refused = status.is_client_error() && status != StatusCode::TOO_MANY_REQUESTS;
        if refused || status == StatusCode::NOT_IMPLEMENTED {
            // The server does not do this report (or not with this token): the caller
            // falls back.
            tracing::debug!("{what} refused with {status}");
            return Ok(None);
        }
        Err(Error::remote(
            if status.is_server_error() {
                Code::RemoteServerError
            } else {
                Code::RemoteRefused
            },
            format!(
                "{} could not answer {what} (HTTP {}); Homegroup will try again",
                self.remote.base,
                status.as_u16()
            ),
        ))
    }

    /// What changed since `token` (everything when it is empty).
    pub async fn list(&self, token: &str) -> Result<Listing> {
        // A server that had no sync-collection last time is listed straight away, so a
        // sync with nothing new is still one request.
        if token == NO_SYNC {
            return self.propfind().await;
        }
        if !token.is_empty() {
            match self.sync_collection(token).await {
                Ok(Some(l)) => return Ok(l),
                Ok(None) => {}
                // RFC 6578: a token the server no longer knows is a 403 (valid-sync-token),
                // which must not stop every sync from now on: start again from nothing.
                Err(e) if e.kind() == Code::RemoteForbidden => {}
                Err(e) => return Err(e),
            }
        }
        match self.sync_collection("").await {
            Ok(Some(l)) => return Ok(l),
            Ok(None) => {}
            // No such report for this login or server: the listing says if it is the login.
            Err(e) if e.kind() == Code::RemoteForbidden => {}
            Err(e) => return Err(e),
        }
        self.propfind().await
    }

    async fn sync_collection(&self, token: &str) -> Result<Option<Listing>> {
        let body = format!(
            r#"<?xml version="1.0" encoding="utf-8"?><D:sync-collection xmlns:D="DAV:"><D:sync-token>{}</D:sync-token><D:sync-level>1</D:sync-level><D:prop><D:getetag/></D:prop></D:sync-collection>"#,
            xml_escape(token)
        );
        let rb = self
            .req(Self::report(), self.remote.base)
            .header(header::CONTENT_TYPE, "application/xml; charset=utf-8")
            .body(body);
        let Some(text) = self.multistatus(rb, "a sync-collection report").await? else {
            return Ok(None);
        };
        let parsed = parse(&text).map_err(|e| self.bad_reply(&e))?;
        let mut l = Listing {
            complete: token.is_empty(),
            token: parsed.token,
            ..Listing::default()
        };
        for r in parsed.responses {
            if self.is_collection(&r.href) {
                // RFC 6578 3.6: a 507 on the collection says the listing was cut short;
                // what it does not name is not gone.
                if r.status == Some(507) {
                    l.complete = false;
                }
                continue;
            }
            if r.status.is_some_and(|s| s == 404) {
                l.removed.push(r.href);
            } else if let Some(etag) = r.etag {
                l.present.push((r.href, etag));
            }
        }
        Ok(Some(l))
    }

    async fn propfind(&self) -> Result<Listing> {
        let body = r#"<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:"><D:prop><D:getetag/><D:resourcetype/></D:prop></D:propfind>"#;
        let rb = self
            .req(
                Method::from_bytes(b"PROPFIND").expect("a method"),
                self.remote.base,
            )
            .header("Depth", "1")
            .header(header::CONTENT_TYPE, "application/xml; charset=utf-8")
            .body(body);
        let Some(text) = self.multistatus(rb, "a listing of the calendar").await? else {
            return Err(Error::remote(
                Code::ShareNotACalendar,
                format!(
                    "{} is not a CalDAV calendar (it refused to list what it holds)",
                    self.remote.base
                ),
            ));
        };
        let parsed = parse(&text).map_err(|e| self.bad_reply(&e))?;
        let present = parsed
            .responses
            .into_iter()
            .filter(|r| !self.is_collection(&r.href))
            .filter_map(|r| Some((r.href, r.etag?)))
            .collect();
        Ok(Listing {
            present,
            removed: vec![],
            complete: true,
            token: NO_SYNC.into(),
        })
    }

    fn is_collection(&self, href: &str) -> bool {
        href.ends_with('/') || href.trim_end_matches('/') == self.path.trim_end_matches('/')
    }

    fn bad_reply(&self, why: &str) -> Error {
        Error::remote(
            Code::ShareBadReply,
            format!(
                "{} sent an answer Homegroup could not read ({why}); Homegroup will try again",
                self.remote.base
            ),
        )
    }

    /// The resources named, with their ETags, in one request per 100.
    pub async fn fetch(&self, hrefs: &[String]) -> Result<Vec<Fetched>> {
        let mut out = Vec::with_capacity(hrefs.len());
        for chunk in hrefs.chunks(100) {
            let mut body = String::from(
                r#"<?xml version="1.0" encoding="utf-8"?><C:calendar-multiget xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><D:getetag/><C:calendar-data/></D:prop>"#,
            );
            for h in chunk {
                body.push_str("<D:href>");
                // Sent as the server would write it: escaped where a URL must be.
                let url = reqwest::Url::parse(&self.url_of(h))
                    .map(|u| u.path().to_owned())
                    .unwrap_or_else(|_| h.clone());
                body.push_str(&xml_escape(&url));
                body.push_str("</D:href>");
            }
            body.push_str("</C:calendar-multiget>");
            let rb = self
                .req(Self::report(), self.remote.base)
                .header("Depth", "1")
                .header(header::CONTENT_TYPE, "application/xml; charset=utf-8")
                .body(body);
            let Some(text) = self.multistatus(rb, "a calendar-multiget report").await? else {
                return Err(Error::remote(
                    Code::ShareNotACalendar,
                    format!(
                        "{} is not a CalDAV calendar (it refused to send its events)",
                        self.remote.base
                    ),
                ));
            };
            let parsed = parse(&text).map_err(|e| self.bad_reply(&e))?;
            for r in parsed.responses {
                if let (Some(etag), Some(data)) = (r.etag, r.data) {
                    out.push(Fetched {
                        href: r.href,
                        etag,
                        body: data.into_bytes(),
                    });
                }
            }
        }
        Ok(out)
    }

    /// Writes a resource: over the version `etag` names, or new when it is `None`.
    pub async fn put(&self, href: &str, body: &str, etag: Option<&str>) -> Result<Written> {
        let mut rb = self
            .req(Method::PUT, &self.url_of(href))
            .header(header::CONTENT_TYPE, "text/calendar; charset=utf-8")
            .body(body.to_owned());
        rb = match etag {
            Some(e) => rb.header(header::IF_MATCH, e),
            None => rb.header(header::IF_NONE_MATCH, "*"),
        };
        self.remote
            .writes
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let res = self.remote.send(rb).await?;
        match res.status() {
            StatusCode::OK if dav::is_html(&res) => Err(Error::remote(
                Code::RemoteLoginPage,
                format!(
                    "{} answered with a web page instead of storing the meeting: the address is probably a login page, not the CalDAV address",
                    self.remote.base
                ),
            )),
            s if s.is_success() => Ok(Written::Done {
                etag: dav::etag(&res).unwrap_or_default(),
            }),
            StatusCode::PRECONDITION_FAILED => Ok(Written::Changed),
            // Some servers answer a missing If-Match target with 404.
            StatusCode::NOT_FOUND if etag.is_some() => Ok(Written::Changed),
            s => Err(self.refused(s, "a meeting")),
        }
    }

    pub async fn delete(&self, href: &str, etag: &str) -> Result<Written> {
        let mut rb = self.req(Method::DELETE, &self.url_of(href));
        if !etag.is_empty() {
            rb = rb.header(header::IF_MATCH, etag);
        }
        self.remote
            .writes
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let res = self.remote.send(rb).await?;
        match res.status() {
            s if s.is_success() || s == StatusCode::NOT_FOUND || s == StatusCode::GONE => {
                Ok(Written::Done {
                    etag: String::new(),
                })
            }
            StatusCode::PRECONDITION_FAILED => Ok(Written::Changed),
            s => Err(self.refused(s, "deleting a meeting")),
        }
    }

    fn refused(&self, s: StatusCode, what: &str) -> Error {
        Error::remote(
            // The server's own trouble stops the sync; a refusal of one meeting does not.
            if s.is_server_error() {
                Code::RemoteServerError
            } else {
                Code::RemoteRefused
            },
            format!(
                "{} refused {what} (HTTP {}); Homegroup will try again",
                self.remote.base,
                s.as_u16()
            ),
        )
    }
}

#[derive(Debug, Default)]
struct Response {
    href: String,
    status: Option<u16>,
    etag: Option<String>,
    data: Option<String>,
}

#[derive(Debug, Default)]
struct Multistatus {
    responses: Vec<Response>,
    token: String,
}

/// Reads a DAV multistatus by local names (servers use any namespace prefix).
fn parse(xml: &str) -> std::result::Result<Multistatus, String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = Multistatus::default();
    let mut stack: Vec<Vec<u8>> = vec![];
    let mut text = String::new();
    let mut current: Option<Response> = None;
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            Event::Start(e) => {
                let name = e.local_name().as_ref().as_bytes().to_vec();
                if name == b"response" {
                    current = Some(Response::default());
                }
                stack.push(name);
                text.clear();
            }
            Event::Empty(_) => {}
            Event::Text(t) => {
                let raw: &str = &t;
                let decoded = quick_xml::escape::unescape(raw).map_err(|e| e.to_string())?;
                text.push_str(&decoded);
            }
            Event::GeneralRef(r) => {
                let raw: &str = &r;
                let reference = format!("&{raw};");
                let decoded = quick_xml::escape::unescape(&reference).map_err(|e| e.to_string())?;
                text.push_str(&decoded);
            }
            Event::CData(c) => text.push_str(&c),
            Event::End(_) => {
                let name = stack.pop().unwrap_or_default();
                let parent = stack.last().map(Vec::as_slice);
                match (name.as_slice(), current.as_mut()) {
                    (b"href", Some(r)) if parent == Some(b"response") => r.href = normal(&text),
                    (b"status", Some(r)) if parent == Some(b"response") => {
                        r.status = text.split_whitespace().nth(1).and_then(|c| c.parse().ok())
                    }
                    (b"getetag", Some(r)) => {
                        r.etag = Some(text.trim().to_owned()).filter(|e| !e.is_empty())
                    }
                    (b"calendar-data", Some(r)) => r.data = Some(text.clone()),
                    (b"response", Some(_)) => out.responses.extend(current.take()),
                    (b"sync-token", _) if parent == Some(b"multistatus") => {
                        out.token = text.trim().to_owned()
                    }
                    _ => {}
                }
                text.clear();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !stack.is_empty() {
        return Err("the reply ends inside an element".into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multistatus_with_prefixes_entities_and_removed_members() {
        let xml = r#"<?xml version="1.0"?>
<multistatus xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <response><href>/u/cal/a%40homegroup.ics</href>
    <propstat><prop><getetag>"1"</getetag><C:calendar-data>BEGIN:VCALENDAR&#13;
URL:https://x.org/?a=1&amp;b=2&#13;
END:VCALENDAR</C:calendar-data></prop><status>HTTP/1.1 200 OK</status></propstat></response>
  <response><href>/u/cal/gone.ics</href><status>HTTP/1.1 404 Not Found</status></response>
  <sync-token>http://x/sync/7</sync-token>
</multistatus>"#;
        let m = parse(xml).unwrap();
        assert_eq!(m.token, "http://x/sync/7");
        assert_eq!(m.responses.len(), 2);
        assert_eq!(m.responses[0].href, "/u/cal/a@homegroup.ics");
        assert_eq!(m.responses[0].etag.as_deref(), Some("\"1\""));
        assert!(m.responses[0]
            .data
            .as_deref()
            .unwrap()
            .contains("?a=1&b=2\r\n"));
        assert_eq!(m.responses[0].status, None);
        assert_eq!(m.responses[1].status, Some(404));
        assert!(parse("<multistatus><response>").is_err());
        assert_eq!(
            normal("https://dav.example.org/u/cal/a%20b.ics"),
            "/u/cal/a b.ics"
        );
    }
}
