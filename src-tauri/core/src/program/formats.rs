//! Meeting formats: the NA format keys (as BMLT servers publish them), SMART Recovery
//! meeting kinds, and the Meeting Guide type codes other fellowships use, with the one
//! mapping between NA keys, BMLT world ids and Meeting Guide types that the importers,
//! the exporters and the editor all share.
//!
//! Sources: the Meeting Guide spec's type table (code4recovery/spec README.md) and the
//! stock BMLT format list and its world-id map (bmlt-enabled/bmlt-server). BMLT maps world
//! ids to the TSML plugin's NA codes; this table maps them to *spec* codes instead, so a
//! Meeting Guide feed we write is readable by every consumer of the spec.

use serde::Serialize;
use ts_rs::TS;

use crate::program::fellowship::Fellowship;

/// One format a meeting can carry. Its name is the catalog's, in every language
/// (`format-<fellowship>-<code>` in locales/*.ftl; [`Format::name`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct Format {
    /// The code stored on a meeting: an NA key (`JT`), a SMART kind (`SMART`) or a
    /// Meeting Guide type (`BE`).
    pub code: &'static str,
    pub fellowship: Fellowship,
    /// BMLT's world id for NA formats (empty when it has none).
    pub world_id: &'static str,
    /// The Meeting Guide spec types this format is published as.
    pub meeting_guide: &'static [&'static str],
    /// A language the meeting is held in (BCP 47), for formats that name one.
    pub language: &'static str,
}

const fn na(code: &'static str, world_id: &'static str, mg: &'static [&'static str]) -> Format {
    Format {
        code,
        fellowship: Fellowship::Na,
        world_id,
        meeting_guide: mg,
        language: "",
    }
}

const fn na_lang(
    code: &'static str,
    mg: &'static [&'static str],
    language: &'static str,
) -> Format {
    Format {
        code,
        fellowship: Fellowship::Na,
        world_id: "LANG",
        meeting_guide: mg,
        language,
    }
}

