//! Words a person reads, from the one translation catalog: `locales/<lang>.ftl` at the
//! root of the repository, in Project Fluent's format so translators' tools read it.
//! A leaf: it imports nothing of the core. The members' page takes every word from here.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

/// The languages the catalog holds, English first (every other one is checked against it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Es,
}

const SOURCES: &[(Lang, &str, &str)] = &[
    (Lang::En, "en", include_str!("../../../locales/en.ftl")),
    (Lang::Es, "es", include_str!("../../../locales/es.ftl")),
];

impl Lang {
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Es];

    /// The BCP 47 tag (`en`, `es`).
    pub fn code(self) -> &'static str {
        SOURCES
            .iter()
            .find(|(l, ..)| *l == self)
            .expect("every language has a source")
            .1
    }

    /// A language from a tag or a locale name as the environment spells it (`es`,
    /// `es-MX`, `es_ES.UTF-8`); none for a language the catalog does not hold.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        SOURCES
            .iter()
            .find(|(_, code, _)| *code == primary)
            .map(|(l, ..)| *l)
    }

    /// The person's language as the environment says (LC_ALL, LC_MESSAGES, LANG, as
    /// POSIX orders them), English when it names none the catalog holds.
    pub fn from_env() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| Lang::parse(&v))
            .unwrap_or(Lang::En)
    }
}

type Bundle = FluentBundle<FluentResource>;

/// A language's bundle and its messages' ids in the file's order, read once.
struct Loaded {
    lang: Lang,
    bundle: Bundle,
    ids: Vec<String>,
}

fn bundles() -> &'static Vec<Loaded> {
    static BUNDLES: OnceLock<Vec<Loaded>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(lang, code, source)| {
                let id: LanguageIdentifier = code.parse().expect("catalog tags are valid");
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // Isolation marks around every placeable would reach a page's text and a
                // PDF as invisible characters; direction is set by the page itself.
                bundle.set_use_isolating(false);
                let resource = FluentResource::try_new((*source).to_owned())
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
                Loaded {
                    lang: *lang,
                    bundle,
                    ids,
                }
            })
            .collect()
    })
}

fn loaded(lang: Lang) -> &'static Loaded {
    bundles()
        .iter()
        .find(|l| l.lang == lang)
        .expect("every language is loaded")
}

fn bundle(lang: Lang) -> &'static Bundle {
    &loaded(lang).bundle
}

/// One message in `lang`, its variables filled from `args`. A message the catalog does
/// not have comes out as its id, so a gap shows instead of hiding (the catalog test
/// keeps every language whole).
pub fn message(lang: Lang, id: &str, args: &[(&str, &str)]) -> String {
    let b = bundle(lang);
    let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else {
        return id.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (k, v) in args {
        fluent_args.set(*k, *v);
    }
    let mut errors = Vec::new();
    b.format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
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
    let source = SOURCES.iter().find(|(l, ..)| *l == lang).expect("loaded").2;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_english_message_with_the_same_variables() {
        let english = variables(Lang::En);
        assert!(english.len() > 50);
        for &lang in Lang::ALL {
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
            message(Lang::Es, "page-room", &[("room", "Sala 3")]),
            "Sala: Sala 3"
        );
        assert_eq!(message(Lang::En, "no-such-message", &[]), "no-such-message");
        let page = messages(Lang::En, "page-");
        assert_eq!(page["page-moved-to"], "Moved to {$when}");
        assert!(page.keys().all(|k| k.starts_with("page-")));
    }

    #[test]
    fn languages_are_read_as_the_environment_spells_them() {
        assert_eq!(Lang::parse("es_MX.UTF-8"), Some(Lang::Es));
        assert_eq!(Lang::parse("es-419"), Some(Lang::Es));
        assert_eq!(Lang::parse("C.UTF-8"), None);
        assert_eq!(Lang::parse("en"), Some(Lang::En));
    }
}
