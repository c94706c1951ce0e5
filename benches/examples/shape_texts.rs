//! Writes the six URL context-shape texts of the `urls_shapes` bench to a
//! directory, one file each (`mid-sentence.txt`, …), for `newsprep bench
//! --stage urls --corpus FILE` runs of two builds in turn.
//!
//! `cargo run --release -p newsprep-benches --example shape_texts -- DIR`

use newsprep_benches::{url_text_shaped, UrlShape};

fn main() {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: shape_texts DIR");
        std::process::exit(2);
    };
    let dir = std::path::PathBuf::from(dir);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("{}: {e}", dir.display());
        std::process::exit(1);
    }
    for shape in UrlShape::ALL {
        let path = dir.join(format!("{}.txt", shape.name()));
        if let Err(e) = std::fs::write(&path, url_text_shaped(shape)) {
            eprintln!("{}: {e}", path.display());
            std::process::exit(1);
        }
        println!("{}", path.display());
    }
}
