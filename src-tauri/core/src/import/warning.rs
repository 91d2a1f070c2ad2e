//! What an import could not use, as data: which record, what was wrong with it, and
//! whether the record was left out or came in with something left out. The catalog
//! words it in the person's language (`import-problem-<kind>` for one record,
//! `import-reason-<kind>` for a summary's group), so an import summary can say how many
//! came in, how many came in with something left out and how many were skipped, each
//! with its reasons grouped and counted.

use serde::{Deserialize, Deserializer, Serialize};
use ts_rs::TS;

use crate::error::Code;
use crate::i18n::{self, Arg, Lang};

/// What was wrong, as the catalog names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    /// A record that is not a meeting at all (not a JSON object, a CSV line that does
    /// not read).
    NotAMeeting,
    NoName,
    /// No identifier the source keeps for it (a Meeting Guide slug, a BMLT id).
    NoId,
    /// The same identifier twice: the second one is left out.
    DuplicateId,
    Unpublished,
    NoDay,
    /// A meeting by appointment, with no day to list it on.
    ByAppointment,
    /// `value`: what the source gave for a day.
    BadDay,
    /// `value`: what the source gave for a time (or which of an event's times).
    BadTime,
    /// `value`: the zone's name.
    UnknownZone,
    AllDay,
    /// `value`: how many minutes.
    BadLength,
    /// The rule a calendar event repeats by cannot be followed; `value` says why.
    BadRule,
    /// Refused by the program's own checks: `code` says which.
    Invalid,
    /// `value`: the codes with no counterpart here (the meeting came in without them).
    UnknownFormats,
    /// `value`: how many extra dates beside a repeating rule were left out.
    ExtraDates,
    /// Extra dates at another time of day, read at the usual time.
    ExtraDatesTime,
    /// `value`: the event whose changes the file holds without the event itself.
    OrphanChanges,
    /// `value`: a changed date that could not be read.
    ChangeUnreadable,
    /// `value`: a changed date the meeting does not meet on.
    ChangeNotADate,
    /// A warning kept by an older version, in its own words (`value`).
    Recorded,
}

impl Problem {
    fn key(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .expect("a problem serialises as its name")
    }

    /// Every kind, for the catalog's check.
    pub const ALL: [Problem; 21] = [
        Problem::NotAMeeting,
        Problem::NoName,
        Problem::NoId,
        Problem::DuplicateId,
        Problem::Unpublished,
        Problem::NoDay,
        Problem::ByAppointment,
        Problem::BadDay,
        Problem::BadTime,
        Problem::UnknownZone,
        Problem::AllDay,
        Problem::BadLength,
        Problem::BadRule,
        Problem::Invalid,
        Problem::UnknownFormats,
        Problem::ExtraDates,
        Problem::ExtraDatesTime,
        Problem::OrphanChanges,
        Problem::ChangeUnreadable,
        Problem::ChangeNotADate,
        Problem::Recorded,
    ];
}

/// Where a record is in its source, for one that has no name to go by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "at", rename_all = "snake_case")]
pub enum Position {
    /// A spreadsheet's line, counting the header as 1.
    Line(u32),
    /// A record of a JSON list, from 1.
    Record(u32),
    /// A calendar event's UID.
    Event(String),
}

/// One record an import could not use as it was.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ImportWarning {
    /// The meeting's name in the source; empty when it has none.
    pub name: String,
    pub position: Option<Position>,
    pub problem: Problem,
    /// What the source said that the sentence quotes ("Mondey", "B, ES", a zone).
    pub value: String,
    /// The check that refused it, for `Problem::Invalid`.
    pub code: Option<Code>,
    /// Left out entirely; otherwise it came in with something left out.
    pub skipped: bool,
    /// The sentence in the language of the person who asked (filled by [`word`]).
    pub text: String,
}

impl ImportWarning {
    /// A record left out.
    pub fn skipped(
        name: &str,
        position: Option<Position>,
        problem: Problem,
        value: impl Into<String>,
    ) -> Self {
        ImportWarning {
            name: name.trim().to_owned(),
            position,
            problem,
            value: value.into(),
            code: None,
            skipped: true,
            text: String::new(),
        }
    }

    /// A record that came in with something left out.
    pub fn partly(
        name: &str,
        position: Option<Position>,
        problem: Problem,
        value: impl Into<String>,
    ) -> Self {
        ImportWarning {
            skipped: false,
            ..ImportWarning::skipped(name, position, problem, value)
        }
    }

    /// A record the program's own checks refused.
    pub fn refused(name: &str, code: Code) -> Self {
        ImportWarning {
            code: Some(code),
            ..ImportWarning::skipped(name, None, Problem::Invalid, "")
        }
    }

