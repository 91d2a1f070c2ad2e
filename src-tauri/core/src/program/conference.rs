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
            _ => false,
        }
}

/// Parameters that are credentials rather than passcodes: whoever holds one joins as
/// someone (a host, a registrant, a signed-in user), so no group setting publishes them.
fn carries_credential(platform: Option<Platform>, name: &str) -> bool {
    matches!(
        name,
        "jwt" | "token" | "access_token" | "auth_token" | "authtoken" | "auth" | "zak"
    ) || match platform {
        // Zoom's registration token (`tk`) joins as that registrant.
        Some(Platform::Zoom) => name == "tk",
        // Whereby's host key (`roomKey`) opens the room as its host.
        Some(Platform::Whereby) => matches!(name, "roomkey" | "hostkey"),
        // Jitsi deployments with authentication take `jwt` (above).
        _ => false,
    }
}

/// `url` as it may be published: passcode parameters removed unless
/// `passcode_allowed`, credentials (`jwt`, Zoom's `tk`, Whereby's `roomKey`…), a
/// `user:password@` and the parameters named in `secret` ("tk, uname") always, wherever
/// they sit: the query, the fragment (`#pwd=`), `;` parameters (`;pwd=`), and their
/// percent-encoded forms (`pwd%3D…` inside another parameter). A link with nothing to
/// remove comes back exactly as given.
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
        secret.contains(&name)
            || carries_credential(platform, &name)
            || (!passcode_allowed && carries_passcode(platform, &name))
    };
    let mut changed = false;
    if !parsed.username().is_empty() || parsed.password().is_some() {
        let _ = parsed.set_username("");
        let _ = parsed.set_password(None);
        changed = true;
    }
    let pairs: Vec<(String, String)> = parsed
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if pairs.iter().any(|(k, _)| hidden(k)) {
        let kept: Vec<&(String, String)> = pairs.iter().filter(|(k, _)| !hidden(k)).collect();
        if kept.is_empty() {
            parsed.set_query(None);
        } else {
            parsed
                .query_pairs_mut()
                .clear()
                .extend_pairs(kept.iter().map(|(k, v)| (k, v)));
        }
        changed = true;
    }
    let whole = if changed {
        parsed.to_string()
    } else {
        url.to_owned()
    };
    // What the query parser does not see: fragments, `;` parameters, encoded forms.
    scrub(&whole, &hidden)
}

/// Where a parameter may begin: `?`, `&`, `;`, `#`, `/` as they are or percent-encoded
/// (once or twice). Returns the delimiter's length at `at`, and whether it opens a list
/// (`?`, `#`, `/`: kept when the parameter after it goes).
fn delimiter(s: &str, at: usize) -> Option<(usize, bool)> {
    let rest = &s.as_bytes()[at..];
    match rest.first()? {
        b'?' | b'#' | b'/' => return Some((1, true)),
        b'&' | b';' => return Some((1, false)),
        b'%' => {}
        _ => return None,
    }
    let hex = |from: usize| {
        rest.get(from..from + 2)
            .map(|h| h.to_ascii_uppercase())
            .and_then(|h| String::from_utf8(h).ok())
    };
    let (len, code) = match hex(1)?.as_str() {
        "25" => (5, hex(3)?),
        other => (3, other.to_owned()),
    };
    match code.as_str() {
        "3F" | "23" | "2F" => Some((len, true)),
        "26" | "3B" => Some((len, false)),
        _ => None,
    }
}

