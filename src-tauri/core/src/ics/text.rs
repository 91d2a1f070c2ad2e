//! The two things the `ical` crate's emitter gets wrong, done right: TEXT values are
//! escaped (RFC 5545 §3.3.11) and lines are folded at 75 *octets* without splitting a
//! UTF-8 character (§3.1). Its emitter folds every 75 characters, so a Spanish
//! description with accents produces lines Google rejects.

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks; other control
/// characters (never meaningful in a calendar) are dropped.
pub fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
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
    let clean: String = value
        .chars()
        .filter(|c| *c != '"' && !c.is_control())
        .collect();
    if clean.contains([':', ';', ',']) {
        format!("\"{clean}\"")
    } else {
        clean
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
    fn escapes_what_rfc_5545_says() {
        assert_eq!(
            escape("Hope, Faith; Love \\ Unity\nSecond line\r\nThird"),
            "Hope\\, Faith\\; Love \\\\ Unity\\nSecond line\\nThird"
        );
        assert_eq!(escape("Reunión de los martes"), "Reunión de los martes");
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
