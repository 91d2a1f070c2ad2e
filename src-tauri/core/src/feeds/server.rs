//! The feed server: `/feeds/<token>.ics` and `/feeds/<token>.json` over HTTP/1.
//! Calendar clients poll, so revalidation is the hot path: a strong ETag (hash of the
//! body) answers If-None-Match, and Last-Modified answers If-Modified-Since for Apple,
//! which revalidates by date only. No compression: gzip breaks Outlook subscriptions.

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

use super::{by_token, render, FeedFormat, Rendered};
use crate::error::{Error, Result};
use crate::store::Store;

/// Loopback unless the person turns on sharing with the local network.
pub const DEFAULT_PORT: u16 = 8737;

pub fn router(store: Arc<Store>) -> Router {
    Router::new()
        .route("/feeds/{file}", get(feed))
        .fallback(|| async { (StatusCode::NOT_FOUND, "Not found\n") })
        .with_state(store)
}

pub async fn bind(addr: SocketAddr) -> Result<TcpListener> {
    TcpListener::bind(addr).await.map_err(|e| {
        Error::invalid(
            "serve.bind",
            "bind",
            format!("cannot listen on {addr}: {e}"),
        )
    })
}

/// Serves until `shutdown` completes.
pub async fn serve(
    listener: TcpListener,
    store: Arc<Store>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(store))
        .with_graceful_shutdown(shutdown)
        .await
}

fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "No feed at this address. Ask your group for its current calendar link.\n",
    )
        .into_response()
}

async fn feed(
    State(store): State<Arc<Store>>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Response {
    let Some((token, format)) = file.rsplit_once('.').and_then(|(t, ext)| match ext {
        "ics" => Some((t.to_owned(), FeedFormat::Ics)),
        "json" => Some((t.to_owned(), FeedFormat::Json)),
        _ => None,
    }) else {
        return not_found();
    };
    if token.is_empty() || token.len() > 128 || !token.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return not_found();
    }
    let rendered = tokio::task::spawn_blocking(move || {
        store.write(|tx| match by_token(tx, &token)? {
            Some(f) => render(tx, &f, format).map(Some),
            None => Ok(None),
        })
    })
    .await;
    match rendered {
        Ok(Ok(Some(r))) => respond(r, format, &headers),
        Ok(Ok(None)) => not_found(),
        Ok(Err(e)) => {
            tracing::error!(code = e.code(), "feed could not be rendered");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "The calendar could not be built; try again shortly.\n",
            )
                .into_response()
        }
        Err(_) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            "The calendar could not be built.\n",
        )
            .into_response(),
    }
}

fn matches_etag(if_none_match: &str, etag: &str) -> bool {
    if_none_match
        .split(',')
        .map(str::trim)
        .any(|candidate| candidate == "*" || candidate.trim_start_matches("W/") == etag)
}

fn respond(r: Rendered, format: FeedFormat, headers: &HeaderMap) -> Response {
    let last_modified: SystemTime = r.last_modified.into();
    let fresh = match headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
    {
        // If-None-Match wins when present (RFC 9110 §13.2.2).
        Some(inm) => matches_etag(inm, &r.etag),
        None => headers
            .get(header::IF_MODIFIED_SINCE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| httpdate::parse_http_date(v).ok())
            .is_some_and(|since| last_modified <= since),
    };
    let mut builder = Response::builder()
        .header(header::ETAG, &r.etag)
        .header(
            header::LAST_MODIFIED,
            httpdate::fmt_http_date(last_modified),
        )
        // Always revalidate: a 304 is cheap and a moved meeting shows up at once.
        .header(header::CACHE_CONTROL, "no-cache");
    if format == FeedFormat::Json {
        // Public meeting data, read by meeting-list websites in the browser.
        builder = builder.header(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        );
    }
    if fresh {
        return builder
            .status(StatusCode::NOT_MODIFIED)
            .body(Body::empty())
            .expect("valid response");
    }
    builder
        .status(StatusCode::OK)
        .header(header::CONTENT_TYPE, format.content_type())
        .header(
            header::CONTENT_DISPOSITION,
            format!("inline; filename=\"homegroup.{}\"", format.extension()),
        )
        .body(Body::from(r.body))
        .expect("valid response")
}
