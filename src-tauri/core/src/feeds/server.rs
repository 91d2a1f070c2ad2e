//! The feed server: `/feeds/<token>.ics` and `/feeds/<token>.json` over HTTP/1.
//! Calendar clients poll, so revalidation is the hot path: a strong ETag (hash of the
//! body) answers If-None-Match, and Last-Modified answers If-Modified-Since for Apple,
//! which revalidates by date only. No compression: gzip breaks Outlook subscriptions.
//! At `/` the whole program's meeting finder page ([`crate::page`]), for phones on the
//! room's Wi-Fi.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::SystemTime;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tokio::net::TcpListener;

use super::{by_token, render, FeedFormat};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::store::Store;

/// Loopback unless the person turns on sharing with the local network.
pub const DEFAULT_PORT: u16 = 8737;

/// Rendered feeds, kept until the database changes. Calendar apps poll the same
/// feed over and over; building it once per change (not per poll) is what lets one
/// laptop answer a whole fellowship's phones.
#[derive(Clone)]
struct Shared {
    store: Arc<Store>,
    /// Read by every request, written on a miss: readers do not wait for each other.
    cache: Arc<std::sync::RwLock<std::collections::HashMap<(String, FeedFormat), Cached>>>,
    /// Another program's commits (the CLI's), seen through `PRAGMA data_version`,
    /// looked up at most once a second.
    outside: Arc<Outside>,
    /// The hashes of every feed's token, and the version they were read at.
    tokens: Arc<std::sync::Mutex<(Option<(u64, i64)>, std::collections::HashSet<String>)>>,
    /// The page's files as of a version; built by one request at a time.
    page: Arc<tokio::sync::Mutex<Option<PageFiles>>>,
}

