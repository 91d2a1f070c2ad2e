//! Words a person reads, from the one translation catalog: `locales/<lang>.ftl` at the
//! root of the repository, in Project Fluent's format so translators' tools read it.
//! A leaf: it imports nothing of the core. The members' page takes every word from here.

use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberType};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// Each language's tag and catalog text, English first, read from `locales/` by build.rs.
/// A static, not a const: a const's text is copied into every codegen unit that uses it,
/// and the release binary carried the four catalogs three times (1.2 MB for 0.4), with
/// the start touching pages of two copies.
static SOURCES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// A language the catalog holds: one `locales/<tag>.ftl` file. English is the source
/// every other language is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(usize);

impl Lang {
    pub const EN: Lang = Lang(0);

    /// Every language, English first.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..SOURCES.len()).map(Lang)
    }

    /// The BCP 47 tag, as the file is named (`en`, `es`, `pt-BR`, `fa`).
    pub fn code(self) -> &'static str {
        SOURCES[self.0].0
    }

    /// A language from a tag or a locale name as the environment spells it (`es`,
    /// `es-MX`, `pt_BR.UTF-8`, `fa_IR`): the exact tag first, else the language alone
    /// (`pt_PT` reads `pt-BR`). None for a language the catalog does not hold.
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.trim().split(['.', '@']).next().unwrap_or_default();
        let norm = |t: &str| t.replace('_', "-").to_ascii_lowercase();
        let wanted = norm(tag);
        let primary = wanted.split('-').next().unwrap_or_default().to_owned();
        if primary.is_empty() {
            return None;
        }
        Lang::all()
            .find(|l| norm(l.code()) == wanted)
            .or_else(|| Lang::all().find(|l| norm(l.code()).split('-').next() == Some(&primary)))
    }

    /// The person's language as the environment says (LC_ALL, LC_MESSAGES, LANG, as
    /// POSIX orders them), English when it names none the catalog holds.
    pub fn from_env() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| Lang::parse(&v))
            .unwrap_or(Lang::EN)
    }

    /// Whether the language is written right to left (its catalog says).
    pub fn rtl(self) -> bool {
        message(self, "page-language-dir", &[]) == "rtl"
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Lang, String> {
        Lang::parse(s).ok_or_else(|| {
            let all: Vec<&str> = Lang::all().map(Lang::code).collect();
            format!(
                "no translation for {s:?}; the catalog holds {}",
                all.join(", ")
            )
        })
    }
}

// A language travels as its tag ("pt-BR") between the window and the core.
impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> serde::Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        let tag = String::deserialize(d)?;
        tag.parse().map_err(serde::de::Error::custom)
    }
}

type Bundle = FluentBundle<FluentResource>;

/// A language's bundle and its messages' ids in the file's order, read once.
struct Loaded {
    bundle: Bundle,
    ids: Vec<String>,
}

const LANGS: usize = SOURCES.len();

/// A language's bundle, read the first time that language is asked for: a session
/// speaks one or two, and parsing all four catalogs up front held 3 MB more in the idle
/// app than the one its window shows.
fn loaded(lang: Lang) -> &'static Loaded {
    static BUNDLES: [OnceLock<Loaded>; LANGS] = [const { OnceLock::new() }; LANGS];
    BUNDLES[lang.0].get_or_init(|| load(SOURCES[lang.0]))
}

fn load((code, source): (&str, &str)) -> Loaded {
    let id: LanguageIdentifier = code.parse().expect("catalog tags are valid");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks around every placeable would reach a page's text and a PDF as
    // invisible characters; direction is set by the page itself.
    bundle.set_use_isolating(false);
    // Numbers in the language's own digits and grouping ("۱۲", "10,000").
    bundle.set_formatter(Some(number));
    // NUMBER(), which ordinal messages ("21st") select with.
    bundle
        .add_builtins()
        .expect("the builtins are added once, to a new bundle");
    let resource = FluentResource::try_new(source.to_owned())
        .unwrap_or_else(|(_, e)| panic!("locales/{code}.ftl does not read: {e:?}"));
    let ids = resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect();
    bundle
        .add_resource(resource)
        .unwrap_or_else(|e| panic!("locales/{code}.ftl repeats a message: {e:?}"));
    Loaded { bundle, ids }
}

fn bundle(lang: Lang) -> &'static Bundle {
    &loaded(lang).bundle
}