const fn smart(code: &'static str, mg: &'static [&'static str]) -> Format {
    Format {
        code,
        fellowship: Fellowship::Smart,
        world_id: "",
        meeting_guide: mg,
        language: "",
    }
}

const fn mg(code: &'static str) -> Format {
    Format {
        code,
        fellowship: Fellowship::Other,
        world_id: "",
        meeting_guide: &[],
        language: "",
    }
}

const fn mg_lang(code: &'static str, language: &'static str) -> Format {
    Format {
        code,
        fellowship: Fellowship::Other,
        world_id: "",
        meeting_guide: &[],
        language,
    }
}

/// NA formats, keyed as on a stock BMLT server (keys are case-sensitive: `St` is Step).
pub static NA_FORMATS: &[Format] = &[
    na("O", "OPEN", &["O"]),
    na("C", "CLOSED", &["C"]),
    na("B", "BEG", &["BE"]),
    na("BT", "BT", &["LIT"]),
    na("IW", "IW", &["LIT"]),
    na("JT", "JFT", &["LIT"]),
    na("SPAD", "SPAD", &["LIT"]),
    na("LC", "LC", &["LIT"]),
    na("GP", "GP", &["LIT", "TR"]),
    na("IP", "IP", &["LIT"]),
    na("BK", "LIT", &["LIT"]),
    na("St", "STEP", &["ST"]),
    na("SG", "SWG", &["ST"]),
    na("Tr", "TRAD", &["TR"]),
    na("TW", "TRAD", &["TR"]),
    na("CP", "CPT", &[]),
    na("D", "DISC", &["D"]),
    na("To", "TOP", &["D"]),
    na("So", "SPK", &["SP"]),
    na("SD", "S-D", &["SP", "D"]),
    na("QA", "QA", &[]),
    na("AB", "QA", &[]),
    na("RF", "VAR", &[]),
    na("ME", "MED", &["MED"]),
    na("CL", "CAN", &["CAN"]),
    na("M", "M", &["M"]),
    na("W", "W", &["W"]),
    na("YP", "Y", &["Y"]),
    na("GL", "GL", &["LGBTQ"]),
    na("WC", "WCHR", &["X"]),
    na("CW", "CW", &["CF"]),
    na("NC", "NC", &[]),
    na("NS", "NS", &[]),
    na("RA", "RA", &[]),
    na("CH", "CH", &[]),
    na("Ag", "", &["A"]),
    na("VM", "VM", &[]),
    na("HY", "HYBR", &[]),
    na("TC", "TC", &["TC"]),
    na_lang("ES", &["S"], "es"),
    na_lang("ENG", &["EN"], "en"),
    na_lang("BL", &[], ""),
    na_lang("FIN", &["FI"], "fi"),
    na_lang("PER", &["FA"], "fa"),
    na("SL", "", &["ASL"]),
];

/// SMART Recovery meeting kinds. SMART has no Meeting Guide codes of its own.
pub static SMART_FORMATS: &[Format] = &[
    smart("SMART", &[]),
    smart("FF", &[]),
    smart("TY", &["Y"]),
    smart("VFR", &[]),
    smart("INSIDE", &[]),
    smart("W", &["W"]),
    smart("M", &["M"]),
    smart("LGBTQ", &["LGBTQ"]),
    smart("X", &["X"]),
];

/// The Meeting Guide spec's type codes, used as-is for other fellowships.
pub static MEETING_GUIDE_TYPES: &[Format] = &[
    mg("11"),
    mg("12x12"),
    mg("A"),
    mg("ABSI"),
    mg_lang("AF", "af"),
    mg("AL"),
    mg("AL-AN"),
    mg_lang("AM", "am"),
    mg_lang("AR", "ar"),
    mg("ASL"),
    mg("B"),
    mg("BA"),
    mg("BE"),
    mg_lang("BG", "bg"),
    mg("BI"),
    mg("BRK"),
    mg("C"),
    mg("CAN"),
    mg("CF"),
    mg("D"),
    mg_lang("DA", "da"),
    mg("DB"),
    mg("DD"),
    mg_lang("DE", "de"),
    mg("DR"),
    mg_lang("EL", "el"),
    mg_lang("EN", "en"),
    mg_lang("FA", "fa"),
    mg_lang("FI", "fi"),
    mg("FF"),
    mg_lang("FR", "fr"),
    mg("G"),
    mg("GR"),
    mg("H"),
    mg_lang("HE", "he"),
    mg_lang("HI", "hi"),
    mg_lang("HR", "hr"),
    mg_lang("HU", "hu"),
    mg_lang("IS", "is"),
    mg_lang("ITA", "it"),
    mg_lang("JA", "ja"),
    mg_lang("KA", "ka"),
    mg_lang("KOR", "ko"),
    mg("L"),
    mg("LGBTQ"),
    mg("LIT"),
    mg("LS"),
    mg_lang("LT", "lt"),
    mg("M"),
    mg("MED"),
    mg_lang("ML", "ml"),
    mg_lang("MT", "mt"),
    mg("N"),
    mg("NB"),
    mg("NDG"),
    mg_lang("NE", "ne"),
    mg_lang("NL", "nl"),
    mg_lang("NO", "no"),
    mg("O"),
    mg("OUT"),
    mg("P"),
    mg("POA"),
    mg("POC"),
    mg_lang("POL", "pl"),
    mg_lang("POR", "pt"),
    mg_lang("PUN", "pa"),
    mg_lang("RUS", "ru"),
    mg_lang("S", "es"),
    mg("SEN"),
    mg_lang("SK", "sk"),
    mg_lang("SL", "sl"),
    mg("SM"),
    mg("SP"),
    mg("ST"),
    mg_lang("SV", "sv"),
    mg("T"),
    mg("TC"),
    mg_lang("TH", "th"),
    mg_lang("TL", "tl"),
    mg("TR"),
    mg_lang("TUR", "tr"),
    mg_lang("UK", "uk"),
    mg("W"),
    mg("X"),
    mg("XB"),
    mg("XT"),
    mg("Y"),
];

/// The formats offered for a fellowship's meetings.
impl Format {
    /// The catalog's id for this format's name.
    pub fn message_id(&self) -> String {
        format!("format-{}-{}", self.fellowship.key(), self.code)
    }

    /// "Just for Today" / "Solo por Hoy" / "Só por Hoje".
    pub fn name(&self, lang: crate::i18n::Lang) -> String {
        crate::i18n::message(lang, &self.message_id(), &[])
    }
}

pub fn for_fellowship(f: Fellowship) -> &'static [Format] {
    match f {
        Fellowship::Na => NA_FORMATS,
        Fellowship::Smart => SMART_FORMATS,
        Fellowship::Other => MEETING_GUIDE_TYPES,
    }
}

/// A code as the fellowship spells it (NA keys are case-sensitive).
pub fn find(f: Fellowship, code: &str) -> Option<&'static Format> {
    for_fellowship(f).iter().find(|x| x.code == code)
}

/// The Meeting Guide types a meeting with these codes is published with.
pub fn to_meeting_guide(f: Fellowship, codes: &[String]) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for code in codes {
        let Some(fmt) = find(f, code) else { continue };
        let types: &[&'static str] = if f == Fellowship::Other {
            std::slice::from_ref(&fmt.code)
        } else {
            fmt.meeting_guide
        };
        for t in types {
            if !out.contains(t) {
                out.push(t);
            }
        }
    }
    out
}

