//! Local resources: the short list of numbers and addresses a newcomer may need more
//! than a meeting tonight (24/7 helplines, the fellowship's phone line, treatment and
//! medication-assisted-treatment finders, crisis lines). They print on every meeting list
//! and flyer, show on the Feeds screen and go into each feed's calendar description, so
//! they are public by nature: a resource names a service, never a member.

use rusqlite::{params, Connection, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::clock::now_utc;
use crate::error::{Code, Error, Result};

/// What an editor gives for a resource.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ResourceInput {
    pub name: String,
    /// As people dial it: "988", "+1 800-662-4357", "1-800-GET-HELP".
    pub phone: String,
    pub url: String,
    /// When someone answers, in the resource's own words ("24/7", "Mon–Fri 9–5").
    pub hours: String,
    /// BCP 47 language of the service ("en", "es"); empty when not said.
    pub language: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Resource {
    pub id: i64,
    #[serde(flatten)]
    pub details: ResourceInput,
}

/// The longest name or hours a printed list has room for.
const MAX_TEXT: usize = 120;

impl ResourceInput {
    /// Trimmed, and checked: a name, and a phone number or a web address that work.
    pub fn validate(&self) -> Result<ResourceInput> {
        let r = ResourceInput {
            name: self.name.trim().to_owned(),
            phone: self.phone.trim().to_owned(),
            url: self.url.trim().to_owned(),
            hours: self.hours.trim().to_owned(),
            language: self.language.trim().to_owned(),
        };
        if r.name.is_empty() {
            return Err(Error::invalid(
                Code::ResourceNameEmpty,
                "name",
                "give the resource a name people know it by",
            ));
        }
        for (field, text) in [("name", &r.name), ("hours", &r.hours)] {
            if text.chars().count() > MAX_TEXT {
                return Err(Error::invalid(
                    Code::ResourceTooLong,
                    field,
                    format!("at most {MAX_TEXT} characters fit on a printed list"),
                ));
            }
        }
        if r.phone.is_empty() && r.url.is_empty() {
            return Err(Error::invalid(
                Code::ResourceNoContact,
                "phone",
                "give a phone number or a web address, or both",
            ));
        }
        if !r.phone.is_empty() && !is_phone(&r.phone) {
            return Err(Error::invalid(
                Code::ResourceInvalidPhone,
                "phone",
                format!("'{}' is not a phone number", r.phone),
            ));
        }
        if !r.url.is_empty() && !is_web_address(&r.url) {
            return Err(Error::invalid(
                Code::ResourceInvalidUrl,
                "url",
                format!("'{}' is not a web address", r.url),
            ));
        }
        let tag_like =
            |t: &str| t.len() <= 12 && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !r.language.is_empty() && !tag_like(&r.language) {
            return Err(Error::invalid(
                Code::MeetingInvalidLanguage,
                "language",
                format!("'{}' is not a language code such as en or es", r.language),
            ));
        }
        Ok(r)
    }
}

/// A number as people write it: digits (at least three: 988, 211), spaces, `+ - ( ) .`
/// and the letters of a vanity number (1-800-GET-HELP); at most 30 characters.
fn is_phone(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    s.chars().count() <= 30
        && digits >= 3
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || " +-().".contains(c))
        && !s[1..].contains('+')
}

/// An http(s) address with a host; a bare "findtreatment.gov" is not taken, since a
/// phone would not open it from the page or the QR code.
fn is_web_address(s: &str) -> bool {
    s.len() <= 500
        && !s.contains(char::is_whitespace)
        && url::Url::parse(s).is_ok_and(|u| {
            matches!(u.scheme(), "http" | "https")
                && u.host_str()
                    .is_some_and(|h| h.contains('.') || h == "localhost")
        })
}

fn from_row(r: &Row) -> rusqlite::Result<Resource> {
    Ok(Resource {
        id: r.get(0)?,
        details: ResourceInput {
            name: r.get(1)?,
            phone: r.get(2)?,
            url: r.get(3)?,
            hours: r.get(4)?,
            language: r.get(5)?,
        },
    })
}

/// Every resource, in the order chosen.
pub fn list(conn: &Connection) -> Result<Vec<Resource>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, phone, url, hours, language FROM resources ORDER BY position, id",
    )?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn get(conn: &Connection, id: i64) -> Result<Resource> {
    list(conn)?
        .into_iter()
        .find(|r| r.id == id)
        .ok_or_else(|| Error::not_found("resource", id))
}

