//! The HTTP side of publishing: PUT, DELETE and MKCOL against a CalDAV calendar or a
//! WebDAV folder, with the preconditions that keep us from overwriting what someone
//! else wrote (`If-None-Match: *` to create, `If-Match` with the ETag we last wrote to
//! replace), and each server answer turned into an error a person can act on.

use reqwest::{header, Client, Method, StatusCode};

use crate::error::{Code, Error, Result};

/// What to do when a file changed on the server since we wrote it (412).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum OnChanged {
    /// A calendar collection holds our resources only: take the server's ETag and write.
    Overwrite,
    /// A folder may be edited by people: report the file, write nothing.
    Report,
}

pub(crate) struct Remote<'a> {
    pub client: Client,
    pub base: &'a str,
    pub user: String,
    pub password: String,
    /// Requests sent that change something (PUT, DELETE, MKCOL), for the report.
    pub writes: std::sync::atomic::AtomicU32,
}

/// A client that never follows a redirect: a PUT redirected to a login page would be
/// turned into a GET by the redirect rules and "succeed" with a web page.
pub(crate) fn client(timeout: std::time::Duration) -> Result<Client> {
    Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout.min(std::time::Duration::from_secs(10)))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| network("the publish client", &e))
}

impl Remote<'_> {
    pub(crate) fn request(&self, method: Method, name: &str) -> reqwest::RequestBuilder {
        let mut rb = self.client.request(method, format!("{}{name}", self.base));
        if !self.user.is_empty() {
            rb = rb.basic_auth(&self.user, Some(&self.password));
        }
        rb
    }

    pub(crate) async fn send(&self, rb: reqwest::RequestBuilder) -> Result<reqwest::Response> {
        let res = rb.send().await.map_err(|e| network(self.base, &e))?;
        let status = res.status();
        match status {
            StatusCode::UNAUTHORIZED => Err(Error::remote(
                Code::RemoteAuth,
                format!(
                    "{} refused the user name or password (HTTP 401); check them in the publish settings",
                    self.base
                ),
            )),
            StatusCode::FORBIDDEN => Err(Error::remote(
                Code::RemoteForbidden,
                format!(
                    "{} does not let this login write there (HTTP 403); check the folder's sharing settings on the server",
                    self.base
                ),
            )),
            StatusCode::INSUFFICIENT_STORAGE => Err(Error::remote(
                Code::RemoteFull,
                format!("{} has no space left for this account (HTTP 507)", self.base),
            )),
            s if s.is_redirection() => Err(Error::remote(
                Code::RemoteRedirected,
                format!(
                    "{} answered with a redirect to {} (HTTP {}): that is usually a login page or the web view, not the WebDAV address",
                    self.base,
                    res.headers()
                        .get(header::LOCATION)
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("another page"),
                    s.as_u16()
                ),
            )),
            _ => Ok(res),
        }
    }

    fn count_write(&self) {
        self.writes
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }

    async fn etag_of(&self, name: &str) -> Result<Option<String>> {
        let res = self.send(self.request(Method::HEAD, name)).await?;
        if res.status() == StatusCode::NOT_FOUND {
            return Ok(None);
        }
        Ok(etag(&res))
    }

    /// PUT with the right precondition. Returns the new ETag (asked for with HEAD when
    /// the server does not say). `Err(MissingFolder)` when the collection is not there.
    ///
    /// `written` is the hash of what we last wrote there. A 412 is not always someone
    /// else's edit: Apache gives a file changed in the last second a weak ETag, which
    /// `If-Match` never matches. So on a 412 in a folder the file is read back, and only
    /// content other than ours counts as a change.
    pub(super) async fn put(
        &self,
        name: &str,
        body: &str,
        content_type: &str,
        (known, written): (Option<&str>, Option<&str>),
        on_changed: OnChanged,
    ) -> std::result::Result<Option<String>, PutError> {
        let mut condition = match known {
            // A weak tag never matches `If-Match`; Apache's strong tag for the file, once
            // a second has passed, is the same value without `W/`.
            Some(e) => Condition::Match(e.trim_start_matches("W/").to_owned()),
            // No tag kept (a server that gives none): create, and let the 412 of a file
            // that is there read it back like any other.
            None => Condition::Create,
        };
        for attempt in 0..2 {
            let mut rb = self
                .request(Method::PUT, name)
                .header(header::CONTENT_TYPE, content_type)
                .body(body.to_owned());
            rb = match &condition {
                Condition::Match(v) => rb.header(header::IF_MATCH, v.clone()),
                Condition::Create => rb.header(header::IF_NONE_MATCH, "*"),
                Condition::Unconditional => rb,
            };
            self.count_write();
            let res = self.send(rb).await?;
            match res.status() {
                // A server that answers a PUT with a web page did not store a file: a
                // login or error page served with 200.
                StatusCode::OK if is_html(&res) => {
                    return Err(Error::remote(
                        Code::RemoteLoginPage,
                        format!(
                            "{} answered with a web page instead of storing {name}: the address is probably a login page or the folder's web view, not its WebDAV address",
                            self.base
                        ),
                    )
                    .into())
                }
                s if s.is_success() => {
                    return Ok(match etag(&res) {
                        Some(t) => Some(t),
                        None => self.etag_of(name).await?,
                    });
                }
                StatusCode::PRECONDITION_FAILED if on_changed == OnChanged::Report && attempt == 0 => {
                    // What is there now decides: this very body (a reply lost after the
                    // write, a run beside ours) is done; what we wrote last is ours to
                    // replace; nothing at all may be made; anything else is someone's.
                    match self.content_hash(name).await? {
                        Some(h) if h == super::hash(body) => return Ok(self.etag_of(name).await?),
                        Some(h) if Some(h.as_str()) == written => condition = Condition::Unconditional,
                        None => condition = Condition::Create,
                        Some(_) => {
                            return Err(Error::remote(
                                Code::PublishChangedOnServer,
                                format!(
                                    "{}{name} was changed on the server since Homegroup wrote it, so it was not overwritten; look at it there, then delete it from the folder and publish again",
                                    self.base
                                ),
                            )
                            .into())
                        }
                    }
                }
                StatusCode::PRECONDITION_FAILED if on_changed == OnChanged::Report => {
                    return Err(Error::remote(
                        Code::PublishChangedOnServer,
                        format!(
                            "{}{name} was changed on the server since Homegroup wrote it, so it was not overwritten; look at it there, then delete it from the folder and publish again",
                            self.base
                        ),
                    )
                    .into())
                }
                StatusCode::PRECONDITION_FAILED if attempt == 0 => {
                    condition = match self.etag_of(name).await? {
                        Some(t) => Condition::Match(t),
                        None => Condition::Create,
                    };
                }
                StatusCode::NOT_FOUND | StatusCode::CONFLICT => return Err(PutError::MissingFolder),
                StatusCode::METHOD_NOT_ALLOWED => {
                    return Err(Error::remote(
                        Code::RemoteNotFound,
                        format!(
                            "{} does not accept files (HTTP 405): it is not a WebDAV folder or calendar",
                            self.base
                        ),
                    )
                    .into())
                }
                s => {
                    return Err(Error::remote(
                        Code::RemoteRefused,
                        format!("{} refused {name} (HTTP {})", self.base, s.as_u16()),
                    )
                    .into())
                }
            }
        }
        Err(Error::remote(
            Code::RemoteRefused,
            format!(
                "{} kept changing {name} while we wrote it; try again",
                self.base
            ),
        )
        .into())
    }

    /// The hash of the file as the server holds it now (none when it is not there).
    async fn content_hash(&self, name: &str) -> Result<Option<String>> {
        let res = self.send(self.request(Method::GET, name)).await?;
        if !res.status().is_success() {
            return Ok(None);
        }
        // Bytes, not text: a server's charset label must not change what we compare.
        let body = res.bytes().await.map_err(|e| network(self.base, &e))?;
        Ok(Some(super::hash_bytes(&body)))
    }

    /// Creates the folder, and its missing parents below the server's root (MKCOL
    /// answers 409 while a parent is missing).
    pub(super) async fn make_folder(&self) -> Result<()> {
        let url = reqwest::Url::parse(self.base).map_err(|_| {
            Error::invalid(
                Code::PublishInvalidUrl,
                "url",
                format!("{} is not a web address", self.base),
            )
        })?;
        let segments: Vec<&str> = url.path().split('/').filter(|s| !s.is_empty()).collect();
        // From the deepest folder up until one can be made, then back down.
        let mut depth = segments.len();
        let folder = |d: usize| {
            let mut u = url.clone();
            u.set_path(&format!("/{}/", segments[..d].join("/")));
            u.to_string()
        };
        let mut made_at = None;
        while depth > 0 {
            match self.mkcol(&folder(depth)).await? {
                StatusCode::CONFLICT => depth -= 1,
                _ => {
                    made_at = Some(depth);
                    break;
                }
            }
        }
        let Some(start) = made_at else {
            return Err(self.not_a_folder(StatusCode::CONFLICT));
        };
        for d in start + 1..=segments.len() {
            match self.mkcol(&folder(d)).await? {
                s if s.is_success() || s == StatusCode::METHOD_NOT_ALLOWED => {}
                s => return Err(self.not_a_folder(s)),
            }
        }
        Ok(())
    }

    async fn mkcol(&self, url: &str) -> Result<StatusCode> {
        let mut rb = self
            .client
            .request(Method::from_bytes(b"MKCOL").expect("a method name"), url);
        if !self.user.is_empty() {
            rb = rb.basic_auth(&self.user, Some(&self.password));
        }
        self.count_write();
        let s = self.send(rb).await?.status();
        // 405: it exists already.
        if s.is_success() || s == StatusCode::METHOD_NOT_ALLOWED || s == StatusCode::CONFLICT {
            Ok(s)
        } else {
            Err(self.not_a_folder(s))
        }
    }

    fn not_a_folder(&self, s: StatusCode) -> Error {
        Error::remote(
            Code::RemoteNotFound,
            format!(
                "{} is not there and could not be created (HTTP {}); create the folder on the server first",
                self.base,
                s.as_u16()
            ),
        )
    }

    pub(super) async fn delete(&self, name: &str, known: Option<&str>) -> Result<()> {
        let mut rb = self.request(Method::DELETE, name);
        if let Some(e) = known {
            rb = rb.header(header::IF_MATCH, e);
        }
        self.count_write();
        let res = self.send(rb).await?;
        match res.status() {
            s if s.is_success() || s == StatusCode::NOT_FOUND || s == StatusCode::GONE => Ok(()),
            StatusCode::PRECONDITION_FAILED => {
                self.count_write();
                let res = self.send(self.request(Method::DELETE, name)).await?;
                if res.status().is_success() || res.status() == StatusCode::NOT_FOUND {
                    Ok(())
                } else {
                    Err(Error::remote(
                        Code::RemoteRefused,
                        format!(
                            "{} would not delete {name} (HTTP {})",
                            self.base,
                            res.status().as_u16()
                        ),
                    ))
                }
            }
            s => Err(Error::remote(
                Code::RemoteRefused,
                format!(
                    "{} would not delete {name} (HTTP {})",
                    self.base,
                    s.as_u16()
                ),
            )),
        }
    }
}