/// The codes of fellowship `f` for imported Meeting Guide types; unknown types are
/// returned separately so an import report can name them.
pub fn from_meeting_guide(f: Fellowship, types: &[String]) -> (Vec<&'static str>, Vec<String>) {
    let mut codes: Vec<&'static str> = Vec::new();
    let mut unknown = Vec::new();
    for t in types {
        let t = t.trim();
        let hit = match f {
            Fellowship::Other => MEETING_GUIDE_TYPES
                .iter()
                .find(|x| x.code == t)
                .map(|x| x.code),
            // The first format published as this type is its canonical counterpart.
            _ => for_fellowship(f)
                .iter()
                .find(|x| x.meeting_guide.first() == Some(&t))
                .map(|x| x.code),
        };
        match hit {
            Some(c) if !codes.contains(&c) => codes.push(c),
            Some(_) => {}
            None if t.is_empty() => {}
            None => unknown.push(t.to_owned()),
        }
    }
    (codes, unknown)
}

/// The NA key for a BMLT world id (the key_string on a server may be anything, so the
/// world id is what is matched).
pub fn na_key_for_world_id(world_id: &str) -> Option<&'static str> {
    let w = world_id.trim();
    if w.is_empty() || w == "LANG" {
        return None;
    }
    NA_FORMATS
        .iter()
        .find(|x| x.world_id.eq_ignore_ascii_case(w))
        .map(|x| x.code)
}

/// The code for a format a person wrote out ("Open", "Discusión", "Wheelchair Access"),
/// or already a code; meeting-list websites export names, not codes.
pub fn code_named(f: Fellowship, name: &str) -> Option<&'static str> {
    let n = name.trim();
    if n.is_empty() {
        return None;
    }
    if let Some(x) = find(f, n) {
        return Some(x.code);
    }
    // A name in any language of the catalog ("Just for Today", "Solo por Hoy").
    let wanted = n.to_lowercase();
    let named = |x: &&Format| crate::i18n::Lang::all().any(|l| x.name(l).to_lowercase() == wanted);
    if let Some(x) = for_fellowship(f).iter().find(named) {
        return Some(x.code);
    }
    let mg = MEETING_GUIDE_TYPES
        .iter()
        .find(|x| named(x) || x.code == n)?
        .code;
    from_meeting_guide(f, &[mg.to_owned()]).0.first().copied()
}

/// The language a format names, if any ("ES" → "es").
pub fn language_of(f: Fellowship, code: &str) -> Option<&'static str> {
    find(f, code).map(|x| x.language).filter(|l| !l.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_has_unique_codes_and_names_in_both_languages() {
        for table in [NA_FORMATS, SMART_FORMATS, MEETING_GUIDE_TYPES] {
            let mut seen = std::collections::HashSet::new();
            for f in table {
                assert!(seen.insert(f.code), "duplicate {}", f.code);
                for lang in crate::i18n::Lang::all() {
                    let name = f.name(lang);
                    assert!(
                        !name.is_empty() && name != f.message_id(),
                        "{lang}: {}",
                        f.code
                    );
                }
            }
        }
        assert_eq!(MEETING_GUIDE_TYPES.len(), 87);
    }

    #[test]
    fn na_and_smart_formats_publish_only_spec_types() {
        for f in NA_FORMATS.iter().chain(SMART_FORMATS) {
            for t in f.meeting_guide {
                assert!(
                    MEETING_GUIDE_TYPES.iter().any(|m| m.code == *t),
                    "{} maps to unknown type {t}",
                    f.code
                );
            }
        }
    }

    #[test]
    fn the_issue_s_na_formats_are_all_present() {
        for code in [
            "O", "C", "B", "BT", "IW", "JT", "St", "Tr", "D", "So", "SD", "CL", "ME", "M", "W",
            "YP", "WC", "GL",
        ] {
            assert!(find(Fellowship::Na, code).is_some(), "{code}");
        }
    }

    #[test]
    fn na_codes_round_trip_through_meeting_guide_types() {
        let codes: Vec<String> = ["O", "B", "St", "WC", "ES"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let types = to_meeting_guide(Fellowship::Na, &codes);
        assert_eq!(types, vec!["O", "BE", "ST", "X", "S"]);
        let owned: Vec<String> = types.iter().map(|s| s.to_string()).collect();
        let (back, unknown) = from_meeting_guide(Fellowship::Na, &owned);
        assert_eq!(back, vec!["O", "B", "St", "WC", "ES"]);
        assert!(unknown.is_empty());
    }

    #[test]
    fn world_ids_map_to_na_keys_and_unknown_types_are_reported() {
        assert_eq!(na_key_for_world_id("WCHR"), Some("WC"));
        assert_eq!(na_key_for_world_id("JFT"), Some("JT"));
        assert_eq!(na_key_for_world_id("LANG"), None);
        let (codes, unknown) =
            from_meeting_guide(Fellowship::Other, &["O".into(), "ONL".into(), "S".into()]);
        assert_eq!(codes, vec!["O", "S"]);
        assert_eq!(unknown, vec!["ONL"]);
        assert_eq!(language_of(Fellowship::Other, "S"), Some("es"));
    }
}
