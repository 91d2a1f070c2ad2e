//! Video platforms recognised from a meeting link, for labels and one-tap dial-in.

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    Zoom,
    Meet,
    Teams,
    Jitsi,
    Webex,
    GoToMeeting,
    Whereby,
    Skype,
}

impl Platform {
    pub fn key(self) -> &'static str {
        match self {
            Platform::Zoom => "zoom",
            Platform::Meet => "meet",
            Platform::Teams => "teams",
            Platform::Jitsi => "jitsi",
            Platform::Webex => "webex",
            Platform::GoToMeeting => "gotomeeting",
            Platform::Whereby => "whereby",
            Platform::Skype => "skype",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Platform::Zoom => "Zoom",
            Platform::Meet => "Google Meet",
            Platform::Teams => "Microsoft Teams",
            Platform::Jitsi => "Jitsi Meet",
            Platform::Webex => "Webex",
            Platform::GoToMeeting => "GoTo Meeting",
            Platform::Whereby => "Whereby",
            Platform::Skype => "Skype",
        }
    }
}

/// Recognises the platform from the link's host name (subdomains included).
pub fn platform_for_url(url: &str) -> Option<Platform> {
    let rest = url.trim().split_once("://")?.1;
    let host = rest
        .split(['/', '?', '#'])
        .next()?
        .rsplit('@')
        .next()?
        .split(':')
        .next()?
        .to_ascii_lowercase();
    let is = |domain: &str| host == domain || host.ends_with(&format!(".{domain}"));
    [
        ("zoom.us", Platform::Zoom),
        ("zoomgov.com", Platform::Zoom),
        ("meet.google.com", Platform::Meet),
        ("teams.microsoft.com", Platform::Teams),
        ("teams.live.com", Platform::Teams),
        ("meet.jit.si", Platform::Jitsi),
        ("8x8.vc", Platform::Jitsi),
        ("webex.com", Platform::Webex),
        ("gotomeeting.com", Platform::GoToMeeting),
        ("goto.com", Platform::GoToMeeting),
        ("whereby.com", Platform::Whereby),
        ("skype.com", Platform::Skype),
    ]
    .into_iter()
    .find(|(d, _)| is(d))
    .map(|(_, p)| p)
}

/// Query parameters that carry a meeting's passcode in links of `platform` (and in
/// anyone's: `pwd`, `passcode`… are passcodes wherever they appear).
fn carries_passcode(platform: Option<Platform>, name: &str) -> bool {
    matches!(name, "pwd" | "passcode" | "password" | "pass" | "pin")
        || match platform {
            // Webex: `pwd` or `p`; Teams' short links: `/meet/ID?p=PASSCODE`.
            Some(Platform::Webex) | Some(Platform::Teams) => name == "p",
            // Zoom's personal registration token joins as that registrant.
            Some(Platform::Zoom) => name == "tk",
            _ => false,
        }
}

/// `url` as it may be published: passcode parameters removed unless
/// `passcode_allowed`, and the parameters named in `secret` ("tk, uname") always.
/// A link with nothing to remove comes back exactly as given.
pub fn public_link(url: &str, passcode_allowed: bool, secret: &str) -> String {
    let Ok(mut parsed) = reqwest::Url::parse(url.trim()) else {
        return url.to_owned();
    };
    let platform = platform_for_url(url);
    let secret: Vec<String> = secret
        .split([',', ' ', ';'])
        .map(|n| n.trim().to_ascii_lowercase())
        .filter(|n| !n.is_empty())
        .collect();
    let hidden = |name: &str| {
        let name = name.to_ascii_lowercase();
        secret.contains(&name) || (!passcode_allowed && carries_passcode(platform, &name))
    };
    let pairs: Vec<(String, String)> = parsed
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if !pairs.iter().any(|(k, _)| hidden(k)) {
        return url.to_owned();
    }
    let kept: Vec<&(String, String)> = pairs.iter().filter(|(k, _)| !hidden(k)).collect();
    if kept.is_empty() {
        parsed.set_query(None);
    } else {
        parsed
            .query_pairs_mut()
            .clear()
            .extend_pairs(kept.iter().map(|(k, v)| (k, v)));
    }
    parsed.to_string()
}

/// A one-tap dial string ("+16465588656,,85512345678#,,,,*123456#") for phones.
pub fn one_tap(dial_in: &str, meeting_id: &str, passcode: &str) -> Option<String> {
    let number: String = dial_in
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    if number.len() < 5 || dial_in.contains(',') {
        return (!dial_in.trim().is_empty() && dial_in.contains(','))
            .then(|| dial_in.trim().replace(' ', ""));
    }
    let id: String = meeting_id.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut s = number;
    if !id.is_empty() {
        s.push_str(&format!(",,{id}#"));
        let pass: String = passcode.chars().filter(|c| c.is_ascii_digit()).collect();
        if !pass.is_empty() && pass.len() == passcode.trim().len() {
            s.push_str(&format!(",,,,*{pass}#"));
        }
    }
    Some(s)
}