/// The precondition a PUT carries.
enum Condition {
    /// `If-Match`: replace the version we wrote.
    Match(String),
    /// `If-None-Match: *`: create, never replace.
    Create,
    /// None: the file on the server was just read back and is ours.
    Unconditional,
}

/// Why a PUT did not store the file.
pub(super) enum PutError {
    /// The folder or calendar is not there (404/409): a WebDAV folder can be made.
    MissingFolder,
    Failed(Error),
}

impl From<Error> for PutError {
    fn from(e: Error) -> Self {
        PutError::Failed(e)
    }
}

pub(crate) fn is_html(res: &reqwest::Response) -> bool {
    res.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.to_ascii_lowercase().starts_with("text/html"))
}

pub(crate) fn etag(res: &reqwest::Response) -> Option<String> {
    res.headers()
        .get(header::ETAG)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

pub(crate) fn network(base: &str, e: &reqwest::Error) -> Error {
    if e.is_timeout() {
        return Error::remote(
            Code::RemoteTimeout,
            format!("{base} did not answer in time; try again later"),
        );
    }
    let what = if e.is_connect() {
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
        Code::RemoteNetwork,
        format!(
            "{base} {what}{}{cause}; check the address and the internet connection",
            if cause.is_empty() { "" } else { ": " }
        ),
    )
}
