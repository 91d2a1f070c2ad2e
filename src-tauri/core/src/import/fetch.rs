//! Fetching a meeting list by URL, with the limits a desktop app needs: time-outs, a
//! size cap, few redirects, and messages that say what went wrong and what to try.

use std::time::Duration;

use reqwest::{header, StatusCode};

use crate::error::{Error, Result};

/// The largest meeting list read: a region of 35,000 meetings is 19 MB as our own
/// iCalendar and about 18 MB as Meeting Guide JSON (NA's whole world list is about
/// 4 MB); twice a region's iCalendar leaves room for a wordier exporter. A file past
/// this is refused at once, before it is read (a 66 MB list of a million meetings took
/// 138 s and 1.7 GB before this).
pub const MAX_BYTES: usize = 40_000_000;

pub async fn fetch(url: &str) -> Result<Vec<u8>> {
    let parsed = reqwest::Url::parse(url.trim()).map_err(|_| {
        Error::invalid(
            crate::error::Code::ImportInvalidUrl,
            "url",
            format!("'{url}' is not a web address"),
        )
    })?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(Error::invalid(
            crate::error::Code::ImportInvalidUrl,
            "url",
            "only http:// and https:// addresses can be fetched",
        ));
    }
    let client = reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(10))
        .timeout(Duration::from_secs(60))
        .redirect(reqwest::redirect::Policy::limited(5))
        .user_agent(concat!(
            "Homegroup/",
            env!("CARGO_PKG_VERSION"),
            " (meeting list import)"
        ))
        .build()
        .map_err(|e| transport(url, &e))?;
    let mut res = client
        .get(parsed)
        .header(
            header::ACCEPT,
            "application/json, text/calendar, text/csv;q=0.9, */*;q=0.5",
        )
        .send()
        .await
        .map_err(|e| transport(url, &e))?;
    match res.status() {
        s if s.is_success() => {}
        StatusCode::NOT_FOUND | StatusCode::GONE => {
            return Err(Error::remote(crate::error::Code::RemoteNotFound, format!("{url} does not exist (HTTP {}); check the address", res.status().as_u16())))
        }
        StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => {
            return Err(Error::remote(
                crate::error::Code::RemoteAuth,
                format!("{url} refused access (HTTP {}); the site may need a login or block programs — download the file in a browser and import that", res.status().as_u16()),
            ))
        }
        s => return Err(Error::remote(crate::error::Code::RemoteRefused, format!("{url} answered HTTP {}; try again later", s.as_u16()))),
    }
    if res.content_length().is_some_and(|n| n as usize > MAX_BYTES) {
        return Err(too_big(url));
    }
    let mut body = Vec::new();
    while let Some(chunk) = res.chunk().await.map_err(|e| transport(url, &e))? {
        if body.len() + chunk.len() > MAX_BYTES {
            return Err(too_big(url));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

fn too_big(url: &str) -> Error {
    Error::invalid(
        crate::error::Code::ImportTooBig,
        "url",
        format!(
            "{url} is larger than {} MB, far beyond any meeting list",
            MAX_BYTES / 1_000_000
        ),
    )
}

fn transport(url: &str, e: &reqwest::Error) -> Error {
    let mut cause = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        cause = s.to_string();
        src = s.source();
    }
    let lower = cause.to_lowercase();
    let hint = if e.is_timeout() {
        "it did not answer in time"
    } else if lower.contains("certificate") || lower.contains("tls") || lower.contains("ssl") {
        "its security certificate could not be verified"
    } else if e.is_redirect() {
        "it redirected too many times"
    } else if e.is_connect() {
        "it could not be reached"
    } else {
        "the download failed"
    };
    Error::remote(
        crate::error::Code::RemoteNetwork,
        format!("{url}: {hint} ({cause})"),
    )
}
