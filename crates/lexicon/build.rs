//! Freezes the embedded lexicon: builds its tables from the data files with
//! the crate's own loading code (the modules below are the crate's files)
//! and writes them, in the layout documented in `src/frozen.rs`, to
//! `$OUT_DIR/lexicon.frozen`, which the crate embeds and reads back at run
//! time instead of parsing the text. A module that `data.rs` comes to use
//! must be listed here too (and in `rerun-if-changed`); the crate's test
//! `frozen::tests::embedded_form_is_of_this_data_and_reads_back` fails if the
//! embedded form is not what the crate's code builds from the data.
#![allow(dead_code)]

#[path = "src/common_words.rs"]
mod common_words;
#[path = "src/data.rs"]
mod data;
#[path = "src/frozen.rs"]
mod frozen;
#[path = "src/hash.rs"]
mod hash;
#[path = "src/key_table.rs"]
mod key_table;
#[path = "src/kind.rs"]
mod kind;
#[path = "src/orgs.rs"]
mod orgs;
#[path = "src/rows.rs"]
mod rows;
#[path = "src/strs.rs"]
mod strs;
#[path = "src/word_classes.rs"]
mod word_classes;
#[path = "src/word_table.rs"]
mod word_table;

use kind::EntityKind;

/// No frozen form while making it (`Inner::build` is not called here).
static FROZEN: &[u8] = &[];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    for f in [
        "build.rs",
        "src/common_words.rs",
        "src/data.rs",
        "src/frozen.rs",
        "src/hash.rs",
        "src/key_table.rs",
        "src/kind.rs",
        "src/orgs.rs",
        "src/rows.rs",
        "src/strs.rs",
        "src/word_classes.rs",
        "src/word_table.rs",
        "data",
    ] {
        println!("cargo::rerun-if-changed={f}");
    }
    let inner = data::Inner::builtin_from_text();
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR unset")?);
    let Some(bytes) = frozen::freeze(&inner) else {
        // Too large for the layout: the crate builds the tables from the text.
        println!("cargo::warning=the embedded lexicon cannot be frozen; it is built at run time");
        std::fs::write(out.join("lexicon.frozen"), [])?;
        return Ok(());
    };
    // The form must read back to the same tables.
    let copy: &'static [u8] = Box::leak(bytes.clone().into_boxed_slice());
    let back = frozen::thaw(copy).ok_or("the frozen tables do not read back")?;
    if frozen::freeze(&back).as_ref() != Some(&bytes) {
        return Err("the frozen tables read back differently".into());
    }
    std::fs::write(out.join("lexicon.frozen"), bytes)?;
    Ok(())
}