    /// The record, then what was wrong: `"Night Owls": formats VM have no counterpart
    /// here and were left out`.
    pub fn words(&self, lang: Lang) -> String {
        let say = |id: &str, args: &[(&str, Arg)]| i18n::message(lang, id, args);
        let record = match (&self.position, self.name.is_empty()) {
            (_, false) => say("import-record-name", &[("name", self.name.as_str().into())]),
            (Some(Position::Line(n)), true) => {
                say("import-record-line", &[("n", Arg::Number(i64::from(*n)))])
            }
            (Some(Position::Record(n)), true) => {
                say("import-record-number", &[("n", Arg::Number(i64::from(*n)))])
            }
            (Some(Position::Event(uid)), true) => {
                say("import-record-event", &[("uid", uid.as_str().into())])
            }
            (None, true) => say("import-record-unnamed", &[]),
        };
        let problem = match (self.problem, self.code) {
            (Problem::Invalid, Some(code)) if self.value.is_empty() => {
                say(&crate::error::message_id(code), &[])
            }
            (Problem::Invalid, Some(code)) => say(
                "import-problem-refused",
                &[
                    ("reason", say(&crate::error::message_id(code), &[]).into()),
                    ("value", self.value.as_str().into()),
                ],
            ),
            (Problem::Recorded, _) => return self.value.clone(),
            (p, _) => say(
                &format!("import-problem-{}", p.key()),
                &[("value", self.value.as_str().into())],
            ),
        };
        say(
            "import-warning",
            &[("record", record.into()), ("problem", problem.into())],
        )
    }
}

/// The reason a summary groups `problem` under ("had no day of the week").
pub fn reason(problem: Problem, lang: Lang) -> String {
    i18n::message(lang, &format!("import-reason-{}", problem.key()), &[])
}

/// Fills in every warning's sentence in `lang`.
pub fn word(warnings: &mut [ImportWarning], lang: Lang) {
    for w in warnings {
        w.text = w.words(lang);
    }
}

/// A stored report from an older version holds its warnings as sentences: they are read
/// back as such.
impl<'de> Deserialize<'de> for ImportWarning {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Full {
            #[serde(default)]
            name: String,
            #[serde(default)]
            position: Option<Position>,
            problem: Problem,
            #[serde(default)]
            value: String,
            #[serde(default)]
            code: Option<Code>,
            #[serde(default)]
            skipped: bool,
            #[serde(default)]
            text: String,
        }
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Either {
            Full(Full),
            Sentence(String),
        }
        Ok(match Either::deserialize(d)? {
            Either::Full(f) => ImportWarning {
                name: f.name,
                position: f.position,
                problem: f.problem,
                value: f.value,
                code: f.code,
                skipped: f.skipped,
                text: f.text,
            },
            Either::Sentence(s) => ImportWarning {
                text: s.clone(),
                ..ImportWarning::skipped("", None, Problem::Recorded, s)
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_is_worded_and_grouped_in_every_language() {
        for lang in Lang::all() {
            for p in Problem::ALL.into_iter().filter(|p| *p != Problem::Recorded) {
                let w = ImportWarning::skipped("Night Owls", None, p, "VM");
                let text = w.words(lang);
                assert!(text.contains("Night Owls"), "{lang:?} {p:?}: {text}");
                assert!(!reason(p, lang).is_empty());
            }
        }
        let w = ImportWarning::partly("Night Owls", None, Problem::UnknownFormats, "VM");
        assert_eq!(
            w.words(Lang::EN),
            "\"Night Owls\": formats VM have no counterpart here and were left out"
        );
        let es = Lang::parse("es").unwrap();
        assert_eq!(
            ImportWarning::skipped("", Some(Position::Line(12)), Problem::BadDay, "Mondey")
                .words(es),
            "línea 12: «Mondey» no es un día de la semana"
        );
        assert!(ImportWarning::refused("X", Code::MeetingInvalidUrl)
            .words(es)
            .starts_with("\"X\": "));
    }

    #[test]
    fn an_older_version_s_sentences_read_back() {
        let old: Vec<ImportWarning> = serde_json::from_str(r#"["\"A\": no day"]"#).unwrap();
        assert_eq!(old[0].problem, Problem::Recorded);
        assert_eq!(old[0].words(Lang::EN), "\"A\": no day");
        let new = ImportWarning::partly(
            "A",
            Some(Position::Record(3)),
            Problem::UnknownFormats,
            "VM",
        );
        let back: ImportWarning =
            serde_json::from_str(&serde_json::to_string(&new).unwrap()).unwrap();
        assert_eq!(back, new);
    }
}