/// Adds a resource at the end of the list.
pub fn create(conn: &Connection, input: &ResourceInput) -> Result<Resource> {
    let r = input.validate()?;
    conn.execute(
        "INSERT INTO resources (position, name, phone, url, hours, language, updated_at)
         VALUES ((SELECT COALESCE(MAX(position), 0) + 1 FROM resources), ?1, ?2, ?3, ?4, ?5, ?6)",
        params![r.name, r.phone, r.url, r.hours, r.language, now_utc()],
    )?;
    get(conn, conn.last_insert_rowid())
}

pub fn update(conn: &Connection, id: i64, input: &ResourceInput) -> Result<Resource> {
    let r = input.validate()?;
    get(conn, id)?;
    conn.execute(
        "UPDATE resources SET name = ?2, phone = ?3, url = ?4, hours = ?5, language = ?6,
         updated_at = ?7 WHERE id = ?1",
        params![id, r.name, r.phone, r.url, r.hours, r.language, now_utc()],
    )?;
    get(conn, id)
}

pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    get(conn, id)?;
    conn.execute("DELETE FROM resources WHERE id = ?1", [id])?;
    Ok(())
}

/// Moves a resource one place up (`up`) or down the list.
pub fn reorder(conn: &Connection, id: i64, up: bool) -> Result<Vec<Resource>> {
    let mut all = list(conn)?;
    let i = all
        .iter()
        .position(|r| r.id == id)
        .ok_or_else(|| Error::not_found("resource", id))?;
    let j = if up { i.checked_sub(1) } else { Some(i + 1) };
    if let Some(j) = j.filter(|&j| j < all.len()) {
        all.swap(i, j);
        for (n, r) in all.iter().enumerate() {
            conn.execute(
                "UPDATE resources SET position = ?2 WHERE id = ?1",
                params![r.id, n as i64 + 1],
            )?;
        }
    }
    list(conn)
}

/// One resource on one line, as a printed list and a calendar's description give it:
/// "Crisis line · 988 · 24/7 · https://988lifeline.org · Español". `number` marks the
/// phone number and the address (a sheet in Persian keeps them left to right).
pub fn one_line(r: &ResourceInput, number: impl Fn(&str) -> String) -> String {
    [
        r.name.clone(),
        if r.phone.is_empty() {
            String::new()
        } else {
            number(&r.phone)
        },
        r.hours.clone(),
        if r.url.is_empty() {
            String::new()
        } else {
            number(&r.url)
        },
        language_name(&r.language),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" · ")
}

/// The language a service speaks, named in that language ("Español", "فارسی") as a
/// caller who speaks it looks for it; a language the catalog lacks stays its tag.
pub fn language_name(tag: &str) -> String {
    let tag = tag.trim();
    if tag.is_empty() {
        return String::new();
    }
    match crate::i18n::Lang::parse(tag) {
        // "es-MX" is Spanish, but "pt" is not Brazil's Portuguese in particular.
        Some(l) if l.code().eq_ignore_ascii_case(tag) || !l.code().contains('-') => {
            crate::i18n::message(l, "page-language-name", &[])
        }
        _ => tag.to_owned(),
    }
}

