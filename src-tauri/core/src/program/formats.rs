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

/// One format a meeting can carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct Format {
    /// The code stored on a meeting: an NA key (`JT`), a SMART kind (`SMART`) or a
    /// Meeting Guide type (`BE`).
    pub code: &'static str,
    pub fellowship: Fellowship,
    pub name_en: &'static str,
    pub name_es: &'static str,
    /// BMLT's world id for NA formats (empty when it has none).
    pub world_id: &'static str,
    /// The Meeting Guide spec types this format is published as.
    pub meeting_guide: &'static [&'static str],
    /// A language the meeting is held in (BCP 47), for formats that name one.
    pub language: &'static str,
}

const fn na(
    code: &'static str,
    name_en: &'static str,
    name_es: &'static str,
    world_id: &'static str,
    mg: &'static [&'static str],
) -> Format {
    Format {
        code,
        fellowship: Fellowship::Na,
        name_en,
        name_es,
        world_id,
        meeting_guide: mg,
        language: "",
    }
}

const fn na_lang(
    code: &'static str,
    name_en: &'static str,
    name_es: &'static str,
    mg: &'static [&'static str],
    language: &'static str,
) -> Format {
    Format {
        code,
        fellowship: Fellowship::Na,
        name_en,
        name_es,
        world_id: "LANG",
        meeting_guide: mg,
        language,
    }
}

const fn smart(
    code: &'static str,
    name_en: &'static str,
    name_es: &'static str,
    mg: &'static [&'static str],
) -> Format {
    Format {
        code,
        fellowship: Fellowship::Smart,
        name_en,
        name_es,
        world_id: "",
        meeting_guide: mg,
        language: "",
    }
}

const fn mg(code: &'static str, name_en: &'static str, name_es: &'static str) -> Format {
    Format {
        code,
        fellowship: Fellowship::Other,
        name_en,
        name_es,
        world_id: "",
        meeting_guide: &[],
        language: "",
    }
}

const fn mg_lang(
    code: &'static str,
    name_en: &'static str,
    name_es: &'static str,
    language: &'static str,
) -> Format {
    Format {
        code,
        fellowship: Fellowship::Other,
        name_en,
        name_es,
        world_id: "",
        meeting_guide: &[],
        language,
    }
}

/// NA formats, keyed as on a stock BMLT server (keys are case-sensitive: `St` is Step).
pub static NA_FORMATS: &[Format] = &[
    na("O", "Open", "Abierta", "OPEN", &["O"]),
    na("C", "Closed", "Cerrada", "CLOSED", &["C"]),
    na("B", "Beginners", "Para el recién llegado", "BEG", &["BE"]),
    na("BT", "Basic Text", "Texto Básico", "BT", &["LIT"]),
    na(
        "IW",
        "It Works: How and Why",
        "Funciona: cómo y por qué",
        "IW",
        &["LIT"],
    ),
    na("JT", "Just for Today", "Solo por Hoy", "JFT", &["LIT"]),
    na(
        "SPAD",
        "A Spiritual Principle a Day",
        "Un Principio Espiritual al Día",
        "SPAD",
        &["LIT"],
    ),
    na("LC", "Living Clean", "Vivir Limpios", "LC", &["LIT"]),
    na(
        "GP",
        "Guiding Principles",
        "Principios Guía",
        "GP",
        &["LIT", "TR"],
    ),
    na(
        "IP",
        "Informational Pamphlet",
        "Folleto Informativo",
        "IP",
        &["LIT"],
    ),
    na("BK", "Book Study", "Estudio de libro", "LIT", &["LIT"]),
    na("St", "Step", "Paso", "STEP", &["ST"]),
    na(
        "SG",
        "Step Working Guide",
        "Guía para Trabajar los Pasos",
        "SWG",
        &["ST"],
    ),
    na("Tr", "Tradition", "Tradición", "TRAD", &["TR"]),
    na(
        "TW",
        "Traditions Workshop",
        "Taller de las Tradiciones",
        "TRAD",
        &["TR"],
    ),
    na("CP", "Concepts", "Conceptos", "CPT", &[]),
    na("D", "Discussion", "Discusión", "DISC", &["D"]),
    na("To", "Topic", "Tema", "TOP", &["D"]),
    na("So", "Speaker Only", "Solamente Orador", "SPK", &["SP"]),
    na(
        "SD",
        "Speaker/Discussion",
        "Orador/Discusión",
        "S-D",
        &["SP", "D"],
    ),
    na(
        "QA",
        "Question and Answer",
        "Preguntas y respuestas",
        "QA",
        &[],
    ),
    na("AB", "Ask-It-Basket", "Canasta de preguntas", "QA", &[]),
    na("RF", "Rotating Format", "Formato que Rota", "VAR", &[]),
    na("ME", "Meditation", "Meditación", "MED", &["MED"]),
    na("CL", "Candlelight", "Luz de vela", "CAN", &["CAN"]),
    na("M", "Men", "Hombres", "M", &["M"]),
    na("W", "Women", "Mujeres", "W", &["W"]),
    na("YP", "Young People", "Jóvenes", "Y", &["Y"]),
    na(
        "GL",
        "Gay/Lesbian/Transgender",
        "Gay/Lesbiana/Transgénero",
        "GL",
        &["LGBTQ"],
    ),
    na(
        "WC",
        "Wheelchair Accessible",
        "Silla de Ruedas",
        "WCHR",
        &["X"],
    ),
    na("CW", "Children Welcome", "Niños bienvenidos", "CW", &["CF"]),
    na("NC", "No Children", "No niños", "NC", &[]),
    na("NS", "No Smoking", "No fumar", "NS", &[]),
    na(
        "RA",
        "Restricted Attendance",
        "Asistencia restringida",
        "RA",
        &[],
    ),
    na(
        "CH",
        "Closed Holidays",
        "Cerrado en días festivos",
        "CH",
        &[],
    ),
    na("Ag", "Agnostic", "Agnóstica", "", &["A"]),
    na("VM", "Virtual Meeting", "Reunión virtual", "VM", &[]),
    na("HY", "Hybrid Meeting", "Reunión híbrida", "HYBR", &[]),
    na(
        "TC",
        "Temporarily Closed Facility",
        "Local temporalmente cerrado",
        "TC",
        &["TC"],
    ),
    na_lang("ES", "Spanish", "Español", &["S"], "es"),
    na_lang("ENG", "English", "Inglés", &["EN"], "en"),
    na_lang("BL", "Bilingual", "Bilingüe", &[], ""),
    na_lang("FIN", "Finnish", "Finlandés", &["FI"], "fi"),
    na_lang("PER", "Persian", "Persa", &["FA"], "fa"),
    na(
        "SL",
        "American Sign Language",
        "Lengua de señas americana",
        "",
        &["ASL"],
    ),
];

