//! The app's texts as the browser reads them. `build.rs` parses every Fluent
//! file of `locales/` with Fluent's own parser (fluent-syntax) and writes it
//! in this compact form, so that the browser carries neither a Fluent parser
//! nor the files' comments; the formatting of a message here gives what
//! Fluent's runtime gives (checked by a test, message by message).
//!
//! A compiled file is its kept comment lines (`## FAQ-ORDER: …`, each ending
//! with a line break), then [`BODY`], then its messages, each `id`, [`ID`],
//! its pattern, [`MESSAGE`]. A pattern is text with placeables: a variable
//! is [`VARIABLE`] name [`END`]; a selection is [`SELECT`] name [`END`], then
//! its variants, each key (`*` first for the default) [`END`] pattern
//! [`VARIANT`], then [`SELECT_END`]. A key is a whole number or a word.
//!
//! This file is also read by `build.rs` (for its marks): std alone.

use std::borrow::Cow;

pub const BODY: char = '\u{1d}';
pub const MESSAGE: char = '\u{1e}';
pub const ID: char = '\u{1f}';
pub const VARIABLE: char = '\u{1}';
pub const SELECT: char = '\u{2}';
pub const END: char = '\u{3}';
pub const VARIANT: char = '\u{4}';
pub const SELECT_END: char = '\u{5}';
/// Marks the default variant's key.
pub const DEFAULT: char = '*';

/// The value of a message's argument.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    Number(i64),
    Text(Cow<'a, str>),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

macro_rules! number_args {
    ($($t:ty),+) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )+};
}
number_args!(i32, i64, u8, u16, u32, u64, usize);

/// A compiled file's kept comments, and its messages as (id, pattern).
pub fn read(file: &str) -> (&str, impl Iterator<Item = (&str, &str)>) {
    let (comments, body) = file.split_once(BODY).unwrap_or(("", file));
    let messages = body
        .split_terminator(MESSAGE)
        .filter_map(|message| message.split_once(ID));
    (comments, messages)
}

/// How a locale writes a message's numbers and chooses among its variants.
pub struct NumberRules {
    /// A whole number as written in the text.
    pub number: fn(i64) -> String,
    /// The plural category (`one`, `other`…) of a whole number.
    pub plural: fn(i64) -> &'static str,
}

/// Formats `pattern` with `args`; the names of the arguments it needed and
/// was not given go to `missing` (the variable is then written `{$name}`,
/// a selection takes its default variant, as Fluent does).
pub fn format(
    pattern: &str,
    args: &[(&str, Arg)],
    numbers: &NumberRules,
    missing: &mut Vec<String>,
) -> String {
    let mut out = String::new();
    let mut writer = Writer {
        args,
        numbers,
        missing,
        out: &mut out,
    };
    writer.pattern(pattern);
    out
}

struct Writer<'w, 'a> {
    args: &'w [(&'w str, Arg<'a>)],
    numbers: &'w NumberRules,
    missing: &'w mut Vec<String>,
    out: &'w mut String,
}

impl<'w, 'a> Writer<'w, 'a> {
    fn arg(&mut self, name: &str) -> Option<&'w Arg<'a>> {
        let args: &'w [(&'w str, Arg<'a>)] = self.args;
        let arg = args.iter().find(|(n, _)| *n == name).map(|(_, a)| a);
        if arg.is_none() {
            self.missing.push(name.to_owned());
        }
        arg
    }

    /// Writes a pattern up to its end or the end of its variant; returns
    /// what follows.
    fn pattern<'p>(&mut self, mut pattern: &'p str) -> &'p str {
        loop {
            let cut = pattern
                .find([VARIABLE, SELECT, VARIANT])
                .unwrap_or(pattern.len());
            self.out.push_str(&pattern[..cut]);
            let mut rest = pattern[cut..].chars();
            pattern = match rest.next() {
                Some(VARIABLE) => {
                    let (name, after) = until_end(rest.as_str());
                    self.variable(name);
                    after
                }
                Some(SELECT) => self.select(rest.as_str()),
                _ => return rest.as_str(),
            };
        }
    }

    fn variable(&mut self, name: &str) {
        let text = match self.arg(name) {
            Some(Arg::Number(n)) => (self.numbers.number)(*n),
            Some(Arg::Text(text)) => text.to_string(),
            None => format!("{{${name}}}"),
        };
        self.out.push_str(&text);
    }

    /// Writes the variant a selection chooses: the first whose key is the
    /// argument (a number, or a word) or the number's plural category, else
    /// the default one. Returns what follows the selection.
    fn select<'p>(&mut self, selection: &'p str) -> &'p str {
        let (name, mut variants) = until_end(selection);
        let arg = self.arg(name);
        let (mut chosen, mut default) = (None, None);
        // (A file cut short ends the selection too.)
        while !variants.is_empty() {
            if let Some(after) = variants.strip_prefix(SELECT_END) {
                variants = after;
                break;
            }
            let (key, body) = until_end(variants);
            let (key, is_default) = match key.strip_prefix(DEFAULT) {
                Some(key) => (key, true),
                None => (key, false),
            };
            if is_default {
                default = Some(body);
            }
            if chosen.is_none() && arg.is_some_and(|arg| self.matches(key, arg)) {
                chosen = Some(body);
            }
            variants = skip_variant(body);
        }
        if let Some(body) = chosen.or(default) {
            self.pattern(body);
        }
        variants
    }

    fn matches(&self, key: &str, arg: &Arg) -> bool {
        match (key.parse::<i64>(), arg) {
            (Ok(key), Arg::Number(n)) => key == *n,
            (Err(_), Arg::Number(n)) => key == (self.numbers.plural)(*n),
            (Err(_), Arg::Text(text)) => key == text,
            (Ok(_), Arg::Text(_)) => false,
        }
    }
}

