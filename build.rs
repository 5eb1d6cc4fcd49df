//! Hashes the sources that decide the widget's markup into `CS_MARKUP_HASH`.
//!
//! A prerendered snippet records this hash; a script built from other
//! sources sees the difference and renders afresh instead of hydrating markup
//! it would not produce itself (yew panics on such a mismatch).

use std::fs;
use std::path::{Path, PathBuf};

const MARKUP_SOURCES: [&str; 3] = ["src/view", "src/i18n", "src/model"];

fn main() {
    let mut files: Vec<PathBuf> = Vec::new();
    for folder in MARKUP_SOURCES {
        println!("cargo:rerun-if-changed={folder}");
        collect(Path::new(folder), &mut files);
    }
    files.sort();
    let mut hash = Fnv::new();
    for file in &files {
        hash.write(file.to_string_lossy().as_bytes());
        // A file that cannot be read changes the hash all the same.
        hash.write(&fs::read(file).unwrap_or_default());
    }
    hash.write(env!("CARGO_PKG_VERSION").as_bytes());
    println!("cargo:rustc-env=CS_MARKUP_HASH={:016x}", hash.0);
}

fn collect(folder: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            files.push(path);
        }
    }
}

/// FNV-1a, 64 bits: stable across builds and platforms, unlike `std`'s hasher.
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 ^= u64::from(*byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}
