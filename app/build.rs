//! Embeds the translations (`locales/<code>/*.ftl`) for the server and native tests: one
//! `include_str!` per file, so a changed file rebuilds the crate. The browser does not embed
//! them; it fetches one language at a time from the server.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("set by cargo")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut languages: Vec<_> = fs::read_dir(&root)
        .map(|dir| {
            dir.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    languages.sort();
    let mut out = String::from("/// (language code, file name, text), sorted by code and file.\npub(crate) static FILES: &[(&str, &str, &str)] = &[\n");
    for dir in languages {
        println!("cargo:rerun-if-changed={}", dir.display());
        let code = dir
            .file_name()
            .and_then(|n| n.to_str())
            .expect("utf-8 directory name")
            .to_owned();
        let mut files: Vec<_> = fs::read_dir(&dir)
            .expect("readable locale directory")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file
                .file_name()
                .and_then(|n| n.to_str())
                .expect("utf-8 file name");
            writeln!(
                out,
                "    ({code:?}, {name:?}, include_str!({:?})),",
                file.display().to_string()
            )
            .expect("write to a string");
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("set by cargo")).join("locales.rs");
    fs::write(dest, out).expect("writable OUT_DIR");
}
