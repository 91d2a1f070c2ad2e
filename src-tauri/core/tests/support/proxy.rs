//! A pass-through in front of a real server that the test can make misbehave: answer
//! one request with a 5xx, a 507, a login page, or not at all; or kill a process
//! (SIGKILL) when its n-th request arrives, before or after the server saw it. Every
//! other request reaches the real server unchanged, so what is tested is the real
//! server's behaviour plus the one fault.

use std::sync::{Arc, Mutex};

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Answer every request with this status.
    Status(u16),
    /// Answer every request with a 200 web page, as a login screen does.
    LoginPage,
    /// Never answer.
    Silent,
}

#[derive(Debug, Clone, Copy)]
pub struct Kill {
    pub pid: u32,
    /// The request (counted from 1 after `kill_at`) at which the process dies.
    pub at: u32,
    /// Whether the server gets the request first (the reply is what is lost).
    pub after_forwarding: bool,
}

#[derive(Default)]
struct Inner {
    /// The fault, and the one method it is limited to.
    fault: Option<(Fault, Option<String>)>,
    /// Requests whose body holds this text are refused with this status (a server
    /// without that REPORT: 501; a sync token it no longer knows: 403).
    refuse_body: Option<(String, u16)>,
    kill: Option<Kill>,
    seen: u32,
    /// (method, path) of every request, in order.
    log: Vec<(String, String)>,
}

#[derive(Clone)]
pub struct Proxy {
    pub base: String,
    inner: Arc<Mutex<Inner>>,
}

#[derive(Clone)]
struct Ctx {
    upstream: String,
    client: reqwest::Client,
    inner: Arc<Mutex<Inner>>,
}

impl Proxy {
    /// Starts in front of `upstream` (`http://127.0.0.1:PORT`) on a port the kernel picks.
    pub async fn start(upstream: &str) -> Proxy {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let inner = Arc::new(Mutex::new(Inner::default()));
        let ctx = Ctx {
            upstream: upstream.trim_end_matches('/').to_owned(),
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            inner: inner.clone(),
        };
        let app = axum::Router::new().fallback(forward).with_state(ctx);
        tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        Proxy { base, inner }
    }

    /// Makes every request (or only those of `method`) fail with `fault`; `None` heals.
    pub fn fail(&self, fault: Option<Fault>, method: Option<&str>) {
        self.inner.lock().unwrap().fault = fault.map(|f| (f, method.map(str::to_owned)));
    }

    /// Answers `status` to every request whose body contains `text`.
    pub fn refuse_body(&self, refusal: Option<(&str, u16)>) {
        self.inner.lock().unwrap().refuse_body = refusal.map(|(t, s)| (t.to_owned(), s));
    }

    pub fn kill_at(&self, kill: Option<Kill>) {
        let mut i = self.inner.lock().unwrap();
        i.kill = kill;
        i.seen = 0;
    }

    /// Requests since the last call, and forgets them.
    pub fn take_log(&self) -> Vec<(String, String)> {
        std::mem::take(&mut self.inner.lock().unwrap().log)
    }
}

fn sigkill(pid: u32) {
    // SAFETY: kill(2) with a pid the test spawned; no memory is touched.
    unsafe {
        libc::kill(pid as i32, libc::SIGKILL);
    }
}

async fn forward(
    State(ctx): State<Ctx>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (fault, kill, refused) = {
        let mut i = ctx.inner.lock().unwrap();
        let refused = i
            .refuse_body
            .as_ref()
            .filter(|(t, _)| String::from_utf8_lossy(&body).contains(t.as_str()))
            .map(|(_, s)| *s);
        i.seen += 1;
        i.log.push((method.to_string(), uri.path().to_owned()));
        let kill = i.kill.filter(|k| k.at == i.seen);
        let fault = i
            .fault
            .clone()
            .filter(|(_, m)| m.as_deref().is_none_or(|m| m == method.as_str()))
            .map(|(f, _)| f);
        (fault, kill, refused)
    };
    if let Some(status) = refused {
        return StatusCode::from_u16(status).unwrap().into_response();
    }
    if let Some(k) = kill.filter(|k| !k.after_forwarding) {
        sigkill(k.pid);
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    match fault {
        Some(Fault::Status(s)) => {
            return StatusCode::from_u16(s).unwrap().into_response();
        }
        Some(Fault::LoginPage) => {
            return (
                [("content-type", "text/html; charset=utf-8")],
                "<!doctype html><title>Sign in</title><form><input name=user></form>",
            )
                .into_response();
        }
        Some(Fault::Silent) => {
            std::future::pending::<()>().await;
            unreachable!()
        }
        None => {}
    }
    let path = uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
    let mut rb = ctx
        .client
        .request(method, format!("{}{path}", ctx.upstream))
        .body(body);
    for (k, v) in &headers {
        if k != "host" && k != "content-length" {
            rb = rb.header(k, v);
        }
    }
    let res = rb.send().await.unwrap();
    let status = res.status();
    let mut out_headers = HeaderMap::new();
    for (k, v) in res.headers() {
        if k != "transfer-encoding" && k != "connection" && k != "content-length" {
            out_headers.insert(k, v.clone());
        }
    }
    let bytes = res.bytes().await.unwrap();
    if let Some(k) = kill.filter(|k| k.after_forwarding) {
        sigkill(k.pid);
    }
    let mut r = Response::new(Body::from(bytes));
    *r.status_mut() = status;
    *r.headers_mut() = out_headers;
    r
}
