//! Two things the app's build needs besides its code.
//!
//! The app's texts: every Fluent file of `locales/` is parsed here, with
//! Fluent's own parser, into the compact form `src/i18n/compiled.rs` reads
//! (in `$OUT_DIR/<lang>/<name>.txt`), so that the browser carries neither a
//! Fluent parser nor the files' comments. A file that does not parse, or
//! uses what the app's texts do not (terms, functions, attributes,
//! references to other messages, escapes), stops the build.
//!
//! The public site's wasm is linked with its relocations, which wasm-split
//! needs to cut it into chunks (scripts/bin/wasm-bindgen), when it is split
//! (feature `split`). Only that binary: the reviewers' area is not split, and
//! wasm-opt cannot shrink a module that keeps them.

use std::path::Path;

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};

#[allow(dead_code)]
#[path = "src/i18n/compiled.rs"]
mod compiled;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/i18n/compiled.rs");
    println!("cargo:rerun-if-changed=locales");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for lang in ["fr", "en"] {
        let dir = Path::new(&out).join(lang);
        std::fs::create_dir_all(&dir).expect("the build folder is writable");
        for entry in std::fs::read_dir(Path::new("locales").join(lang)).expect("locales/ is there")
        {
            let path = entry.expect("locales/ is readable").path();
            let (Some(name), Some("ftl")) = (
                path.file_stem().and_then(|s| s.to_str()),
                path.extension().and_then(|s| s.to_str()),
            ) else {
                continue;
            };
            let source = std::fs::read_to_string(&path).expect("a Fluent file is UTF-8");
            let compiled = compile(&source, &format!("locales/{lang}/{name}.ftl"));
            std::fs::write(dir.join(format!("{name}.txt")), compiled)
                .expect("the build folder is writable");
        }
    }

    let split = std::env::var_os("CARGO_FEATURE_SPLIT").is_some();
    if split && std::env::var("TARGET").as_deref() == Ok("wasm32-unknown-unknown") {
        println!("cargo:rustc-link-arg-bin=portal=--emit-relocs");
    }
}

/// A Fluent file in the compiled form (`src/i18n/compiled.rs`).
fn compile(source: &str, file: &str) -> String {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{file}: {errors:?}"),
    };
    let (mut comments, mut messages) = (String::new(), String::new());
    for entry in &resource.body {
        match entry {
            Entry::Message(message) => {
                let at = format!("{file}: {}", message.id.name);
                assert!(
                    message.attributes.is_empty(),
                    "{at}: the app's texts have no attributes"
                );
                let Some(value) = &message.value else {
                    continue;
                };
                messages.push_str(message.id.name);
                messages.push(compiled::ID);
                write_pattern(&mut messages, value, &at);
                messages.push(compiled::MESSAGE);
            }
            // The FAQ's order of themes and questions (src/pages/faq.rs).
            Entry::GroupComment(comment) | Entry::ResourceComment(comment) => {
                for line in comment
                    .content
                    .iter()
                    .filter(|l| l.starts_with("FAQ-ORDER:"))
                {
                    comments.push_str("## ");
                    comments.push_str(line);
                    comments.push('\n');
                }
            }
            Entry::Comment(_) => {}
            Entry::Term(term) => panic!("{file}: the app's texts use no terms (-{})", term.id.name),
            Entry::Junk { content } => panic!("{file}: cannot read {content:?}"),
        }
    }
    comments.push(compiled::BODY);
    comments + &messages
}

fn write_pattern(out: &mut String, pattern: &Pattern<&str>, at: &str) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => write_text(out, value, at),
            PatternElement::Placeable { expression } => write_expression(out, expression, at),
        }
    }
}

fn write_text(out: &mut String, text: &str, at: &str) {
    use compiled::{BODY, END, ID, MESSAGE, SELECT, SELECT_END, VARIABLE, VARIANT};
    let marks = [
        BODY, MESSAGE, ID, VARIABLE, SELECT, END, VARIANT, SELECT_END,
    ];
    assert!(
        !text.contains(marks),
        "{at}: a control character in the text"
    );
    out.push_str(text);
}

fn write_expression(out: &mut String, expression: &Expression<&str>, at: &str) {
    match expression {
        Expression::Inline(inline) => write_inline(out, inline, at),
        Expression::Select { selector, variants } => {
            let InlineExpression::VariableReference { id } = selector else {
                panic!("{at}: a selection is made on a variable");
            };
            out.push(compiled::SELECT);
            out.push_str(id.name);
            out.push(compiled::END);
            for variant in variants {
                if variant.default {
                    out.push(compiled::DEFAULT);
                }
                match &variant.key {
                    VariantKey::Identifier { name } => out.push_str(name),
                    VariantKey::NumberLiteral { value } => {
                        assert!(
                            value.parse::<i64>().is_ok(),
                            "{at}: a variant's number is whole"
                        );
                        out.push_str(value);
                    }
                }
                out.push(compiled::END);
                write_pattern(out, &variant.value, at);
                out.push(compiled::VARIANT);
            }
            out.push(compiled::SELECT_END);
        }
    }
}

fn write_inline(out: &mut String, inline: &InlineExpression<&str>, at: &str) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.push(compiled::VARIABLE);
            out.push_str(id.name);
            out.push(compiled::END);
        }
        InlineExpression::StringLiteral { value } if !value.contains('\\') => {
            write_text(out, value, at)
        }
        InlineExpression::Placeable { expression } => write_expression(out, expression, at),
        other => panic!(
            "{at}: the app's texts use variables, selections and plain string literals only, not {other:?}"
        ),
    }
}
