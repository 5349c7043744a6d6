//! Searching words in texts (the FAQ, the free answers of a survey): folded
//! for case and accents, without shipping Unicode tables.

use portal_core::text::fold_char;

pub fn fold(text: &str) -> Vec<char> {
    text.chars().map(fold_char).collect()
}

/// The words of a query, folded.
pub fn query_words(query: &str) -> Vec<Vec<char>> {
    query
        .split_whitespace()
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect()
}

/// Char ranges of `text` where any of `words` occurs, merged and sorted.
pub fn matches(text: &str, words: &[Vec<char>]) -> Vec<(usize, usize)> {
    let folded = fold(text);
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for word in words {
        if word.len() > folded.len() {
            continue;
        }
        for start in 0..=folded.len() - word.len() {
            if folded[start..start + word.len()] == word[..] {
                ranges.push((start, start + word.len()));
            }
        }
    }
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (start, end) in ranges {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

/// `text` cut into (segment, is_match) pieces.
pub fn highlight(text: &str, words: &[Vec<char>]) -> Vec<(String, bool)> {
    let chars: Vec<char> = text.chars().collect();
    let mut pieces = Vec::new();
    let mut at = 0;
    for (start, end) in matches(text, words) {
        if start > at {
            pieces.push((chars[at..start].iter().collect(), false));
        }
        pieces.push((chars[start..end].iter().collect(), true));
        at = end;
    }
    if at < chars.len() || pieces.is_empty() {
        pieces.push((chars[at..].iter().collect(), false));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_ignores_case_and_accents() {
        let words = query_words("chiffre");
        assert_eq!(
            matches("Le Chiffrement de bout en bout", &words),
            vec![(3, 10)]
        );
        assert_eq!(
            matches("Pas de déchiffrement", &query_words("DECHIFFRE")),
            vec![(7, 16)]
        );
        assert!(matches("Pourquoi pas de courriel ?", &query_words("COURRIEL")).len() == 1);
        assert!(matches("rien", &query_words("courriel")).is_empty());
    }

    #[test]
    fn highlights_cover_the_text_exactly() {
        let text = "Où sont hébergées nos données ?";
        let pieces = highlight(text, &query_words("heberge donnees"));
        let rebuilt: String = pieces.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(rebuilt, text);
        let marked: Vec<&str> = pieces
            .iter()
            .filter(|(_, m)| *m)
            .map(|(s, _)| s.as_str())
            .collect();
        assert_eq!(marked, vec!["hébergé", "données"]);
        assert_eq!(highlight("abc", &[]), vec![("abc".to_owned(), false)]);
    }

    #[test]
    fn overlapping_matches_merge() {
        assert_eq!(matches("banana", &query_words("ana")), vec![(1, 6)]);
    }

    #[test]
    fn sorting_keys_put_accented_names_in_place() {
        let mut names = vec!["Zambie", "Égypte", "Estonie"];
        names.sort_by_key(|n| portal_core::text::folded(n));
        assert_eq!(names, vec!["Égypte", "Estonie", "Zambie"]);
    }
}