/// A value a message is given: text as it is, or a number whose plural form (and
/// ordinal form: "21st") the language's CLDR rules pick.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(i64),
    Ordinal(i64),
}

impl From<&str> for Arg {
    fn from(t: &str) -> Arg {
        Arg::Text(t.to_owned())
    }
}

impl From<String> for Arg {
    fn from(t: String) -> Arg {
        Arg::Text(t)
    }
}

impl From<&String> for Arg {
    fn from(t: &String) -> Arg {
        Arg::Text(t.clone())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Number(n as i64)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Number(n)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Number(n.into())
    }
}

/// One message in `lang`, its variables filled from `args`. A message the catalog does
/// not have comes out as its id, so a gap shows instead of hiding (the catalog test
/// keeps every language whole).
pub fn message(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let b = bundle(lang);
    let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else {
        return id.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (k, v) in args {
        let value: FluentValue = match v {
            Arg::Text(t) => FluentValue::from(t.as_str()),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Ordinal(n) => {
                let mut number = FluentNumber::from(*n);
                number.options.r#type = FluentNumberType::Ordinal;
                FluentValue::Number(number)
            }
        };
        fluent_args.set(*k, value);
    }
    let mut errors = Vec::new();
    b.format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// Whether the catalog holds message `id` in `lang`.
pub fn has(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// Every message whose id starts with `prefix`, its variables left as `{$name}` for a
/// script to fill in (the members' page carries its words this way).
pub fn messages(lang: Lang, prefix: &str) -> BTreeMap<String, String> {
    let l = loaded(lang);
    l.ids
        .iter()
        .filter(|id| id.starts_with(prefix))
        .filter_map(|id| {
            let pattern = l.bundle.get_message(id)?.value()?;
            // Without arguments Fluent writes a variable as `{$name}` (and reports it).
            let mut errors = Vec::new();
            let text = l
                .bundle
                .format_pattern(pattern, None, &mut errors)
                .into_owned();
            Some((id.clone(), text))
        })
        .collect()
}

/// Dates, times and lists in a language's own way, from the CLDR data ICU4X compiles in
/// (weekday and month names, word order, the calendar and digits the language uses).
/// Each formatter is built the first time its language formats that kind of value: the
/// window's first screen needs English times and lists, and building all seven for
/// every language there read ICU4X's data for all four (its pages stayed resident in the
/// idle app, and the formatters' own memory with them).
struct Formats {
    locale: icu_locale_core::Locale,
    weekday_date: OnceCell<icu_datetime::DateTimeFormatter<icu_datetime::fieldsets::MDE>>,
    weekday: OnceCell<icu_datetime::DateTimeFormatter<icu_datetime::fieldsets::E>>,
    date: OnceCell<icu_datetime::DateTimeFormatter<icu_datetime::fieldsets::YMD>>,
    time: OnceCell<icu_datetime::NoCalendarFormatter<icu_datetime::fieldsets::T>>,
    and: OnceCell<icu_list::ListFormatter>,
    unit: OnceCell<icu_list::ListFormatter>,
    number: OnceCell<icu_decimal::DecimalFormatter>,
}

const CLDR: &str = "compiled CLDR data has every language";

impl Formats {
    fn new(lang: Lang) -> Formats {
        // Every tag of the catalog is a valid BCP 47 tag; CLDR falls back from a region
        // it lacks to the language. Dates are Gregorian in every language, as the window
        // shows them (Persian's default is Solar Hijri).
        let locale = format!("{}-u-ca-gregory", lang.code())
            .parse()
            .expect("catalog tags are BCP 47");
        Formats {
            locale,
            weekday_date: OnceCell::new(),
            weekday: OnceCell::new(),
            date: OnceCell::new(),
            time: OnceCell::new(),
            and: OnceCell::new(),
            unit: OnceCell::new(),
            number: OnceCell::new(),
        }
    }

    fn weekday_date(&self) -> &icu_datetime::DateTimeFormatter<icu_datetime::fieldsets::MDE> {
        self.weekday_date.get_or_init(|| {
            icu_datetime::DateTimeFormatter::try_new(
                (&self.locale).into(),
                icu_datetime::fieldsets::MDE::long(),
            )
            .expect(CLDR)
        })
    }

    fn weekday(&self) -> &icu_datetime::DateTimeFormatter<icu_datetime::fieldsets::E> {
        self.weekday.get_or_init(|| {
            icu_datetime::DateTimeFormatter::try_new(
                (&self.locale).into(),
                icu_datetime::fieldsets::E::short(),
            )
            .expect(CLDR)
        })
    }

    fn date(&self) -> &icu_datetime::DateTimeFormatter<icu_datetime::fieldsets::YMD> {
        self.date.get_or_init(|| {
            icu_datetime::DateTimeFormatter::try_new(
                (&self.locale).into(),
                icu_datetime::fieldsets::YMD::medium(),
            )
            .expect(CLDR)
        })
    }

    fn time(&self) -> &icu_datetime::NoCalendarFormatter<icu_datetime::fieldsets::T> {
        self.time.get_or_init(|| {
            icu_datetime::NoCalendarFormatter::try_new(
                (&self.locale).into(),
                icu_datetime::fieldsets::T::hm(),
            )
            .expect(CLDR)
        })
    }

    fn and(&self) -> &icu_list::ListFormatter {
        self.and.get_or_init(|| {
            use icu_list::options::{ListFormatterOptions, ListLength};
            icu_list::ListFormatter::try_new_and(
                (&self.locale).into(),
                ListFormatterOptions::default().with_length(ListLength::Wide),
            )
            .expect(CLDR)
        })
    }

    fn unit(&self) -> &icu_list::ListFormatter {
        self.unit.get_or_init(|| {
            use icu_list::options::{ListFormatterOptions, ListLength};
            icu_list::ListFormatter::try_new_unit(
                (&self.locale).into(),
                ListFormatterOptions::default().with_length(ListLength::Short),
            )
            .expect(CLDR)
        })
    }

    fn number(&self) -> &icu_decimal::DecimalFormatter {
        self.number.get_or_init(|| {
            // Grouped from five digits ("10,000", "1000"): a count in a sentence reads
            // plainer so, and Spanish groups that way in any case.
            let mut o = icu_decimal::options::DecimalFormatterOptions::default();
            o.grouping_strategy = Some(icu_decimal::options::GroupingStrategy::Min2);
            icu_decimal::DecimalFormatter::try_new((&self.locale).into(), o).expect(CLDR)
        })
    }
}

thread_local! {
    // ICU4X's formatters are not shared between threads (they hold reference-counted
    // data): each thread builds its own, a language's the first time it formats.
    static FORMATS: [OnceCell<Formats>; LANGS] = const { [const { OnceCell::new() }; LANGS] };
}

fn with_formats<R>(lang: Lang, f: impl FnOnce(&Formats) -> R) -> R {
    FORMATS.with(|all| f(all[lang.0].get_or_init(|| Formats::new(lang))))
}

/// A whole number as `lang` writes it: its digits (Persian's ۰–۹) and grouping.
pub fn integer(lang: Lang, n: i64) -> String {
    with_formats(lang, |f| {
        f.number()
            .format(&icu_decimal::input::Decimal::from(n))
            .to_string()
    })
}

/// Fluent's number formatter: the bundle's language, then ICU's digits for it. Fluent
/// hands over only its per-language memoizer, so the language travels in a small
/// memoized value built from the memoizer's language.
fn number(
    value: &FluentValue,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    if n.value.fract() != 0.0 || n.value.abs() > 1e15 {
        return None;
    }
    memoizer
        .with_try_get::<Tagged, _, _>((), |t| t.0.map(|lang| integer(lang, n.value as i64)))
        .ok()
        .flatten()
}

/// A bundle's language, as the catalog knows it.
struct Tagged(Option<Lang>);

impl intl_memoizer::Memoizable for Tagged {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Tagged, ()> {
        Ok(Tagged(Lang::parse(&lang.to_string())))
    }
}

fn iso(d: chrono::NaiveDate) -> icu_calendar::Date<icu_calendar::Iso> {
    use chrono::Datelike;
    icu_calendar::Date::try_new_iso(d.year(), d.month() as u8, d.day() as u8)
        .expect("a chrono date is a valid ISO date")
}

/// "Tuesday, December 8" / "martes, 8 de diciembre" (in Persian, the Persian calendar's).
pub fn weekday_date(lang: Lang, d: chrono::NaiveDate) -> String {
    with_formats(lang, |f| f.weekday_date().format(&iso(d)).to_string())
}

/// "Tue" / "mar" / "ter.": a weekday short enough for a list's time column.
pub fn weekday_short(lang: Lang, day: chrono::Weekday) -> String {
    // Any date on that weekday: 2024-01-01 was a Monday.
    let d = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).expect("a date")
        + chrono::Duration::days(i64::from(day.num_days_from_monday()));
    with_formats(lang, |f| f.weekday().format(&iso(d)).to_string())
}

/// "Dec 8, 2026" / "8 dic 2026".
pub fn date(lang: Lang, d: chrono::NaiveDate) -> String {
    with_formats(lang, |f| f.date().format(&iso(d)).to_string())
}

/// "7:00 PM" / "19:00" / "۱۹:۰۰".
pub fn time(lang: Lang, t: chrono::NaiveTime) -> String {
    use chrono::Timelike;
    let t = icu_time::Time::try_new(t.hour() as u8, t.minute() as u8, 0, 0)
        .expect("a chrono time is a valid time");
    with_formats(lang, |f| f.time().format(&t).to_string())
}

/// "Monday, Wednesday and Friday" / "lunes, miércoles y viernes".
pub fn and_list(lang: Lang, items: &[String]) -> String {
    with_formats(lang, |f| f.and().format(items.iter()).to_string())
}

/// Parts of one thing, listed: "5 a week, phase 1, NA meetings" ("،" in Persian).
pub fn unit_list(lang: Lang, items: &[String]) -> String {
    with_formats(lang, |f| f.unit().format(items.iter()).to_string())
}

/// Each message's variables, by id, in one language's file (for the catalog check).
pub fn variables(lang: Lang) -> BTreeMap<String, Vec<String>> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    fn walk_inline(e: &InlineExpression<&str>, out: &mut Vec<String>) {
        match e {
            InlineExpression::VariableReference { id } => out.push(id.name.to_owned()),
            InlineExpression::Placeable { expression } => walk(expression, out),
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    walk_inline(a, out);
                }
            }
            _ => {}
        }
    }
    fn walk(e: &Expression<&str>, out: &mut Vec<String>) {
        match e {
            Expression::Inline(i) => walk_inline(i, out),
            Expression::Select { selector, variants } => {
                walk_inline(selector, out);
                for v in variants {
                    pattern(&v.value, out);
                }
            }
        }
    }
    fn pattern(p: &Pattern<&str>, out: &mut Vec<String>) {
        for el in &p.elements {
            if let PatternElement::Placeable { expression } = el {
                walk(expression, out);
            }
        }
    }
    let source = SOURCES[lang.0].1;
    let resource = FluentResource::try_new(source.to_owned()).expect("the catalog reads");
    resource
        .entries()
        .filter_map(|e| match e {
            Entry::Message(m) => {
                let mut vars = Vec::new();
                if let Some(p) = &m.value {
                    pattern(p, &mut vars);
                }
                vars.sort();
                vars.dedup();
                Some((m.id.name.to_owned(), vars))
            }
            _ => None,
        })
        .collect()
}