/// A `tel:` address for a number as people dial it, or `None` when the number is not
/// one a phone can dial as it is written. A lettered number's letters are the keypad's
/// digits (1-800-GET-HELP), an extension is `;ext=` ("988 ext 2"); words around a
/// number ("Text HOME to 741741") make no link, since turning every letter into a digit
/// would dial somebody else.
pub fn tel_uri(phone: &str) -> Option<String> {
    let phone = phone.trim();
    // "… ext 2", "… ext. 2", "… x 2": the extension, after the number.
    let lower = phone.to_ascii_lowercase();
    let (main, ext) = ["ext.", "ext", "x"]
        .iter()
        .find_map(|w| {
            let at = lower.rfind(&format!(" {w}"))?;
            let rest = phone[at + 1 + w.len()..].trim();
            (!rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()))
                .then(|| (&phone[..at], Some(rest)))
        })
        .unwrap_or((phone, None));
    let mut out = String::from("tel:");
    let mut digits = 0;
    for (i, c) in main.chars().enumerate() {
        match c {
            '+' if i == 0 => out.push('+'),
            '0'..='9' => {
                out.push(c);
                digits += 1;
            }
            // A lettered number starts with digits and spells in capitals.
            'A'..='Z' if digits >= 3 => {
                out.push(match c {
                    'A'..='C' => '2',
                    'D'..='F' => '3',
                    'G'..='I' => '4',
                    'J'..='L' => '5',
                    'M'..='O' => '6',
                    'P'..='S' => '7',
                    'T'..='V' => '8',
                    _ => '9',
                });
                digits += 1;
            }
            ' ' | '-' | '.' | '(' | ')' => {}
            _ => return None,
        }
    }
    if !(3..=15).contains(&digits) {
        return None;
    }
    if let Some(e) = ext {
        out.push_str(";ext=");
        out.push_str(e);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::meetings::tests::store;

    fn input(name: &str, phone: &str, url: &str) -> ResourceInput {
        ResourceInput {
            name: name.into(),
            phone: phone.into(),
            url: url.into(),
            hours: "24/7".into(),
            language: String::new(),
        }
    }

    #[test]
    fn a_line_names_the_language_in_itself_and_a_number_dials_its_letters() {
        let mut r = input("Línea de crisis", "988", "");
        r.language = "es-MX".into();
        assert_eq!(
            one_line(&r, str::to_owned),
            "Línea de crisis · 988 · 24/7 · Español"
        );
        r.language = "pt".into();
        assert!(one_line(&r, str::to_owned).ends_with(" · pt"));
        r.language = "fa".into();
        assert!(one_line(&r, str::to_owned).ends_with(" · فارسی"));
        assert_eq!(tel_uri("1-800-GET-HELP").unwrap(), "tel:18004384357");
        assert_eq!(tel_uri(" +1 (800) 662-4357 ").unwrap(), "tel:+18006624357");
        assert_eq!(tel_uri("988").unwrap(), "tel:988");
        assert_eq!(tel_uri("988 ext 2").unwrap(), "tel:988;ext=2");
        assert_eq!(tel_uri("555-0100 x12").unwrap(), "tel:5550100;ext=12");
        // Words around a number dial nobody: every letter as a digit would be another
        // number altogether.
        assert_eq!(tel_uri("Text HOME to 741741"), None);
        assert_eq!(tel_uri("TEXT HOME TO 741741"), None);
        assert_eq!(tel_uri("988 press 1"), None);
    }

    #[test]
    fn a_program_starts_with_none_and_keeps_the_order_chosen() {
        let (_d, store) = store();
        store
            .write(|tx| {
                assert!(list(tx)?.is_empty());
                let a = create(tx, &input("Crisis line", "988", ""))?;
                let b = create(tx, &input("NA helpline", "1-800-GET-HELP", ""))?;
                create(
                    tx,
                    &input("Treatment finder", "", "https://findtreatment.gov"),
                )?;
                let names =
                    |v: Vec<Resource>| v.into_iter().map(|r| r.details.name).collect::<Vec<_>>();
                assert_eq!(
                    names(reorder(tx, b.id, true)?),
                    ["NA helpline", "Crisis line", "Treatment finder"]
                );
                update(
                    tx,
                    a.id,
                    &input("Crisis Lifeline", "988", "https://988lifeline.org"),
                )?;
                delete(tx, b.id)?;
                assert_eq!(names(list(tx)?), ["Crisis Lifeline", "Treatment finder"]);
                assert_eq!(
                    one_line(&list(tx)?[0].details, str::to_owned),
                    "Crisis Lifeline · 988 · 24/7 · https://988lifeline.org"
                );
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn bad_numbers_and_addresses_are_refused_by_field_and_change_nothing() {
        let (_d, store) = store();
        store
            .write(|tx| {
                for (r, code, field) in [
                    (input(" ", "988", ""), Code::ResourceNameEmpty, "name"),
                    (input("Line", "", ""), Code::ResourceNoContact, "phone"),
                    (
                        input("Line", "call us", ""),
                        Code::ResourceInvalidPhone,
                        "phone",
                    ),
                    (input("Line", "12", ""), Code::ResourceInvalidPhone, "phone"),
                    (
                        input("Line", "555+1", ""),
                        Code::ResourceInvalidPhone,
                        "phone",
                    ),
                    (
                        input("Line", "", "findtreatment.gov"),
                        Code::ResourceInvalidUrl,
                        "url",
                    ),
                    (
                        input("Line", "", "javascript:alert(1)"),
                        Code::ResourceInvalidUrl,
                        "url",
                    ),
                    (
                        input("Line", "", "https://a b.org"),
                        Code::ResourceInvalidUrl,
                        "url",
                    ),
                ] {
                    let e = create(tx, &r).unwrap_err();
                    assert_eq!((e.kind(), e.field()), (code, Some(field)), "{r:?}");
                }
                assert!(list(tx)?.is_empty());
                Ok(())
            })
            .unwrap();
    }
}