/// SMART Recovery meeting kinds. SMART has no Meeting Guide codes of its own.
pub static SMART_FORMATS: &[Format] = &[
    smart(
        "SMART",
        "SMART Recovery meeting",
        "Reunión de SMART Recovery",
        &[],
    ),
    smart("FF", "Family & Friends", "Familia y Amigos", &[]),
    smart("TY", "Teens & Youth", "Adolescentes y Jóvenes", &["Y"]),
    smart(
        "VFR",
        "Veterans & First Responders",
        "Veteranos y Primeros Intervinientes",
        &[],
    ),
    smart(
        "INSIDE",
        "SMART Inside (correctional facility)",
        "SMART Inside (centro penitenciario)",
        &[],
    ),
    smart("W", "Women", "Mujeres", &["W"]),
    smart("M", "Men", "Hombres", &["M"]),
    smart("LGBTQ", "LGBTQIA+", "LGBTQIA+", &["LGBTQ"]),
    smart(
        "X",
        "Wheelchair Accessible",
        "Acceso en silla de ruedas",
        &["X"],
    ),
];

/// The Meeting Guide spec's type codes, used as-is for other fellowships.
pub static MEETING_GUIDE_TYPES: &[Format] = &[
    mg("11", "11th Step Meditation", "Meditación del Paso 11"),
    mg(
        "12x12",
        "12 Steps & 12 Traditions",
        "12 Pasos y 12 Tradiciones",
    ),
    mg("A", "Secular", "Secular"),
    mg("ABSI", "As Bill Sees It", "Como lo ve Bill"),
    mg_lang("AF", "Afrikaans", "Afrikáans", "af"),
    mg("AL", "Concurrent with Alateen", "Concurrente con Alateen"),
    mg(
        "AL-AN",
        "Concurrent with Al-Anon",
        "Concurrente con Al-Anon",
    ),
    mg_lang("AM", "Amharic", "Amárico", "am"),
    mg_lang("AR", "Arabic", "Árabe", "ar"),
    mg("ASL", "American Sign Language", "Lenguaje por señas"),
    mg("B", "Big Book", "Libro Grande"),
    mg("BA", "Babysitting Available", "Guardería disponible"),
    mg("BE", "Newcomer", "Principiantes"),
    mg_lang("BG", "Bulgarian", "Búlgaro", "bg"),
    mg("BI", "Bisexual", "Bisexual"),
    mg("BRK", "Breakfast", "Desayuno"),
    mg("C", "Closed", "Cerrada"),
    mg("CAN", "Candlelight", "Luz de una vela"),
    mg("CF", "Child-Friendly", "Niño amigable"),
    mg("D", "Discussion", "Discusión"),
    mg_lang("DA", "Danish", "Danés", "da"),
    mg("DB", "Digital Basket", "Canasta digital"),
    mg("DD", "Dual Diagnosis", "Diagnóstico dual"),
    mg_lang("DE", "German", "Alemán", "de"),
    mg("DR", "Daily Reflections", "Reflexiones Diarias"),
    mg_lang("EL", "Greek", "Griego", "el"),
    mg_lang("EN", "English", "Inglés", "en"),
    mg_lang("FA", "Persian", "Persa", "fa"),
    mg_lang("FI", "Finnish", "Finlandés", "fi"),
    mg("FF", "Fragrance Free", "Sin fragancia"),
    mg_lang("FR", "French", "Francés", "fr"),
    mg("G", "Gay", "Gay"),
    mg("GR", "Grapevine", "La Viña"),
    mg("H", "Birthday", "Cumpleaños"),
    mg_lang("HE", "Hebrew", "Hebreo", "he"),
    mg_lang("HI", "Hindi", "Hindi", "hi"),
    mg_lang("HR", "Croatian", "Croata", "hr"),
    mg_lang("HU", "Hungarian", "Húngaro", "hu"),
    mg_lang("IS", "Icelandic", "Islandés", "is"),
    mg_lang("ITA", "Italian", "Italiano", "it"),
    mg_lang("JA", "Japanese", "Japonés", "ja"),
    mg_lang("KA", "Georgian", "Georgiano", "ka"),
    mg_lang("KOR", "Korean", "Coreano", "ko"),
    mg("L", "Lesbian", "Lesbiana"),
    mg("LGBTQ", "LGBTQ", "LGBTQ"),
    mg("LIT", "Literature", "Literatura"),
    mg("LS", "Living Sober", "Viviendo Sobrio"),
    mg_lang("LT", "Lithuanian", "Lituano", "lt"),
    mg("M", "Men", "Hombres"),
    mg("MED", "Meditation", "Meditación"),
    mg_lang("ML", "Malayalam", "Malayalam", "ml"),
    mg_lang("MT", "Maltese", "Maltés", "mt"),
    mg("N", "Native American", "Nativo Americano"),
    mg("NB", "Non-Binary", "No binario"),
    mg("NDG", "Indigenous", "Indígena"),
    mg_lang("NE", "Nepali", "Nepalí", "ne"),
    mg_lang("NL", "Dutch", "Holandés", "nl"),
    mg_lang("NO", "Norwegian", "Noruego", "no"),
    mg("O", "Open", "Abierta"),
    mg("OUT", "Outdoor", "Al aire libre"),
    mg("P", "Professionals", "Profesionales"),
    mg("POA", "Proof of Attendance", "Prueba de Asistencia"),
    mg("POC", "People of Color", "Gente de color"),
    mg_lang("POL", "Polish", "Polaco", "pl"),
    mg_lang("POR", "Portuguese", "Portugués", "pt"),
    mg_lang("PUN", "Punjabi", "Punjabi", "pa"),
    mg_lang("RUS", "Russian", "Ruso", "ru"),
    mg_lang("S", "Spanish", "Español", "es"),
    mg("SEN", "Seniors", "Personas mayores"),
    mg_lang("SK", "Slovak", "Eslovaco", "sk"),
    mg_lang("SL", "Slovenian", "Esloveno", "sl"),
    mg("SM", "Smoking Permitted", "Se permite fumar"),
    mg("SP", "Speaker", "Orador"),
    mg("ST", "Step Study", "Estudio de pasos"),
    mg_lang("SV", "Swedish", "Sueco", "sv"),
    mg("T", "Transgender", "Transgénero"),
    mg(
        "TC",
        "Location Temporarily Closed",
        "Ubicación temporalmente cerrada",
    ),
    mg_lang("TH", "Thai", "Tailandés", "th"),
    mg_lang("TL", "Tagalog", "Tagalo", "tl"),
    mg("TR", "Tradition Study", "Estudio de tradición"),
    mg_lang("TUR", "Turkish", "Turco", "tr"),
    mg_lang("UK", "Ukrainian", "Ucraniano", "uk"),
    mg("W", "Women", "Mujer"),
    mg("X", "Wheelchair Access", "Acceso en silla de ruedas"),
    mg(
        "XB",
        "Wheelchair-Accessible Bathroom",
        "Baño accesible para sillas de ruedas",
    ),
    mg("XT", "Cross Talk Permitted", "Se permite opinar"),
    mg("Y", "Young People", "Gente joven"),
];

/// The formats offered for a fellowship's meetings.
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
    let named = |x: &&Format| {
        x.name_en.eq_ignore_ascii_case(n) || x.name_es.to_lowercase() == n.to_lowercase()
    };
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
                assert!(!f.name_en.is_empty() && !f.name_es.is_empty(), "{}", f.code);
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