/// A name or key and what follows its end mark.
fn until_end(text: &str) -> (&str, &str) {
    text.split_once(END).unwrap_or((text, ""))
}

/// What follows a variant's pattern (which may hold selections).
fn skip_variant(pattern: &str) -> &str {
    let mut depth = 0usize;
    for (at, c) in pattern.char_indices() {
        match c {
            SELECT => depth += 1,
            SELECT_END => depth = depth.saturating_sub(1),
            VARIANT if depth == 0 => return &pattern[at + c.len_utf8()..],
            _ => {}
        }
    }
    ""
}

#[cfg(test)]
mod tests {
    use super::*;

    const NUMBERS: NumberRules = NumberRules {
        number: |n| format!("#{n}"),
        plural: |n| if n == 1 { "one" } else { "other" },
    };

    /// `{ $n -> [0] none [one] { $who -> [me] mine *[other] one of { $who } } *[other] { $n } }`
    fn nested() -> String {
        let who = format!(
            "{SELECT}who{END}me{END}mine{VARIANT}{DEFAULT}other{END}one of {VARIABLE}who{END}{VARIANT}{SELECT_END}"
        );
        format!(
            "Files: {SELECT}n{END}0{END}none{VARIANT}one{END}{who}{VARIANT}{DEFAULT}other{END}{VARIABLE}n{END}{VARIANT}{SELECT_END}."
        )
    }

    fn formatted(pattern: &str, args: &[(&str, Arg)]) -> (String, Vec<String>) {
        let mut missing = Vec::new();
        (format(pattern, args, &NUMBERS, &mut missing), missing)
    }

    #[test]
    fn selections_choose_exact_numbers_then_plural_forms_then_the_default() {
        let pattern = nested();
        let with = |n: i64, who: &str| {
            formatted(&pattern, &[("n", Arg::Number(n)), ("who", who.into())]).0
        };
        assert_eq!(with(0, "me"), "Files: none.");
        assert_eq!(with(1, "me"), "Files: mine.");
        assert_eq!(with(1, "Sacha"), "Files: one of Sacha.");
        assert_eq!(with(7, "me"), "Files: #7.");
        // A word never matches a number's key, nor a number a word's.
        assert_eq!(formatted(&pattern, &[("n", "0".into())]).0, "Files: 0.");
    }

    #[test]
    fn a_missing_argument_is_named_and_shown_as_fluent_shows_it() {
        let (text, missing) = formatted(&nested(), &[]);
        assert_eq!(text, "Files: {$n}.");
        assert_eq!(missing, ["n", "n"]);
    }

    #[test]
    fn a_file_reads_as_its_comments_and_messages() {
        let file =
            format!("## FAQ-ORDER: a:b\n{BODY}one{ID}One{MESSAGE}two{ID}{VARIABLE}x{END}{MESSAGE}");
        let (comments, messages) = read(&file);
        assert_eq!(comments, "## FAQ-ORDER: a:b\n");
        let messages: Vec<_> = messages.collect();
        assert_eq!(
            messages,
            [("one", "One"), ("two", &*format!("{VARIABLE}x{END}"))]
        );
    }

    #[test]
    fn a_file_cut_short_still_formats() {
        for cut in [
            "Hi {SELECT}n",
            "Hi {SELECT}n{END}one{END}x",
            "Hi {VARIABLE}n",
        ] {
            let cut = cut
                .replace("{SELECT}", &SELECT.to_string())
                .replace("{END}", &END.to_string())
                .replace("{VARIABLE}", &VARIABLE.to_string());
            let (text, _) = formatted(&cut, &[("n", Arg::Number(1))]);
            assert!(text.starts_with("Hi "), "{text:?}");
        }
    }
}
