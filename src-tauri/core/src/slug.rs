//! Words of a name as they can stand in an address: "Reunión de Esperanza" becomes
//! `reunion-de-esperanza`. Meeting Guide slugs and published file names are made here.

/// The Latin letters of Spanish, Portuguese, French and German without their marks. (A
/// table, not Unicode decomposition: addresses need only these, no normalisation crate
/// is in the build, and Meeting Guide slugs already published must not change.)
fn unaccented(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        c => c,
    }
}

/// Lower-case ASCII letters and digits with single dashes between words, at most `max`
/// characters; empty when nothing of the name can stand in an address (`Встречи`).
pub fn of(name: &str, max: usize) -> String {
    let mut s = String::new();
    for c in name.to_lowercase().chars() {
        let c = unaccented(c);
        if c.is_ascii_alphanumeric() {
            s.push(c);
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
    }
    let cut: String = s.trim_end_matches('-').chars().take(max).collect();
    cut.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_become_address_words() {
        assert_eq!(
            super::of("Reunión de Esperanza", 48),
            "reunion-de-esperanza"
        );
        assert_eq!(super::of("  Sunday -- Serenity! ", 48), "sunday-serenity");
        assert_eq!(super::of("Встречи", 48), "");
        assert_eq!(super::of("abc def", 4), "abc", "no dash left at the cut");
    }
}