/// The meeting finder page as served: its files by name, with their ETags.
struct PageFiles {
    version: (u64, i64),
    at: std::time::Instant,
    files: std::collections::HashMap<String, (&'static str, HeaderValue, axum::body::Bytes)>,
}

#[derive(Clone)]
struct Cached {
    version: (u64, i64),
    at: std::time::Instant,
    etag: HeaderValue,
    last_modified: SystemTime,
    last_modified_http: HeaderValue,
    body: axum::body::Bytes,
}

/// Cached copies are dropped after this long even without a change, so anything that
/// depends on the date is never stale for long.
const CACHE_FOR: std::time::Duration = std::time::Duration::from_secs(600);

/// `PRAGMA data_version` as last looked up, and when. Every request of both workers
/// reads it, so it is atomics rather than a lock they would take in turn (taking the
/// lock out did not move the 304 rate measurably; the README says where that goes).
struct Outside {
    born: std::time::Instant,
    /// Milliseconds after `born` of the last look-up; `NEVER` before the first.
    checked: std::sync::atomic::AtomicU64,
    value: std::sync::atomic::AtomicI64,
    /// Held by the one request that looks it up; the others go on with the last value
    /// (0 before the first look-up ends, older than a second while the look-up waits
    /// for the store), which only ever makes a cached answer look older than it is.
    looking: std::sync::Mutex<()>,
}

const NEVER: u64 = u64::MAX;

impl Default for Outside {
    fn default() -> Self {
        Outside {
            born: std::time::Instant::now(),
            checked: NEVER.into(),
            value: 0.into(),
            looking: Default::default(),
        }
    }
}

/// The program's version as the server knows it: writes through this process's store
/// (its generation, free to read) and commits by any other process (the CLI's, by
/// `PRAGMA data_version`, looked up at most once a second, so such a change reaches
/// subscribers within a second or so). A version read a little
/// early is safe: what is rendered after it is at least that new, and is only tagged
/// older than it is.
fn version(shared: &Shared) -> Result<(u64, i64)> {
    use std::sync::atomic::Ordering;
    let mine = shared.store.generation();
    let o = &shared.outside;
    let now = o.born.elapsed().as_millis() as u64;
    let checked = o.checked.load(Ordering::Acquire);
    if checked == NEVER || now.saturating_sub(checked) >= 1000 {
        if let Ok(_one) = o.looking.try_lock() {
            if o.checked.load(Ordering::Acquire) == checked {
                let v: i64 = shared
                    .store
                    .conn()
                    .query_row("PRAGMA data_version", [], |r| r.get(0))?;
                o.value.store(v, Ordering::Release);
                o.checked.store(now, Ordering::Release);
            }
        }
    }
    Ok((mine, o.value.load(Ordering::Acquire)))
}

pub fn router(store: Arc<Store>) -> Router {
    let shared = Shared {
        store,
        cache: Default::default(),
        tokens: Default::default(),
        page: Default::default(),
        outside: Default::default(),
    };
    Router::new()
        .route("/feeds/{file}", get(feed))
        .route("/", get(page_index))
        .route("/{file}", get(page_file))
        .fallback(|headers: HeaderMap| async move {
            plain(StatusCode::NOT_FOUND, &headers, "server-not_found")
        })
        .with_state(shared)
}

/// Connections the kernel holds for the server before it accepts them. The default
/// (128) overflowed under a flood from one address, and then everyone's new connections
/// waited for the kernel's retry (1 s, 3 s…); the kernel caps it at `somaxconn`.
const BACKLOG: u32 = 4096;

/// Listens on exactly `addr`. A taken port is reported, never swapped for another:
/// every subscribed calendar and printed flyer carries the port.
pub async fn bind(addr: SocketAddr) -> Result<TcpListener> {
    let listen = || -> std::io::Result<TcpListener> {
        let socket = if addr.is_ipv4() {
            tokio::net::TcpSocket::new_v4()?
        } else {
            tokio::net::TcpSocket::new_v6()?
        };
        // As std's listener does: a restarted server gets its port back at once.
        #[cfg(unix)]
        socket.set_reuseaddr(true)?;
        socket.bind(addr)?;
        socket.listen(BACKLOG)
    };
    listen().map_err(|e| {
        if e.kind() == std::io::ErrorKind::AddrInUse {
            Error::invalid(
                crate::error::Code::ServePortTaken,
                "port",
                format!(
                    "port {} is taken by another program, so the feeds cannot be served at their address; \
                     close that program (another Homegroup, or `homegroup serve`), or choose another port \
                     with `homegroup feeds port N` (subscribers then need the new links)",
                    addr.port()
                ),
            )
        } else {
            Error::invalid(
                crate::error::Code::ServeBind,
                "bind",
                format!("cannot listen on {addr}: {e}"),
            )
        }
    })
}

/// What one client may take of the server. Calendar apps send small GETs and read
/// the answer promptly; anything else is cut off.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// The whole request head must arrive within this (slowloris clients).
    pub header_timeout: std::time::Duration,
    /// Request head size (path, headers, cookies) at most this many bytes.
    pub max_header_bytes: usize,
    /// Connections served at once; further ones wait their turn.
    pub max_connections: usize,
    /// Connections open at once, served or waiting; further ones wait in the kernel's
    /// backlog.
    pub max_open: usize,
    /// A connection, however busy, is closed after this long.
    pub connection_lifetime: std::time::Duration,
    /// A connection on which no byte moves for this long is closed: an idle
    /// keep-alive, a client that never reads its answers, a trickle.
    pub stall: std::time::Duration,
    /// Connections of one client address served at once; more from that address wait
    /// their turn, so that many honest clients behind one address (a household, a
    /// church's Wi-Fi) are all answered and one greedy one cannot take everyone's slots.
    pub per_client: usize,
    /// Connections of one client address waiting for a turn; more are closed on arrival.
    pub per_client_waiting: usize,
    /// How long a connection may wait for its turn before it is closed.
    pub turn_wait: std::time::Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            header_timeout: std::time::Duration::from_secs(10),
            max_header_bytes: 16 * 1024,
            max_connections: 4096,
            max_open: 8192,
            connection_lifetime: std::time::Duration::from_secs(300),
            stall: std::time::Duration::from_secs(10),
            // A phone's calendar app uses one or two; a household behind one address
            // a few more. A church's Wi-Fi behind one address waits its turn.
            per_client: 32,
            per_client_waiting: 1024,
            turn_wait: std::time::Duration::from_secs(20),
        }
    }
}

