//! Folding text for search: lower case without accents, one character for
//! one. The browser's FAQ search and the server's queue search use it alike.

/// Lower case without accents, one character for one, so that positions in
/// the folded text are positions in the original.
pub fn fold_char(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'a',
        'ç' | 'Ç' => 'c',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        '’' | '\'' => '\'',
        '\u{a0}' | '\u{202f}' => ' ',
        other => other.to_lowercase().next().unwrap_or(other),
    }
}

/// `text` folded, as a string.
pub fn folded(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_case_and_accents_char_for_char() {
        assert_eq!(folded("École Ça Déjà-vu"), "ecole ca deja-vu");
        assert_eq!(folded("Œuvre"), "œuvre");
        for text in ["Élodie", "naïve", "garçon", "ÀÉÎÕÜ"] {
            assert_eq!(folded(text).chars().count(), text.chars().count());
        }
    }
}
