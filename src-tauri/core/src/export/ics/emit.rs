//! Where a calendar's lines go. `Writer` writes each property straight into the output,
//! escaped and folded at 75 octets as it goes: no component tree, no per-property
//! allocation, one pass over a 19 MB program. Tests also send the same calls into the
//! `ical` crate's components (`Components`) and hold the two outputs byte-identical.

use ical::property::Property;

use super::text::{escape_into, fold_line, param_into};

/// The calls a calendar is written with, in output order.
pub(crate) trait Sink {
    fn begin(&mut self, kind: &'static str);
    fn end(&mut self, kind: &'static str);
    /// A property whose value is already in iCalendar form (dates, rules, URIs).
    fn raw(&mut self, name: &str, params: &[(&str, &str)], value: &str);
    /// A TEXT property; the value is escaped here.
    fn text(&mut self, name: &str, value: &str);
    /// Properties already built as the crate's (VTIMEZONE observances).
    fn properties(&mut self, props: &[Property]) {
        for p in props {
            let params: Vec<(&str, &str)> = p
                .params
                .iter()
                .flatten()
                .flat_map(|(k, vs)| vs.iter().map(move |v| (k.as_str(), v.as_str())))
                .collect();
            self.raw(&p.name, &params, p.value.as_deref().unwrap_or(""));
        }
    }
}

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

pub(crate) struct Writer {
    out: String,
    line: String,
    param: String,
}

impl Writer {
    pub fn with_capacity(size_hint: usize) -> Self {
        Writer {
            out: String::with_capacity(size_hint),
            line: String::with_capacity(256),
            param: String::with_capacity(64),
        }
    }

    pub fn finish(self) -> String {
        self.out
    }

    fn start(&mut self, name: &str, params: &[(&str, &str)]) {
        self.line.clear();
        self.line.push_str(name);
        for (k, v) in params {
            self.line.push(';');
            self.line.push_str(k);
            self.line.push('=');
            self.param.clear();
            param_into(v, &mut self.param);
            protect(&self.param, &mut self.line);
        }
        self.line.push(':');
    }
}

impl Sink for Writer {
    fn begin(&mut self, kind: &'static str) {
        self.out.push_str("BEGIN:");
        self.out.push_str(kind);
        self.out.push_str("\r\n");
    }

    fn end(&mut self, kind: &'static str) {
        self.out.push_str("END:");
        self.out.push_str(kind);
        self.out.push_str("\r\n");
    }

    fn raw(&mut self, name: &str, params: &[(&str, &str)], value: &str) {
        self.start(name, params);
        self.line.push_str(value);
        fold_line(&self.line, &mut self.out);
    }

    fn text(&mut self, name: &str, value: &str) {
        self.start(name, &[]);
        escape_into(value, &mut self.line);
        fold_line(&self.line, &mut self.out);
    }
}

/// The same calls collected as the `ical` crate's components, for its emitter.
#[cfg(test)]
#[derive(Default)]
pub(crate) struct Components {
    pub cal: ical::parser::ical::component::IcalCalendar,
    open: Vec<&'static str>,
}

#[cfg(test)]
impl Components {
    fn current(&mut self) -> &mut Vec<Property> {
        let cal = &mut self.cal;
        match self.open.last().copied() {
            Some("VEVENT") => &mut cal.events.last_mut().expect("open").properties,
            Some("VTIMEZONE") => &mut cal.timezones.last_mut().expect("open").properties,
            Some("STANDARD" | "DAYLIGHT") => {
                let tz = cal.timezones.last_mut().expect("open");
                &mut tz.transitions.last_mut().expect("open").properties
            }
            _ => &mut cal.properties,
        }
    }

    /// The crate's emitter output, folded at octets as `Writer` folds.
    pub fn emitted(&self) -> String {
        use ical::generator::Emitter;
        super::text::refold(&self.cal.generate())
    }
}

#[cfg(test)]
impl Sink for Components {
    fn begin(&mut self, kind: &'static str) {
        use ical::parser::ical::component::*;
        match kind {
            "VEVENT" => self.cal.events.push(IcalEvent::new()),
            "VTIMEZONE" => self.cal.timezones.push(IcalTimeZone::new()),
            "STANDARD" | "DAYLIGHT" => {
                let t = if kind == "STANDARD" {
                    IcalTimeZoneTransitionType::STANDARD
                } else {
                    IcalTimeZoneTransitionType::DAYLIGHT
                };
                let tz = self.cal.timezones.last_mut().expect("open");
                tz.transitions.push(IcalTimeZoneTransition::new(t));
            }
            _ => {}
        }
        self.open.push(kind);
    }

    fn end(&mut self, _kind: &'static str) {
        self.open.pop();
    }

    fn raw(&mut self, name: &str, params: &[(&str, &str)], value: &str) {
        let p = super::prop_with(name, params, value);
        let p = if params.is_empty() {
            Property { params: None, ..p }
        } else {
            p
        };
        self.current().push(p);
    }

    fn text(&mut self, name: &str, value: &str) {
        self.current()
            .push(super::prop(name, super::text::escape(value)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_quoted_and_protected_as_the_crate_emitter_does() {
        let mut c = Components::default();
        let mut w = Writer::with_capacity(0);
        for sink in [&mut c as &mut dyn Sink, &mut w] {
            sink.begin("VCALENDAR");
            sink.raw(
                "X-TEST",
                &[
                    ("CN", "\"Ana: room 1, B\""),
                    ("ROLE", "a;b"),
                    ("X", "plain"),
                ],
                "x",
            );
            sink.text("X-TEXT", "Reunión, martes; 7 \\ 8\nsótano");
            sink.end("VCALENDAR");
        }
        assert_eq!(c.emitted(), w.finish());
    }
}
