//! Checking the public address the way a member's calendar app will reach it: an
//! anonymous GET, no cookies, no login. A folder must serve back the very bytes we
//! uploaded; a calendar's subscription address must be a calendar holding every meeting
//! we published. Each way it can go wrong has its own code, because each has its own fix.

use reqwest::StatusCode;

use crate::error::{Code, Error, Result};

/// What the public address should serve.
pub(super) enum Expect<'a> {
    /// Exactly these bytes (a file in a WebDAV folder served by a web server).
    Bytes(&'a str),
    /// A calendar with every one of these UIDs (a CalDAV calendar's subscription address,
    /// which the server assembles itself).
    Calendar(&'a [String]),
}

pub(super) async fn check(
    url: &str,
    expect: Expect<'_>,
    timeout: std::time::Duration,
) -> Result<()> {
    let client = reqwest::Client::builder()
        .timeout(timeout)
        .redirect(reqwest::redirect::Policy::limited(5))
        .build()
        .map_err(|e| super::dav::network(url, &e))?;
    let res = client.get(url).send().await.map_err(|e| {
        let mut err = super::dav::network(url, &e);
        if let Error::Remote { code, .. } = &mut err {
            if *code == Code::RemoteNetwork {
                *code = Code::PublishPublicUnreachable;
            }
        }
        err
    })?;
    let status = res.status();
    let fail = |code: Code, why: String| Err(Error::remote(code, format!("{url}: {why}")));
    match status {
        StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => {
            return fail(
                Code::PublishPublicNeedsLogin,
                format!("asks for a login (HTTP {}); members' calendar apps cannot read it: make the folder or calendar public on the server", status.as_u16()),
            )
        }
        StatusCode::NOT_FOUND | StatusCode::GONE => {
            return fail(
                Code::PublishPublicNotFound,
                format!("has no file there (HTTP {}); check that the public address is the web address of the folder Homegroup uploads to", status.as_u16()),
            )
        }
        s if !s.is_success() => {
            return fail(
                Code::PublishPublicRefused,
                format!("answered HTTP {} to an anonymous request", s.as_u16()),
            )
        }
        _ => {}
    }
    let html = super::dav::is_html(&res);
    // Bytes, not text: a server's charset label (Apache's AddDefaultCharset) must not
    // make the very file we uploaded compare as different.
    let bytes = res
        .bytes()
        .await
        .map_err(|e| super::dav::network(url, &e))?;
    let body = String::from_utf8_lossy(&bytes);
    let head = body
        .trim_start()
        .get(..15)
        .unwrap_or("")
        .to_ascii_lowercase();
    if html || head.starts_with("<!doctype html") || head.starts_with("<html") {
        return fail(
            Code::PublishPublicIsHtml,
            "serves a web page (a login or a folder view), not the calendar file".into(),
        );
    }
    match expect {
        Expect::Bytes(want) if bytes.as_ref() != want.as_bytes() => fail(
            Code::PublishPublicDiffers,
            format!(
                "serves {} bytes that are not the {} Homegroup uploaded; the public address may point at another folder",
                bytes.len(),
                want.len()
            ),
        ),
        Expect::Bytes(_) => Ok(()),
        Expect::Calendar(uids) => {
            if !body.trim_start().starts_with("BEGIN:VCALENDAR") {
                return fail(
                    Code::PublishPublicDiffers,
                    "does not serve a calendar (no BEGIN:VCALENDAR)".into(),
                );
            }
            let unfolded = body.replace("\r\n ", "").replace("\n ", "");
            let missing = uids
                .iter()
                .filter(|u| !unfolded.contains(&format!("UID:{u}")))
                .count();
            if missing > 0 {
                return fail(
                    Code::PublishPublicDiffers,
                    format!(
                        "serves a calendar without {missing} of the {} meetings published; the public address may be another calendar's",
                        uids.len()
                    ),
                );
            }
            Ok(())
        }
    }
}