/// What the editor shows under a video link as it is typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ConferencePreview {
    pub platform: Option<Platform>,
    /// "Zoom", "Google Meet"…, empty when the link is not recognised.
    pub label: String,
    /// The meeting id the link carries, for platforms that put it in the path.
    pub meeting_id_in_link: String,
    /// What a phone dials to join with one tap.
    pub one_tap: Option<String>,
}

pub fn preview(url: &str, dial_in: &str, meeting_id: &str, passcode: &str) -> ConferencePreview {
    let platform = platform_for_url(url);
    let in_link = match platform {
        // zoom.us/j/85512345678 and zoom.us/w/85512345678
        Some(Platform::Zoom) | Some(Platform::Webex) => url
            .split(['?', '#'])
            .next()
            .unwrap_or("")
            .rsplit('/')
            .next()
            .filter(|seg| seg.len() >= 9 && seg.chars().all(|c| c.is_ascii_digit()))
            .unwrap_or("")
            .to_owned(),
        _ => String::new(),
    };
    let id = if meeting_id.trim().is_empty() {
        in_link.as_str()
    } else {
        meeting_id
    };
    ConferencePreview {
        platform,
        label: platform.map(|p| p.label().to_owned()).unwrap_or_default(),
        one_tap: one_tap(dial_in, id, passcode),
        meeting_id_in_link: in_link,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preview_reads_the_meeting_id_from_a_zoom_link() {
        let p = preview(
            "https://us02web.zoom.us/j/85512345678?pwd=abc",
            "+1 646 558 8656",
            "",
            "123456",
        );
        assert_eq!(p.platform, Some(Platform::Zoom));
        assert_eq!(p.label, "Zoom");
        assert_eq!(p.meeting_id_in_link, "85512345678");
        assert_eq!(
            p.one_tap.as_deref(),
            Some("+16465588656,,85512345678#,,,,*123456#")
        );
        let none = preview("https://example.org/room", "", "", "");
        assert_eq!((none.platform, none.one_tap), (None, None));
    }

    #[test]
    fn recognises_platforms_by_host_not_by_substring() {
        assert_eq!(
            platform_for_url("https://us02web.zoom.us/j/85512345678?pwd=abc"),
            Some(Platform::Zoom)
        );
        assert_eq!(
            platform_for_url("https://meet.google.com/abc-defg-hij"),
            Some(Platform::Meet)
        );
        assert_eq!(
            platform_for_url("https://teams.microsoft.com/l/meetup-join/19%3a"),
            Some(Platform::Teams)
        );
        assert_eq!(
            platform_for_url("https://meet.jit.si/NAHomegroup"),
            Some(Platform::Jitsi)
        );
        assert_eq!(
            platform_for_url("https://acme.webex.com/meet/x"),
            Some(Platform::Webex)
        );
        assert_eq!(platform_for_url("https://notzoom.us.example.com/j/1"), None);
        assert_eq!(platform_for_url("https://example.com/?next=zoom.us"), None);
        assert_eq!(platform_for_url("zoom.us/j/1"), None);
    }

    #[test]
    fn passcodes_leave_public_links_on_every_platform() {
        for (link, public) in [
            ("https://us02web.zoom.us/j/85512345678?pwd=aBcD1234", "https://us02web.zoom.us/j/85512345678"),
            ("https://zoom.us/j/855?pwd=x&uname=Robin&tk=abc", "https://zoom.us/j/855?uname=Robin"),
            ("https://acme.webex.com/meet/hope?pwd=s3cret", "https://acme.webex.com/meet/hope"),
            ("https://acme.webex.com/acme/j.php?MTID=m1f2&p=s3cret", "https://acme.webex.com/acme/j.php?MTID=m1f2"),
            ("https://teams.microsoft.com/meet/24631234567?p=AbCdEf", "https://teams.microsoft.com/meet/24631234567"),
            ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0?context=%7b%7d&passcode=123", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0?context=%7B%7D"),
            ("https://meet.google.com/abc-defg-hij?pwd=zz&authuser=0", "https://meet.google.com/abc-defg-hij?authuser=0"),
            ("https://meet.jit.si/HopeGroup#config.startWithAudioMuted=true", "https://meet.jit.si/HopeGroup#config.startWithAudioMuted=true"),
        ] {
            assert_eq!(public_link(link, false, ""), public, "{link}");
            // Allowed by the group: the link is left exactly as it was.
            if !link.contains("tk=") {
                assert_eq!(public_link(link, true, ""), link, "{link}");
            }
        }
        // A parameter the group marks secret goes even where passcodes may stay.
        assert_eq!(
            public_link(
                "https://whereby.com/hope?roomKey=k1&lang=es",
                true,
                "roomkey, tk"
            ),
            "https://whereby.com/hope?lang=es"
        );
        // Not a link: left as it is.
        assert_eq!(public_link("call the office", false, ""), "call the office");
    }

    #[test]
    fn one_tap_joins_number_id_and_numeric_passcode() {
        assert_eq!(
            one_tap("+1 646 558 8656", "855 1234 5678", "123456").unwrap(),
            "+16465588656,,85512345678#,,,,*123456#"
        );
        assert_eq!(
            one_tap("+1 646 558 8656", "855 1234 5678", "serenity").unwrap(),
            "+16465588656,,85512345678#"
        );
        assert_eq!(one_tap("", "1", "2"), None);
    }
}
