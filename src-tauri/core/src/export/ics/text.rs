//! The two things the `ical` crate's emitter gets wrong, done right: TEXT values are
//! escaped (RFC 5545 §3.3.11) and lines are folded at 75 *octets* without splitting a
//! UTF-8 character (§3.1). Its emitter folds every 75 characters, so a Spanish
//! description with accents produces lines Google rejects.

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks; other control
/// characters (never meaningful in a calendar) are dropped.
pub fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    escape_into(value, &mut out);
    out
}

pub(crate) fn escape_into(value: &str, out: &mut String) {
    // Everything escaped or dropped is ASCII, or a C1 control (U+0080..U+009F, two
    // bytes from 0xC2), so the text between them is copied whole, never split.
    let bytes = value.as_bytes();
    let (mut copied, mut i) = (0, 0);
    while i < bytes.len() {
        let (with, width) = match bytes[i] {
            b'\\' => ("\\\\", 1),
            b';' => ("\\;", 1),
            b',' => ("\\,", 1),
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => ("\\n", 2),
            b'\r' | b'\n' => ("\\n", 1),
            b'\t' => (" ", 1),
            0..=0x1f | 0x7f => ("", 1),
            0xc2 if matches!(bytes.get(i + 1), Some(0x80..=0x9f)) => ("", 2),
            _ => {
                i += 1;
                continue;
            }
        };
        out.push_str(&value[copied..i]);
        out.push_str(with);
        i += width;
        copied = i;
    }
    out.push_str(&value[copied..]);
}

/// Joins folded lines (RFC 5545 3.1: a line break followed by one space or tab) before
/// the `ical` parser sees them. Its line reader trims the end of every physical line,
/// so a fold that falls just after a space (ours, or any other writer's) would lose
/// that space: "el " + " patio" read back as "elpatio".
pub fn unfold(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("\n ") && !text.contains("\n\t") {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('\n') {
        let after = &rest[i + 1..];
        if after.starts_with(' ') || after.starts_with('\t') {
            // Drop the line break (and a CR before it) and the one folding character.
            let keep = rest[..i].strip_suffix('\r').unwrap_or(&rest[..i]);
            out.push_str(keep);
            rest = &after[1..];
        } else {
            out.push_str(&rest[..=i]);
            rest = after;
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// Reads an escaped TEXT value back (the `ical` parser leaves escapes in place).
pub fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// A parameter value: quoted when it holds `:`, `;` or `,`; DQUOTE and controls (which
/// a parameter cannot carry at all) are dropped.
pub fn param(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    param_into(value, &mut out);
    out
}

pub(crate) fn param_into(value: &str, out: &mut String) {
    let quote = value.contains([':', ';', ',']);
    if quote {
        out.push('"');
    }
    if value.chars().any(|c| c == '"' || c.is_control()) {
        out.extend(value.chars().filter(|c| *c != '"' && !c.is_control()));
    } else {
        out.push_str(value);
    }
    if quote {
        out.push('"');
    }
}

/// Rewrites emitter output as CRLF lines of at most 75 octets, continuation lines
/// starting with one space. The emitter's own folds (CRLF + space) are undone first;
/// escaped values contain no raw line breaks, so every CRLF + space is a fold.
pub fn refold(emitted: &str) -> String {
    let unfolded = emitted.replace("\r\n ", "");
    let mut out = String::with_capacity(unfolded.len() + unfolded.len() / 64 * 3);
    for line in unfolded.split("\r\n").filter(|l| !l.is_empty()) {
        fold_line(line, &mut out);
    }
    out
}

pub(crate) fn fold_line(line: &str, out: &mut String) {
    const LIMIT: usize = 75;
    let mut start = 0;
    // The first line holds 75 octets; the rest 74 after their leading space.
    let mut room = LIMIT;
    while line.len() - start > room {
        let mut end = start + room;
        while !line.is_char_boundary(end) {
            end -= 1;
        }
        out.push_str(&line[start..end]);
        out.push_str("\r\n ");
        start = end;
        room = LIMIT - 1;
    }
    out.push_str(&line[start..]);
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn unfolding_keeps_a_space_before_the_fold() {
        assert_eq!(
            unfold("NOTES:junto a el \r\n patio\r\nX:1\n\ttab\r\n"),
            "NOTES:junto a el patio\r\nX:1tab\r\n"
        );
        assert!(matches!(
            unfold("A:1\r\nB:2\r\n"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn escapes_what_rfc_5545_says() {
        assert_eq!(
            escape("Hope, Faith; Love \\ Unity\nSecond line\r\nThird"),
            "Hope\\, Faith\\; Love \\\\ Unity\\nSecond line\\nThird"
        );
        assert_eq!(escape("Reunión de los martes"), "Reunión de los martes");
        assert_eq!(escape("a\u{85}b\u{7}c\td"), "abc d");
    }

    #[test]
    fn quotes_parameters_that_need_it() {
        assert_eq!(param("Zoom"), "Zoom");
        assert_eq!(param("Join: room 1, \"B\""), "\"Join: room 1, B\"");
    }

    #[test]
    fn folds_spanish_text_at_75_octets_on_character_boundaries() {
        let long = format!(
            "DESCRIPTION:{}",
            escape(&"Reunión abierta, ¿quién trae el café? Año nuevo: señales. ".repeat(6))
        );
        let folded = refold(&format!("{long}\r\n"));
        for l in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        assert_eq!(folded.replace("\r\n ", ""), format!("{long}\r\n"));
    }

    proptest! {
        #[test]
        fn escaping_reads_back_and_drops_only_controls(s in "\\PC{0,200}|[\\x00-\\x7f\\u{80}-\\u{a0}é]{0,200}") {
            let kept: String = s
                .replace("\r\n", "\n")
                .replace('\r', "\n")
                .replace('\t', " ")
                .chars()
                .filter(|c| *c == '\n' || !c.is_control())
                .collect();
            prop_assert_eq!(unescape(&escape(&s)), kept);
        }

        #[test]
        fn folding_never_splits_a_character_and_unfolds_back(s in "\\PC{0,400}") {
            let line = format!("SUMMARY:{}", escape(&s));
            let folded = refold(&format!("{line}\r\n"));
            for l in folded.split("\r\n").filter(|l| !l.is_empty()) {
                prop_assert!(l.len() <= 75);
            }
            prop_assert_eq!(folded.replace("\r\n ", ""), format!("{line}\r\n"));
        }
    }
}