/// The window's types for the catalog (ui/src/lib/messages.ts): every message id, and
/// the variables each takes, so TypeScript refuses a call that names a message English
/// lacks or passes other variables than the message uses.
pub fn typescript() -> String {
    let english = variables(Lang::EN);
    let mut s = String::from(
        "// Generated from locales/en.ftl by `UPDATE_BINDINGS=1 cargo test -p homegroup-core i18n`.\n// Do not edit by hand.\n\nexport type MessageArgs = {\n",
    );
    for (id, vars) in &english {
        let vars = if vars.is_empty() {
            "never".to_owned()
        } else {
            vars.iter()
                .map(|v| format!("'{v}'"))
                .collect::<Vec<_>>()
                .join(" | ")
        };
        s.push_str(&format!("  '{id}': {vars};\n"));
    }
    s.push_str("};\n\nexport type MessageKey = keyof MessageArgs;\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn es() -> Lang {
        Lang::parse("es").unwrap()
    }

    /// Every `.rs` file under `dir`, with its text.
    fn sources(dir: &std::path::Path, out: &mut Vec<(std::path::PathBuf, String)>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                sources(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                // A file's tests come last and may say anything.
                let code = text.split("#[cfg(test)]").next().unwrap_or("").to_owned();
                out.push((p, code));
            }
        }
    }

    /// Literal words (three letters or more, outside `{…}` placeholders) in a format
    /// string.
    fn has_words(literal: &str) -> bool {
        let mut depth = 0;
        let mut run = 0;
        for c in literal.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                c if depth == 0 && c.is_alphabetic() => {
                    run += 1;
                    if run >= 3 {
                        return true;
                    }
                    continue;
                }
                _ => {}
            }
            run = 0;
        }
        false
    }

    #[test]
    fn what_people_read_comes_from_the_catalog() {
        // The CLI's printed lines and every printed sheet's blocks: a sentence written
        // in the code instead of the catalog reaches every language in English.
        let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut files = vec![];
        sources(&root.join("cli/src"), &mut files);
        sources(&root.join("core/src"), &mut files);
        let pattern = regex_lite::Regex::new(
            r#"(?:println!|print!|eprintln!|Block::(?:Title|Text|Heading|Strong|Small|Item))\(\s*(?:format!\(\s*)?"((?:[^"\\]|\\.)*)""#,
        )
        .unwrap();
        let mut found = vec![];
        for (path, code) in &files {
            for m in pattern.captures_iter(code) {
                let literal = m[1].trim_start_matches("homegroup: ");
                if has_words(literal) {
                    found.push(format!("{}: \"{}\"", path.display(), &m[1]));
                }
            }
        }
        assert!(
            found.is_empty(),
            "words outside the catalog (put them in locales/en.ftl):\n{}",
            found.join("\n")
        );
    }

    /// The window's markup: text written between tags, and in the placeholder,
    /// aria-label, title and alt attributes, with scripts, styles, comments and `{…}`
    /// expressions left out.
    fn markup_text(source: &str) -> Vec<String> {
        let blank = |re: &str, s: &str| {
            regex_lite::Regex::new(re)
                .unwrap()
                .replace_all(s, |m: &regex_lite::Captures| {
                    m[0].chars()
                        .map(|c| if c == '\n' { '\n' } else { ' ' })
                        .collect::<String>()
                })
                .into_owned()
        };
        let s = blank(r"(?s)<script.*?</script>", source);
        let s = blank(r"(?s)<style.*?</style>", &s);
        let s = blank(r"(?s)<!--.*?-->", &s);
        let mut out = String::new();
        let mut depth = 0;
        for c in s.chars() {
            if c == '{' {
                depth += 1;
            }
            out.push(if depth > 0 && c != '\n' { ' ' } else { c });
            if c == '}' {
                depth -= 1;
            }
        }
        let mut found = vec![];
        let attr =
            regex_lite::Regex::new(r#"\b(?:placeholder|aria-label|title|alt)="([^"]*)""#).unwrap();
        let letters = |t: &str| t.chars().filter(|c| c.is_alphabetic()).count() >= 2;
        for m in attr.captures_iter(&out) {
            if letters(&m[1]) {
                found.push(m[1].trim().to_owned());
            }
        }
        let text = blank(r"(?s)<[^>]*>", &out);
        for run in regex_lite::Regex::new(r"\s{2,}|\n").unwrap().split(&text) {
            let run = run.trim();
            if run
                .chars()
                .collect::<Vec<_>>()
                .windows(2)
                .any(|w| w[0].is_alphabetic() && w[1].is_alphabetic())
            {
                found.push(run.to_owned());
            }
        }
        found
    }

    #[test]
    fn every_word_of_the_window_is_in_the_catalog() {
        // What is allowed is not language: names of formats and products, examples of
        // what to type (addresses, codes, commands), units, and languages a meeting
        // may be held in, each named in itself.
        const ALLOWED: &[&str] = &[
            "Meeting Guide JSON",
            "BMLT",
            "iCalendar (.ics)",
            "CSV",
            "KB",
            "https://…  /home/…/meetings.json",
            "en, es…",
            "https://",
            "tk, uname",
            "es",
            "W, BT…",
            "pass show area/dav",
            "https://example.org/meetings/",
            "https://cloud.example.org/remote.php/dav/calendars/area/program/",
            "English",
            "Español",
            "Français",
            "Português",
        ];
        assert_eq!(
            markup_text(
                r#"<p>Hello there</p><input placeholder="Your name" /><b>{t("x")}</b><script>let a = "no";</script>"#
            ),
            ["Your name", "Hello there"]
        );
        let ui = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src");
        let mut files = vec![];
        fn svelte(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for e in std::fs::read_dir(dir).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    svelte(&p, out);
                } else if p.extension().is_some_and(|x| x == "svelte") {
                    out.push(p);
                }
            }
        }
        svelte(&ui, &mut files);
        assert!(files.len() > 10);
        let stray: Vec<String> = files
            .iter()
            .flat_map(|f| {
                markup_text(&std::fs::read_to_string(f).unwrap())
                    .into_iter()
                    .filter(|t| !ALLOWED.contains(&t.as_str()))
                    .map(move |t| format!("{}: {t}", f.display()))
            })
            .collect();
        assert!(
            stray.is_empty(),
            "words outside the catalog:\n{}",
            stray.join("\n")
        );
    }

    #[test]
    fn window_message_types_are_fresh() {
        crate::bindings::tests::fresh("ui/src/lib/messages.ts", &typescript(), "i18n");
    }

    #[test]
    fn every_language_has_every_english_message_with_the_same_variables() {
        let english = variables(Lang::EN);
        assert!(english.len() > 50);
        for lang in Lang::all() {
            let theirs = variables(lang);
            for (id, vars) in &english {
                let Some(v) = theirs.get(id) else {
                    panic!("locales/{}.ftl lacks {id}", lang.code());
                };
                assert_eq!(
                    v,
                    vars,
                    "locales/{}.ftl: {id} uses other variables",
                    lang.code()
                );
            }
            for id in theirs.keys() {
                assert!(
                    english.contains_key(id),
                    "locales/{}.ftl has {id}, which English lacks",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn messages_are_filled_in_and_placeholders_kept_for_scripts() {
        assert_eq!(
            message(es(), "page-room", &[("room", "Sala 3".into())]),
            "Sala: Sala 3"
        );
        assert_eq!(message(Lang::EN, "no-such-message", &[]), "no-such-message");
        let page = messages(Lang::EN, "page-");
        assert_eq!(page["page-moved-to"], "Moved to {$when}");
        assert!(page.keys().all(|k| k.starts_with("page-")));
    }

    #[test]
    fn numbers_are_written_in_the_languages_digits() {
        let fa = Lang::parse("fa").unwrap();
        let twelve = || [("n", Arg::Number(12))];
        assert!(message(fa, "cli-keys-trusted", &twelve()).contains("۱۲"));
        assert!(message(Lang::EN, "cli-keys-trusted", &twelve()).contains("12 keys"));
        assert_eq!(integer(Lang::EN, 12345), "12,345");
        assert_eq!(integer(Lang::EN, 1234), "1234");
        assert_eq!(integer(fa, 1234), "۱۲۳۴");
    }

    #[test]
    fn every_language_formats_every_kind_of_value_on_any_thread() {
        // Each formatter is built the first time its language and kind are used, on each
        // thread: data ICU4X lacked for one would fail here, not in someone's window.
        let d = chrono::NaiveDate::from_ymd_opt(2026, 12, 8).unwrap();
        let t = chrono::NaiveTime::from_hms_opt(19, 5, 0).unwrap();
        let items = ["a".to_owned(), "b".to_owned(), "c".to_owned()];
        let all = move || {
            Lang::all()
                .map(|l| {
                    [
                        weekday_date(l, d),
                        weekday_short(l, chrono::Weekday::Tue),
                        date(l, d),
                        time(l, t),
                        and_list(l, &items),
                        unit_list(l, &items),
                        integer(l, 10000),
                    ]
                })
                .collect::<Vec<_>>()
        };
        let here = all();
        for (l, texts) in Lang::all().zip(&here) {
            for text in texts {
                assert!(!text.trim().is_empty(), "{}: {texts:?}", l.code());
            }
        }
        assert!(here[0][0].contains("December"), "{:?}", here[0]);
        assert!(here[0][3].contains("7:05"), "{:?}", here[0]);
        let fa = Lang::parse("fa").unwrap();
        assert!(time(fa, t).contains("۱۹:۰۵"), "{}", time(fa, t));
        assert!(date(es(), d).contains("dic"), "{}", date(es(), d));
        // Another thread builds its own formatters and writes the same.
        assert_eq!(std::thread::spawn(all).join().unwrap(), here);
    }

    #[test]
    fn languages_are_read_as_the_environment_spells_them() {
        let code = |t: &str| Lang::parse(t).map(Lang::code);
        assert_eq!(code("es_MX.UTF-8"), Some("es"));
        assert_eq!(code("es-419"), Some("es"));
        assert_eq!(code("pt_BR.UTF-8"), Some("pt-BR"));
        assert_eq!(code("pt_PT"), Some("pt-BR"));
        assert_eq!(code("fa_IR.UTF-8"), Some("fa"));
        assert_eq!(code("C.UTF-8"), None);
        assert_eq!(code("C"), None);
        assert_eq!(code("en"), Some("en"));
        assert!(Lang::parse("fa").unwrap().rtl());
        assert!(!Lang::EN.rtl());
    }
}
