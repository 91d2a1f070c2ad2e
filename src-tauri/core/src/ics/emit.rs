//! Writes a calendar in one pass: each property line escaped (parameters the way the
//! `ical` crate protects them) and folded at 75 octets as it is written. The crate's
//! own emitter builds every line char by char and folds by characters, so its output
//! had to be unfolded and folded again: three passes over a 19 MB program.

use ical::parser::ical::component::{IcalCalendar, IcalTimeZoneTransitionType};
use ical::property::Property;

use super::text::fold_line;

/// A parameter value as the `ical` emitter protects it: inside quotes only quotes and
/// newlines are escaped; outside, also `;`, `:`, `,` and `\`.
fn protect(param: &str, out: &mut String) {
    let len = param.len().saturating_sub(1);
    let in_quotes = len > 1 && param.starts_with('"') && param.ends_with('"');
    let mut prev = None;
    for (pos, c) in param.char_indices() {
        match c {
            '\n' => out.push_str("\\n"),
            '"' | ';' | ':' | ',' | '\\' if c == '"' || !in_quotes => {
                if pos > 0 && pos < len && prev != Some('\\') {
                    out.push('\\');
                }
                out.push(c);
            }
            _ => out.push(c),
        }
        prev = Some(c);
    }
}

fn property(p: &Property, line: &mut String, out: &mut String) {
    line.clear();
    line.push_str(&p.name);
    for (name, values) in p.params.iter().flatten() {
        line.push(';');
        line.push_str(name);
        line.push('=');
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                line.push(',');
            }
            protect(v, line);
        }
    }
    line.push(':');
    if let Some(v) = &p.value {
        line.push_str(v);
    }
    fold_line(line, out);
}

fn block(
    kind: &str,
    props: &[Property],
    line: &mut String,
    out: &mut String,
    inner: impl FnOnce(&mut String, &mut String),
) {
    out.push_str("BEGIN:");
    out.push_str(kind);
    out.push_str("\r\n");
    for p in props {
        property(p, line, out);
    }
    inner(line, out);
    out.push_str("END:");
    out.push_str(kind);
    out.push_str("\r\n");
}

/// The calendar as RFC 5545 text, in the `ical` emitter's component order.
pub fn calendar(cal: &IcalCalendar, size_hint: usize) -> String {
    let mut out = String::with_capacity(size_hint);
    let mut line = String::with_capacity(256);
    block(
        "VCALENDAR",
        &cal.properties,
        &mut line,
        &mut out,
        |line, out| {
            for tz in &cal.timezones {
                block("VTIMEZONE", &tz.properties, line, out, |line, out| {
                    for t in &tz.transitions {
                        let kind = match t.transition {
                            IcalTimeZoneTransitionType::STANDARD => "STANDARD",
                            IcalTimeZoneTransitionType::DAYLIGHT => "DAYLIGHT",
                        };
                        block(kind, &t.properties, line, out, |_, _| {});
                    }
                });
            }
            for e in &cal.events {
                block("VEVENT", &e.properties, line, out, |line, out| {
                    for a in &e.alarms {
                        block("VALARM", &a.properties, line, out, |_, _| {});
                    }
                });
            }
        },
    );
    out
}
