//! The command line's help in the run's language: every command's and option's
//! description is a catalog message (`cli-help-<command path>` for a command,
//! `cli-help-<command path>--<option>` for an option). The English messages are the doc
//! comments clap reads; a test keeps them equal and writes them out for translators
//! (`UPDATE_BINDINGS=1 cargo test -p homegroup-cli help`). Clap's own words ("Usage",
//! "Options") stay clap's.

use clap::Command;
use homegroup_core::i18n::{self, Lang};

/// A command's (`arg` none) or an option's message id.
fn id(path: &str, arg: Option<&str>) -> String {
    let mut id = String::from("cli-help");
    if !path.is_empty() {
        id.push('-');
        id.push_str(path);
    }
    if let Some(arg) = arg {
        id.push_str("--");
        id.push_str(arg);
    }
    id
}

/// The options clap makes itself: their words are clap's.
fn clap_s_own(arg: &str) -> bool {
    matches!(arg, "help" | "version")
}

/// `cmd` and everything under it described in `lang` where the catalog has the words.
pub fn in_language(cmd: Command, path: &str, lang: Lang) -> Command {
    let say = |id: &str| i18n::has(lang, id).then(|| i18n::message(lang, id, &[]));
    let mut cmd = cmd;
    if let Some(text) = say(&id(path, None)) {
        cmd = cmd.about(text).long_about(None);
    }
    let path = path.to_owned();
    cmd = cmd.mut_args(|a| {
        let name = a.get_id().as_str().to_owned();
        match say(&id(&path, Some(&name))).filter(|_| !clap_s_own(&name)) {
            Some(text) => a.help(text).long_help(None),
            None => a,
        }
    });
    cmd.mut_subcommands(|sub| {
        let next = if path.is_empty() {
            sub.get_name().to_owned()
        } else {
            format!("{path}-{}", sub.get_name())
        };
        in_language(sub, &next, lang)
    })
}

/// Every description as the doc comments write it, with its id, in the tree's order.
#[cfg(test)]
fn descriptions(cmd: &Command, path: &str, out: &mut Vec<(String, String)>) {
    if let Some(text) = cmd.get_long_about().or(cmd.get_about()) {
        out.push((id(path, None), text.to_string()));
    }
    for arg in cmd.get_arguments() {
        let name = arg.get_id().as_str();
        if clap_s_own(name) {
            continue;
        }
        if let Some(text) = arg.get_long_help().or(arg.get_help()) {
            out.push((id(path, Some(name)), text.to_string()));
        }
    }
    for sub in cmd.get_subcommands() {
        let next = if path.is_empty() {
            sub.get_name().to_owned()
        } else {
            format!("{path}-{}", sub.get_name())
        };
        descriptions(sub, &next, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    const EN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales/en.ftl");
    const HEADING: &str =
        "## The command line's help (homegroup --help): what each command and option does.";

    /// A description as a Fluent message: braces and the characters Fluent reads at a
    /// line's start written as literals, continuation lines indented.
    fn fluent(id: &str, text: &str) -> String {
        let mut out = format!("{id} =");
        for (i, line) in text.lines().enumerate() {
            let mut l = line
                .replace('{', "\u{0}")
                .replace('}', "{\"}\"}")
                .replace('\u{0}', "{\"{\"}");
            if let Some(first) = l.chars().next().filter(|c| matches!(c, '[' | '*' | '.')) {
                l = format!("{{\"{first}\"}}{}", &l[first.len_utf8()..]);
            }
            if i == 0 {
                out.push(' ');
                out.push_str(&l);
            } else if l.is_empty() {
                out.push('\n');
            } else {
                out.push_str("\n    ");
                out.push_str(&l);
            }
        }
        out
    }

    #[test]
    fn every_command_and_option_is_described_in_the_catalog() {
        let mut all = vec![];
        descriptions(&crate::Cli::command(), "", &mut all);
        assert!(all.len() > 50, "{} descriptions", all.len());
        let section: String = all
            .iter()
            .map(|(id, text)| fluent(id, text) + "\n")
            .collect();
        let file = std::fs::read_to_string(EN).unwrap();
        let (before, rest) = match file.find(HEADING) {
            Some(at) => {
                let after = file[at..]
                    .find("\n## ")
                    .map(|n| at + n + 1)
                    .unwrap_or(file.len());
                (file[..at].to_owned(), file[after..].to_owned())
            }
            None => {
                let at = file
                    .find("## Meeting formats")
                    .expect("the formats section");
                (file[..at].to_owned(), file[at..].to_owned())
            }
        };
        let wanted = format!("{before}{HEADING}\n{section}\n{rest}");
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(EN, &wanted).unwrap();
            return;
        }
        assert!(
            file == wanted,
            "locales/en.ftl's command-line help differs from the doc comments: run `UPDATE_BINDINGS=1 cargo test -p homegroup-cli help` and translate the new messages"
        );
        // And it reads back as the same words.
        for (id, text) in &all {
            assert_eq!(&i18n::message(Lang::EN, id, &[]), text, "{id}");
        }
    }

    #[test]
    fn help_speaks_the_language_asked_for() {
        let es = Lang::parse("es").unwrap();
        let cmd = in_language(crate::Cli::command(), "", es);
        let print = cmd.find_subcommand("print").unwrap();
        assert_eq!(
            print.get_about().map(|a| a.to_string()),
            Some(i18n::message(es, "cli-help-print", &[]))
        );
        assert_ne!(
            i18n::message(es, "cli-help-print", &[]),
            i18n::message(Lang::EN, "cli-help-print", &[])
        );
    }
}