/// Removes every `name=value` piece whose name is `hidden`, found between delimiters
/// anywhere after the host, its `=` plain or encoded. The host and everything else stay
/// byte for byte.
fn scrub(url: &str, hidden: &dyn Fn(&str) -> bool) -> String {
    let start = url
        .find("://")
        .and_then(|i| url[i + 3..].find('/').map(|j| i + 3 + j))
        .unwrap_or(url.len());
    let (head, tail) = url.split_at(start);
    // Pieces: (delimiter, text up to the next delimiter).
    let mut pieces: Vec<(&str, &str, bool)> = Vec::new();
    let mut i = 0;
    let mut piece_start = 0;
    let mut delim: (&str, bool) = ("", true);
    while i < tail.len() {
        if let Some((len, opens)) = delimiter(tail, i) {
            pieces.push((delim.0, &tail[piece_start..i], delim.1));
            delim = (&tail[i..i + len], opens);
            i += len;
            piece_start = i;
        } else {
            i += tail[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    pieces.push((delim.0, &tail[piece_start..], delim.1));
    let name_of = |text: &str| -> Option<String> {
        let lower = text.to_ascii_lowercase();
        ["=", "%3d", "%253d"]
            .iter()
            .filter_map(|eq| lower.find(eq))
            .min()
            .map(|at| lower[..at].to_owned())
    };
    let mut out = String::from(head);
    let mut dropped_any = false;
    let mut pending_open: Option<&str> = None;
    for (d, text, opens) in pieces {
        let drop = name_of(text).is_some_and(|n| !n.is_empty() && hidden(&n));
        if drop {
            dropped_any = true;
            // An opening `?` or `#` stays for whatever follows it.
            if opens && !d.is_empty() && d != "/" && !d.eq_ignore_ascii_case("%2f") {
                pending_open.get_or_insert(d);
            }
            continue;
        }
        match pending_open.take() {
            // The piece after a dropped first one takes its opening delimiter.
            Some(open) if !opens => {
                out.push_str(open);
            }
            Some(open) => {
                out.push_str(open);
                out.push_str(d);
            }
            None => out.push_str(d),
        }
        out.push_str(text);
    }
    if !dropped_any {
        return url.to_owned();
    }
    out
}

/// A dial-in as it may be published: the number and the meeting id's digits, without
/// what a phone keys in after them (the passcode's DTMF, `,,,,*778899#`) unless the
/// group makes the passcode public.
pub fn public_dial_in(dial_in: &str, passcode_public: bool) -> String {
    if passcode_public {
        return dial_in.to_owned();
    }
    let d = dial_in.trim();
    // `+1 646 558 8656,,123456789#,,,,*778899#`: the number, then groups of keys each
    // after its pauses. The first group is the meeting id; anything after it is not.
    let Some(first_pause) = d.find([',', ';', 'p', 'w']) else {
        return dial_in.to_owned();
    };
    let (number, keys) = d.split_at(first_pause);
    let groups: Vec<&str> = keys
        .split([',', ';', 'p', 'w'])
        .filter(|g| !g.is_empty())
        .collect();
    match groups.first() {
        // Only the id, or nothing after it: nothing to remove.
        None => dial_in.to_owned(),
        Some(_) if groups.len() == 1 && !groups[0].starts_with('*') => dial_in.to_owned(),
        // A lone `*…#` straight after the number is a passcode too.
        Some(first) if first.starts_with('*') => number.trim_end().to_owned(),
        Some(first) => {
            let pauses: String = keys.chars().take_while(|c| ",;pw".contains(*c)).collect();
            format!("{}{pauses}{first}", number.trim_end())
        }
    }
}

/// Dial-in notes as they may be published: a passcode the group keeps private is taken
/// out wherever it appears (its value, a one-tap string that carries it, "Passcode:
/// 778899", "PIN 1234#"). Where the meeting has no passcode of its own, only one-tap
/// strings lose their keys: a labelled code in an imported list's notes is what that
/// list already publishes (a phone line's access code), and stays as it was.
pub fn public_dial_notes(notes: &str, passcode: &str, passcode_public: bool) -> String {
    if passcode_public || notes.trim().is_empty() {
        return notes.to_owned();
    }
    let mut out = String::with_capacity(notes.len());
    // Word by word, keeping the spaces between them.
    // After a label ("Passcode", "PIN:"): whether a value follows, and whether the label
    // said so with a colon (then even a word is the passcode: "Passcode: serenity").
    let mut after_label: Option<bool> = None;
    for token in notes.split_inclusive(char::is_whitespace) {
        let word = token.trim_end();
        let space = &token[word.len()..];
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '*' && c != '#');
        let lower = bare.to_lowercase();
        let label = [
            "passcode",
            "password",
            "pwd",
            "pin",
            "código",
            "codigo",
            "contraseña",
            "clave",
            "senha",
            "code",
        ]
        .iter()
        .any(|l| lower.trim_end_matches(':') == *l);
        let private = !passcode.trim().is_empty();
        let labelled = private
            && match after_label {
                Some(colon) => {
                    (colon && bare.chars().any(char::is_alphanumeric))
                        || bare.chars().any(|c| c.is_ascii_digit())
                }
                None => false,
            };
        let secret_value =
            labelled || (!passcode.trim().is_empty() && word.contains(passcode.trim()));
        if label {
            out.push_str(word);
            out.push_str(space);
            after_label = Some(word.ends_with(':'));
            continue;
        }
        if word.contains(',') && word.chars().filter(|c| c.is_ascii_digit()).count() >= 5 {
            // A one-tap string: what a phone may keep of it.
            out.push_str(&public_dial_in(word, false));
        } else if secret_value {
            out.push('…');
            // Punctuation after the value (", then") stays.
            if let Some(last) = word.chars().last().filter(|c| ",.;)".contains(*c)) {
                out.push(last);
            }
        } else {
            out.push_str(word);
        }
        out.push_str(space);
        // A label's value may come after a ":" of its own ("Passcode : 1234").
        after_label = match after_label {
            Some(_) if bare.is_empty() && word.contains(':') => Some(true),
            Some(colon) if bare.is_empty() => Some(colon),
            _ => None,
        };
    }
    out
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
    fn credentials_userinfo_fragments_and_encoded_passcodes_never_go_public() {
        for (link, public) in [
            // Credentials go even where the group allows passcodes.
            (
                "https://meet.jit.si/HopeGroup?jwt=eyJhbGciOi.eyJzdWIi.sig",
                "https://meet.jit.si/HopeGroup",
            ),
            (
                "https://whereby.com/hope?roomKey=k1&lang=es",
                "https://whereby.com/hope?lang=es",
            ),
            (
                "https://zoom.us/j/855?tk=abc&uname=Robin",
                "https://zoom.us/j/855?uname=Robin",
            ),
            (
                "https://robin:hunter2@meet.example.org/hope",
                "https://meet.example.org/hope",
            ),
        ] {
            assert_eq!(public_link(link, true, ""), public, "{link}");
            assert_eq!(public_link(link, false, ""), public, "{link}");
        }
        for (link, public) in [
            ("https://zoom.us/j/855;pwd=aBcD1234", "https://zoom.us/j/855"),
            ("https://zoom.us/j/855?a=1;pwd=aBcD1234", "https://zoom.us/j/855?a=1"),
            ("https://zoom.us/j/855#pwd=aBcD1234", "https://zoom.us/j/855"),
            ("https://zoom.us/j/855#success&pwd=aBcD1234", "https://zoom.us/j/855#success"),
            ("https://example.org/go?to=https%3A%2F%2Fzoom.us%2Fj%2F855%3Fpwd%3DaBcD1234", "https://example.org/go?to=https%3A%2F%2Fzoom.us%2Fj%2F855"),
            ("https://example.org/go?to=https%253A%252F%252Fzoom.us%252Fj%252F855%253Fpwd%253DaBcD1234", "https://example.org/go?to=https%253A%252F%252Fzoom.us%252Fj%252F855"),
            ("https://zoom.us/j/855?pwd%3DaBcD1234", "https://zoom.us/j/855"),
        ] {
            let got = public_link(link, false, "");
            assert_eq!(got, public, "{link}");
            assert!(!got.contains("aBcD1234"), "{link}");
        }
        // Allowed by the group: a passcode in any of those places stays.
        assert_eq!(
            public_link("https://zoom.us/j/855#pwd=x", true, ""),
            "https://zoom.us/j/855#pwd=x"
        );
        // Nothing to remove: byte for byte, encodings and all.
        let plain = "https://example.org/go?to=https%3A%2F%2Fzoom.us%2Fj%2F855&lang=es#top";
        assert_eq!(public_link(plain, false, ""), plain);
    }

    #[test]
    fn dial_strings_and_notes_lose_a_private_passcode() {
        for (dial, public) in [
            (
                "+16465588656,,123456789#,,,,*778899#",
                "+16465588656,,123456789#",
            ),
            (
                "+1 646 558 8656,,123456789#,,778899#",
                "+1 646 558 8656,,123456789#",
            ),
            (
                "+16465588656;123456789#;*778899#",
                "+16465588656;123456789#",
            ),
            ("+16465588656,,*778899#", "+16465588656"),
            ("+16465588656,,123456789#", "+16465588656,,123456789#"),
            ("+1 646 558 8656", "+1 646 558 8656"),
        ] {
            assert_eq!(public_dial_in(dial, false), public, "{dial}");
            assert_eq!(public_dial_in(dial, true), dial, "{dial}");
        }
        for (notes, public) in [
            (
                "One tap: +16465588656,,123456789#,,,,*778899#",
                "One tap: +16465588656,,123456789#",
            ),
            (
                "Meeting ID 123 456 789, passcode 778899",
                "Meeting ID 123 456 789, passcode …",
            ),
            (
                "Passcode: 778899. Then press #",
                "Passcode: …. Then press #",
            ),
            ("Código: 778899", "Código: …"),
            (
                "Dial the office; the code is printed on the door",
                "Dial the office; the code is printed on the door",
            ),
            ("Enter 778899 when asked", "Enter … when asked"),
        ] {
            let got = public_dial_notes(notes, "778899", false);
            assert_eq!(got, public, "{notes}");
            assert!(!got.contains("778899"), "{notes}");
        }
        assert_eq!(
            public_dial_notes("Passcode 778899", "778899", true),
            "Passcode 778899"
        );
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
