//! `modgraph CRATE_SRC...`: the module graph of each crate's non-test code,
//! and its cycles (exit status 1 when there is one).
//!
//! A file's module: `lib.rs` is `crate`, `a.rs` and `a/mod.rs` are `crate::a`,
//! `a/b.rs` is `crate::a::b`. Test code is left out: files named `tests.rs`
//! and each `#[cfg(test)]` item. An edge `M -> T` for every path in M's code
//! (comments and string literals removed) that starts with `crate::`,
//! `super::`, `self::` or the name of a child module of M, `use` trees and
//! globs included, resolved to the longest module prefix it names. A path to
//! a re-export is an edge to the module that re-exports, so re-exports do not
//! hide a cycle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Module = Vec<String>;

pub fn run(args: &[String]) -> Result<(), String> {
    if args.is_empty() {
        return Err("usage: modgraph CRATE_SRC_DIR...".into());
    }
    let mut cyclic = false;
    for dir in args {
        cyclic |= check(Path::new(dir))?;
    }
    if cyclic {
        std::process::exit(1);
    }
    Ok(())
}

/// Prints the graph and the cycles of one crate; true when there is one.
fn check(src: &Path) -> Result<bool, String> {
    let mut files = Vec::new();
    collect(src, src, &mut files)?;
    let mods: BTreeSet<Module> = files.iter().map(|(m, _)| m.clone()).collect();
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (m, text) in &files {
        let code = code_only(&strip_tests(text));
        for path in paths(&code) {
            if let Some(t) = resolve(m, &path, &mods) {
                if &t != m {
                    edges.entry(m.clone()).or_default().insert(t);
                }
            }
        }
    }
    let name = |m: &Module| m.join("::");
    println!("{}: {} modules", src.display(), mods.len());
    for (m, ts) in &edges {
        let ts: Vec<String> = ts.iter().map(name).collect();
        println!("  {} -> {}", name(m), ts.join(", "));
    }
    let mut cyclic = false;
    for m in &mods {
        // A cycle through `m`: `m` is reachable from one of its targets.
        let mut seen = BTreeSet::new();
        let mut stack: Vec<&Module> = edges.get(m).into_iter().flatten().collect();
        while let Some(v) = stack.pop() {
            if v == m {
                println!("  CYCLE through {}", name(m));
                cyclic = true;
                break;
            }
            if seen.insert(v) {
                stack.extend(edges.get(v).into_iter().flatten());
            }
        }
    }
    if !cyclic {
        println!("  no cycle");
    }
    Ok(cyclic)
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(Module, String)>) -> Result<(), String> {
    let rd = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in rd {
        let p = entry.map_err(|e| e.to_string())?.path();
        if p.is_dir() {
            collect(root, &p, out)?;
            continue;
        }
        let (Some(stem), Some("rs")) = (
            p.file_stem().and_then(|s| s.to_str()),
            p.extension().and_then(|s| s.to_str()),
        ) else {
            continue;
        };
        if stem == "tests" {
            continue;
        }
        let rel = p.strip_prefix(root).map_err(|e| e.to_string())?;
        let mut m: Module = vec!["crate".into()];
        for c in rel.parent().into_iter().flat_map(|p| p.components()) {
            m.push(c.as_os_str().to_string_lossy().into_owned());
        }
        if stem != "mod" && !(stem == "lib" && m.len() == 1) {
            m.push(stem.into());
        }
        let text = std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?;
        out.push((m, text));
    }
    Ok(())
}

/// The text without `#[cfg(test)]` items: the attribute, then lines up to
/// the brace that closes the item (or its `;`).
fn strip_tests(text: &str) -> String {
    let mut out = String::new();
    let mut lines = text.lines();
    while let Some(l) = lines.next() {
        if l.trim() != "#[cfg(test)]" {
            out.push_str(l);
            out.push('\n');
            continue;
        }
        let (mut depth, mut opened) = (0i64, false);
        for l in lines.by_ref() {
            let c = code_only(l);
            depth += c.matches('{').count() as i64 - c.matches('}').count() as i64;
            opened |= c.contains('{');
            if (opened && depth <= 0) || (!opened && c.trim_end().ends_with(';')) {
                break;
            }
        }
    }
    out
}

/// `text` without `//` comments and with string literals emptied.
fn code_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut in_str = false;
    while let Some(c) = chars.next() {
        if in_str {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => {
                    in_str = false;
                    out.push('"');
                }
                _ => {}
            }
        } else if c == '"' {
            in_str = true;
            out.push('"');
        } else if c == '/' && chars.peek() == Some(&'/') {
            for c in chars.by_ref() {
                if c == '\n' {
                    out.push('\n');
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Every `a::b::c` path in the code, `use` trees expanded.
fn paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("use ") {
        let before_ok = rest[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric() && c != '_');
        let tail = &rest[i + 4..];
        let end = tail.find(';').unwrap_or(tail.len());
        if before_ok {
            let tree: String = tail[..end].chars().filter(|c| !c.is_whitespace()).collect();
            expand(&tree, &mut out);
        }
        rest = &tail[end..];
    }
    let mut cur = String::new();
    for c in code.chars().chain(std::iter::once(' ')) {
        if c.is_alphanumeric() || c == '_' || c == ':' || c == '*' {
            cur.push(c);
        } else {
            if cur.contains("::") {
                out.push(cur.split("::").map(String::from).collect());
            }
            cur.clear();
        }
    }
    out
}

/// `a::{b, c::{d, e}}` into `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str, out: &mut Vec<Vec<String>>) {
    let Some(open) = tree.find('{') else {
        out.push(tree.split("::").map(String::from).collect());
        return;
    };
    let (pre, inner) = (&tree[..open], tree[open + 1..].trim_end_matches('}'));
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner
        .char_indices()
        .chain(std::iter::once((inner.len(), ',')))
    {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                if i > start {
                    expand(&format!("{pre}{}", &inner[start..i]), out);
                }
                start = i + 1;
            }
            _ => {}
        }
    }
}

/// The module `path`, seen from `m`, names: None when it is not a path into
/// the crate.
fn resolve(m: &Module, path: &[String], mods: &BTreeSet<Module>) -> Option<Module> {
    let (mut cur, mut segs) = match path.first()?.as_str() {
        "crate" => (vec!["crate".to_string()], &path[1..]),
        "super" | "self" => {
            let mut cur = m.clone();
            let mut k = 0;
            while let Some(s) = path.get(k).filter(|s| *s == "super" || *s == "self") {
                if s == "super" {
                    cur.pop();
                }
                k += 1;
            }
            (cur, &path[k..])
        }
        first => {
            let mut child = m.clone();
            child.push(first.to_string());
            if !mods.contains(&child) {
                return None;
            }
            (m.clone(), path)
        }
    };
    while let Some(s) = segs.first() {
        let mut next = cur.clone();
        next.push(s.clone());
        if !mods.contains(&next) {
            break;
        }
        cur = next;
        segs = &segs[1..];
    }
    Some(cur)
}
