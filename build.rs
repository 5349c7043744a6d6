//! The public site's wasm is linked with its relocations, which wasm-split
//! needs to cut it into chunks (scripts/bin/wasm-bindgen), when it is split
//! (feature `split`). Only that binary:
//! the reviewers' area is not split, and wasm-opt cannot shrink a module
//! that keeps them.

fn main() {
    let split = std::env::var_os("CARGO_FEATURE_SPLIT").is_some();
    if split && std::env::var("TARGET").as_deref() == Ok("wasm32-unknown-unknown") {
        println!("cargo:rustc-link-arg-bin=portal=--emit-relocs");
    }
}