/// Serves until `shutdown` completes.
pub async fn serve(
    listener: TcpListener,
    store: Arc<Store>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_with(listener, store, Limits::default(), shutdown).await
}

/// Serves with explicit limits (tests use short ones).
pub async fn serve_with(
    listener: TcpListener,
    store: Arc<Store>,
    limits: Limits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use hyper_util::service::TowerToHyperService;

    let app = router(store);
    raise_open_files(limits.max_open);
    let serving = Arc::new(tokio::sync::Semaphore::new(limits.max_connections));
    let open = Arc::new(tokio::sync::Semaphore::new(limits.max_open));
    let clients = Clients::default();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let opened = tokio::select! {
            _ = &mut shutdown => return Ok(()),
            p = open.clone().acquire_owned() => p.expect("the semaphore is never closed"),
        };
        let (stream, peer) = tokio::select! {
            _ = &mut shutdown => return Ok(()),
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                // Out of file descriptors and the like: pause rather than spin.
                Err(e) => {
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        // One address waiting with more connections than any household has is closed
        // more; the rest wait for a turn of that address's own.
        let Some(seat) = clients.seat(peer.ip(), limits) else {
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let serving = serving.clone();
        tokio::spawn(async move {
            use std::sync::atomic::Ordering;
            let address = seat.address.clone();
            address.waiting.fetch_add(1, Ordering::Relaxed);
            let turn = tokio::time::timeout(limits.turn_wait, address.turns.acquire()).await;
            address.waiting.fetch_sub(1, Ordering::Relaxed);
            let Ok(Ok(turn)) = turn else {
                return;
            };
            // The turn is given up after a while when another connection of the same
            // address waits (see `yield_turn`).
            let holder = Turn {
                address: address.clone(),
                since: std::time::Instant::now(),
            };
            let service = TowerToHyperService::new(
                app.layer(axum::middleware::from_fn_with_state(holder, yield_turn)),
            );
            let Ok(slot) = serving.acquire_owned().await else {
                return;
            };
            let mut http = hyper::server::conn::http1::Builder::new();
            // HTTP/1 answers one request at a time per connection; the read buffer
            // bounds what a pipelining client can leave unread on the server.
            http.timer(TokioTimer::new())
                .header_read_timeout(limits.header_timeout)
                .max_buf_size(limits.max_header_bytes.max(8192))
                .keep_alive(true);
            let io = super::watchdog::Watchdog::new(stream, limits.stall);
            let connection = http.serve_connection(TokioIo::new(io), service);
            let _ = tokio::time::timeout(limits.connection_lifetime, connection).await;
            drop(turn);
            drop(slot);
            drop(seat);
            drop(opened);
        });
    }
}

/// Lets this process hold `open` connections (plus its files) where the system's soft
/// limit on open files is lower than its hard one: a desktop session's soft limit is
/// often 1,024, which a flood would reach first and then refuse everyone.
fn raise_open_files(open: usize) {
    #[cfg(unix)]
    unsafe {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: getrlimit and setrlimit read and write only the struct given.
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 {
            let wanted = (open as libc::rlim_t + 1024).min(limit.rlim_max);
            if limit.rlim_cur < wanted {
                limit.rlim_cur = wanted;
                let _ = libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
            }
        }
    }
}

/// How long a connection keeps its turn while another of its address waits: then its
/// next answer says `Connection: close` and the client (every HTTP client does) opens a
/// new connection, which queues behind the one that waited. Keep-alive connections that
/// never go quiet (a load tester, a busy proxy) would otherwise hold every turn.
const YIELD_AFTER: std::time::Duration = std::time::Duration::from_millis(250);

/// A connection's turn, as its requests see it.
#[derive(Clone)]
struct Turn {
    address: Arc<Address>,
    since: std::time::Instant,
}

async fn yield_turn(
    State(turn): State<Turn>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let mut response = next.run(request).await;
    if turn.since.elapsed() >= YIELD_AFTER
        && turn
            .address
            .waiting
            .load(std::sync::atomic::Ordering::Relaxed)
            > 0
    {
        response
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    response
}

/// The connections of each client address: how many are open, and the turns they take.
#[derive(Clone, Default)]
struct Clients(Arc<std::sync::Mutex<std::collections::HashMap<std::net::IpAddr, Arc<Address>>>>);

struct Address {
    /// Connections of this address open now, served or waiting.
    open: std::sync::atomic::AtomicUsize,
    /// Connections of this address waiting for a turn now.
    waiting: std::sync::atomic::AtomicUsize,
    /// Turns to be served: `per_client` of them.
    turns: tokio::sync::Semaphore,
}

/// One connection's place in [`Clients`], given back when dropped.
struct Seat {
    clients: Clients,
    ip: std::net::IpAddr,
    address: Arc<Address>,
}

impl Clients {
    fn seat(&self, ip: std::net::IpAddr, limits: Limits) -> Option<Seat> {
        use std::sync::atomic::Ordering;
        let mut held = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let address = held
            .entry(ip)
            .or_insert_with(|| {
                Arc::new(Address {
                    open: 0.into(),
                    waiting: 0.into(),
                    turns: tokio::sync::Semaphore::new(limits.per_client),
                })
            })
            .clone();
        if address.open.load(Ordering::Relaxed) >= limits.per_client + limits.per_client_waiting {
            return None;
        }
        address.open.fetch_add(1, Ordering::Relaxed);
        Some(Seat {
            clients: self.clone(),
            ip,
            address,
        })
    }
}

impl Drop for Seat {
    fn drop(&mut self) {
        use std::sync::atomic::Ordering;
        let mut held = self.clients.0.lock().unwrap_or_else(|p| p.into_inner());
        // Counted down under the map's lock, so a new seat never joins an address that
        // is being removed.
        if self.address.open.fetch_sub(1, Ordering::Relaxed) == 1 {
            held.remove(&self.ip);
        }
    }
}

/// A running server; dropping it stops the server (without waiting: use
/// [`Handle::stop`] to know the port is free again).
pub struct Handle {
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl Handle {
    /// Stops the server and waits until its listener is closed, so the same port can
    /// be bound again at once (turning LAN sharing on and off keeps the address).
    pub async fn stop(mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.task.take() {
            let _ = t.await;
        }
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
    }
}

/// Starts serving on exactly `addr` in the background of the current Tokio runtime.
pub async fn start(store: Arc<Store>, addr: SocketAddr) -> Result<Handle> {
    let listener = bind(addr).await?;
    let addr = listener.local_addr().map_err(|e| {
        Error::invalid(
            crate::error::Code::ServeBind,
            "bind",
            format!("the feed server has no address: {e}"),
        )
    })?;
    let (tx, rx) = tokio::sync::oneshot::channel();
    let task = tokio::spawn(async move {
        if let Err(e) = serve(listener, store, async {
            let _ = rx.await;
        })
        .await
        {
            tracing::error!(error = %e, "feed server stopped");
        }
    });
    Ok(Handle {
        addr,
        stop: Some(tx),
        task: Some(task),
    })
}

/// Starts the server as the person configured it: this computer only, or the local
/// network; always on the same port, so subscribed calendars keep working. The port
/// is 8737 unless set (`homegroup feeds port`); 0 means "any free port", and the one
/// given is kept from then on.
pub async fn start_configured(store: Arc<Store>) -> Result<(Handle, bool)> {
    use crate::settings::{self, FEEDS_LAN, FEEDS_PORT};
    let (lan, port) = {
        let conn = store.conn();
        (
            settings::flag(&conn, FEEDS_LAN)?,
            settings::get(&conn, FEEDS_PORT)?.and_then(|p| p.parse::<u16>().ok()),
        )
    };
    let ip = if lan {
        std::net::IpAddr::from([0, 0, 0, 0])
    } else {
        std::net::IpAddr::from([127, 0, 0, 1])
    };
    let handle = start(
        store.clone(),
        SocketAddr::new(ip, port.unwrap_or(DEFAULT_PORT)),
    )
    .await?;
    let chosen = handle.addr.port();
    if port != Some(chosen) {
        store.write(|tx| settings::set(tx, FEEDS_PORT, &chosen.to_string()))?;
    }
    Ok((handle, lan))
}

/// This computer's address on the local network, as phones on the same Wi-Fi reach it.
/// A UDP "connect" sends nothing; it only makes the system pick the outgoing interface.
pub fn lan_address() -> Option<std::net::IpAddr> {
    let s = std::net::UdpSocket::bind("0.0.0.0:0").ok()?;
    s.connect("192.0.2.1:80").ok()?;
    let ip = s.local_addr().ok()?.ip();
    (!ip.is_loopback() && !ip.is_unspecified()).then_some(ip)
}

/// The base address subscribers use: the LAN address when sharing, else loopback.
pub fn base_url(addr: SocketAddr, lan: bool) -> String {
    let ip = if lan {
        lan_address().unwrap_or(addr.ip())
    } else {
        std::net::IpAddr::from([127, 0, 0, 1])
    };
    format!("http://{}", SocketAddr::new(ip, addr.port()))
}

async fn page_index(state: State<Shared>, headers: HeaderMap) -> Response {
    page_file(state, Path("index.html".to_owned()), headers).await
}

/// The page's files, built again when the program changed (or every ten minutes).
async fn page_file(
    State(shared): State<Shared>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Response {
    if file.len() > 128
        || !file
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
    {
        return not_found(&headers);
    }
    let Ok(now) = version(&shared) else {
        return page_unavailable(&headers);
    };
    let mut held = shared.page.lock().await;
    let fresh = held
        .as_ref()
        .is_some_and(|p| p.version == now && p.at.elapsed() < CACHE_FOR);
    if !fresh {
        let store = shared.store.clone();
        let built = tokio::task::spawn_blocking(move || {
            store.read(|conn| {
                let feed = super::list(conn)?
                    .into_iter()
                    .find(|f| f.scope == super::FeedScope::Program);
                let Some(feed) = feed else {
                    return Ok(None);
                };
                let names = crate::page::Names {
                    stem: "program".into(),
                    html: "index.html".into(),
                    ics: format!("feeds/{}.ics", feed.token),
                };
                super::page_files_named(conn, &feed, &names).map(Some)
            })
        })
        .await;
        match built {
            Ok(Ok(Some(files))) => {
                let files = files
                    .into_iter()
                    .map(|f| {
                        let etag = format!("\"{}\"", crate::digest::short_hash(&f.body));
                        let etag =
                            HeaderValue::from_str(&etag).expect("a hex ETag is a valid header");
                        (
                            f.name,
                            (f.content_type, etag, axum::body::Bytes::from(f.body)),
                        )
                    })
                    .collect();
                *held = Some(PageFiles {
                    version: now,
                    at: std::time::Instant::now(),
                    files,
                });
            }
            // No whole-program feed yet: the app or `feeds list` makes it.
            Ok(Ok(None)) => return not_found(&headers),
            Ok(Err(e)) => {
                tracing::error!(code = e.code(), error = %e, "the meeting page could not be built: answered 500");
                return page_unavailable(&headers);
            }
            Err(_) => return page_unavailable(&headers),
        }
    }
    let Some((content_type, etag, body)) = held.as_ref().and_then(|p| p.files.get(&file)).cloned()
    else {
        return not_found(&headers);
    };
    drop(held);
    let same = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|inm| matches_etag(inm, etag.to_str().unwrap_or_default()));
    let builder = Response::builder()
        .header(header::ETAG, etag)
        .header(header::CACHE_CONTROL, "no-cache")
        .header(header::X_CONTENT_TYPE_OPTIONS, "nosniff")
        .header(header::REFERRER_POLICY, "no-referrer")
        // A header can say what a meta tag cannot: no framing by another site.
        .header(
            header::CONTENT_SECURITY_POLICY,
            format!("{}; frame-ancestors 'none'", crate::page::POLICY),
        );
    answer(
        builder,
        same,
        [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
        body,
    )
}

/// The language a browser asks for (`Accept-Language`, by quality), English when it
/// names none the catalog holds: a member who opens a wrong link reads why in theirs.
fn asked_language(headers: &HeaderMap) -> Lang {
    let Some(value) = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
    else {
        return Lang::EN;
    };
    let mut ranges: Vec<(f32, &str)> = value
        .split(',')
        .filter_map(|part| {
            let mut bits = part.split(';');
            let tag = bits.next()?.trim();
            let q = bits
                .find_map(|b| b.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            (!tag.is_empty() && tag != "*" && q > 0.0).then_some((q, tag))
        })
        .take(16)
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranges
        .into_iter()
        .find_map(|(_, tag)| Lang::parse(tag))
        .unwrap_or(Lang::EN)
}

/// A short answer for a person, in the language their browser asks for.
fn plain(status: StatusCode, headers: &HeaderMap, id: &str) -> Response {
    let lang = asked_language(headers);
    let mut body = crate::i18n::message(lang, id, &[]);
    body.push('\n');
    (
        status,
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8".to_owned()),
            (header::CONTENT_LANGUAGE, lang.code().to_owned()),
        ],
        body,
    )
        .into_response()
}

fn page_unavailable(headers: &HeaderMap) -> Response {
    plain(
        StatusCode::SERVICE_UNAVAILABLE,
        headers,
        "server-page_unavailable",
    )
}

fn not_found(headers: &HeaderMap) -> Response {
    plain(StatusCode::NOT_FOUND, headers, "server-no_feed")
}

async fn feed(
    State(shared): State<Shared>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Response {
    let Some((token, format)) = file.rsplit_once('.').and_then(|(t, ext)| match ext {
        "ics" => Some((t.to_owned(), FeedFormat::Ics)),
        "json" => Some((t.to_owned(), FeedFormat::Json)),
        _ => None,
    }) else {
        return not_found(&headers);
    };
    if token.is_empty() || token.len() > 128 || !token.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return not_found(&headers);
    }
    let key = (token.clone(), format);
    if let Ok(now) = version(&shared) {
        let hit = shared
            .cache
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .get(&key)
            .filter(|c| c.version == now && c.at.elapsed() < CACHE_FOR)
            .cloned();
        if let Some(c) = hit {
            return respond(&c, format, &headers);
        }
        // A token no feed has, checked against the hashes of the feeds as of this
        // version: a flood of guesses costs a hash each, no database and no thread.
        if !known_token(&shared, now, &token).await {
            return not_found(&headers);
        }
    }
    let worker = shared.clone();
    let rendered = tokio::task::spawn_blocking(move || {
        // A read: in WAL mode it never waits for, or fails because of, a writer.
        let v = version(&worker)?;
        let r = worker.store.read(|conn| match by_token(conn, &token)? {
            Some(f) => Ok(Some(render(conn, &f, format)?)),
            None => Ok(None),
        })?;
        Ok::<_, Error>((r, v))
    })
    .await;
    match rendered {
        Ok(Ok((Some(r), v))) => {
            if let Some(mark) = r.mark.clone() {
                // Stored after the answer, and only if nobody is writing right now: a
                // mark not stored is found again by the next render.
                let store = shared.store.clone();
                tokio::task::spawn_blocking(move || {
                    if let Err(e) = store.write_if_free(|tx| super::record(tx, &mark)) {
                        tracing::debug!(code = e.code(), "feed mark left for later");
                    }
                });
            }
            let last_modified: SystemTime = r.last_modified.into();
            let c = Cached {
                version: v,
                at: std::time::Instant::now(),
                etag: HeaderValue::from_str(&r.etag).expect("a hex ETag is a valid header"),
                last_modified,
                last_modified_http: HeaderValue::from_str(&httpdate::fmt_http_date(last_modified))
                    .expect("an HTTP date is a valid header"),
                body: axum::body::Bytes::from(r.body),
            };
            let mut cache = shared.cache.write().unwrap_or_else(|p| p.into_inner());
            // Tokens are secret and few; a flood of wrong ones never reaches here.
            if cache.len() > 1024 {
                cache.clear();
            }
            cache.insert(key, c.clone());
            drop(cache);
            respond(&c, format, &headers)
        }
        Ok(Ok((None, _))) => not_found(&headers),
        Ok(Err(e)) => {
            tracing::error!(code = e.code(), error = %e, "feed could not be rendered: answered 500");
            plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                &headers,
                "server-calendar_failed",
            )
        }
        Err(e) => {
            tracing::error!(error = %e, "feed rendering stopped: answered 500");
            plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                &headers,
                "server-calendar_failed",
            )
        }
    }
}

/// Whether `token` opens a feed, by the hashes of every feed's token at `now` (read
/// once per change of the database).
async fn known_token(shared: &Shared, now: (u64, i64), token: &str) -> bool {
    let wanted = crate::digest::token_hash(token);
    {
        let known = shared.tokens.lock().unwrap_or_else(|p| p.into_inner());
        if known.0 == Some(now) {
            return known.1.contains(&wanted);
        }
    }
    let store = shared.store.clone();
    let hashes = tokio::task::spawn_blocking(move || {
        store.read(super::list).map(|feeds| {
            feeds
                .iter()
                .map(|f| crate::digest::token_hash(&f.token))
                .collect::<std::collections::HashSet<_>>()
        })
    })
    .await;
    match hashes {
        Ok(Ok(set)) => {
            let found = set.contains(&wanted);
            *shared.tokens.lock().unwrap_or_else(|p| p.into_inner()) = (Some(now), set);
            found
        }
        // Unsure: let the full lookup decide (and report what went wrong).
        _ => true,
    }
}

fn matches_etag(if_none_match: &str, etag: &str) -> bool {
    if_none_match
        .split(',')
        .map(str::trim)
        .any(|candidate| candidate == "*" || candidate.trim_start_matches("W/") == etag)
}

fn respond(r: &Cached, format: FeedFormat, headers: &HeaderMap) -> Response {
    let last_modified = r.last_modified;
    let fresh = match headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
    {
        // If-None-Match wins when present (RFC 9110 §13.2.2).
        Some(inm) => matches_etag(inm, r.etag.to_str().unwrap_or_default()),
        None => headers
            .get(header::IF_MODIFIED_SINCE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| httpdate::parse_http_date(v).ok())
            .is_some_and(|since| last_modified <= since),
    };
    let mut builder = Response::builder()
        .header(header::ETAG, r.etag.clone())
        .header(header::LAST_MODIFIED, r.last_modified_http.clone())
        // Always revalidate: a 304 is cheap and a moved meeting shows up at once.
        .header(header::CACHE_CONTROL, "no-cache");
    if format == FeedFormat::Json {
        // Public meeting data, read by meeting-list websites in the browser.
        builder = builder.header(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        );
    }
    // A constant, as every other header of a cached answer: nothing is formatted per
    // request.
    let disposition = match format {
        FeedFormat::Ics => "inline; filename=\"homegroup.ics\"",
        FeedFormat::Json => "inline; filename=\"homegroup.json\"",
    };
    answer(
        builder,
        fresh,
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static(format.content_type()),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static(disposition),
            ),
        ],
        r.body.clone(),
    )
}

/// A 304 with the validators alone when the client holds this version, else a 200
/// with `headers` describing the body.
fn answer<const N: usize>(
    builder: axum::http::response::Builder,
    fresh: bool,
    headers: [(header::HeaderName, HeaderValue); N],
    body: axum::body::Bytes,
) -> Response {
    if fresh {
        return builder
            .status(StatusCode::NOT_MODIFIED)
            .body(Body::empty())
            .expect("valid response");
    }
    headers
        .into_iter()
        .fold(builder.status(StatusCode::OK), |b, (k, v)| b.header(k, v))
        .body(Body::from(body))
        .expect("valid response")
}
