//! The `corpus` task: a JSON Lines corpus of scraped-looking articles for
//! corpus runs and throughput measurements.
//!
//! `cargo run -p xtask -- corpus --mb 100 --out /tmp/corpus.jsonl [--source news-en.txt] [--bad-every 997]`
//!
//! Documents come from a news-text file (documents separated by two blank
//! lines); each gets a scraped layout (headline with an outlet suffix, a
//! date line, a credit line, an "Original url:" trailer with a space
//! inserted into it) and every `--bad-every`-th line is a bad line (not
//! JSON, invalid UTF-8, or no "text"), so that error records can be counted.

use std::io::Write;

fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\t' => o.push_str("\\t"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
            c => o.push(c),
        }
    }
    o
}

pub fn run(args: &[String]) -> Result<(), String> {
    let mut mb = 100usize;
    let mut out = None;
    let data = std::env::var("NEWSPREP_DATA").unwrap_or_else(|_| "../shared/data".to_string());
    let mut source = format!("{data}/news-text/news-en.txt");
    let mut bad_every = 997usize;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut val = || {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{a} needs a value"))
        };
        match a.as_str() {
            "--mb" => mb = val()?.parse().map_err(|e| format!("--mb: {e}"))?,
            "--out" => out = Some(val()?),
            "--source" => source = val()?,
            "--bad-every" => bad_every = val()?.parse().map_err(|e| format!("--bad-every: {e}"))?,
            other => return Err(format!("unknown argument {other}")),
        }
    }
    let out = out.ok_or("--out FILE is required")?;
    let text = std::fs::read_to_string(&source).map_err(|e| format!("{source}: {e}"))?;
    let docs: Vec<&str> = text
        .split("\n\n\n")
        .filter(|d| d.trim().len() > 200)
        .collect();
    if docs.is_empty() {
        return Err(format!("{source} has no documents"));
    }
    let outlets = [
        "Reuters",
        "AP",
        "NYT",
        "BBC",
        "The Guardian",
        "AFP",
        "Bloomberg",
    ];
    let months = crate::words::month_names()?;
    let f = std::fs::File::create(&out).map_err(|e| format!("{out}: {e}"))?;
    let mut w = std::io::BufWriter::new(f);
    let target = mb * 1_000_000;
    let (mut written, mut n, mut bad) = (0usize, 0usize, 0usize);
    while written < target {
        n += 1;
        let line: Vec<u8> = if bad_every > 0 && n % bad_every == 0 {
            bad += 1;
            match bad % 3 {
                0 => b"{\"id\": \"broken\", \"text\": \"cut off".to_vec(),
                1 => {
                    let mut l = format!("{{\"id\": {n}, \"text\": \"bad byte ").into_bytes();
                    l.push(0xFF);
                    l.extend_from_slice(b"\"}");
                    l
                }
                _ => format!("{{\"id\": {n}}}").into_bytes(),
            }
        } else {
            let d = docs[n % docs.len()];
            let (title, body) = d.split_once("\n\n").unwrap_or(("Untitled", d));
            let outlet = outlets[n % outlets.len()];
            let month = &months[n % 12];
            let slug: String = title
                .split_whitespace()
                .take(8)
                .map(|w| {
                    w.chars()
                        .filter(|c| c.is_ascii_alphanumeric())
                        .collect::<String>()
                        .to_lowercase()
                })
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join("-");
            let cut = slug.len() / 2;
            let (a, b) = slug.split_at(
                slug.char_indices()
                    .map(|(i, _)| i)
                    .find(|&i| i >= cut)
                    .unwrap_or(0),
            );
            let article = format!(
                "{title} - {outlet}\n\n{month} {}, {}\n\nPhoto: Staff photographer\n\n{body}\n\nOriginal url:\n\nhttps://www.example-news.com/{}/{a} {b}-{n}\n",
                1 + n % 28,
                2000 + n % 25,
                2000 + n % 25
            );
            format!("{{\"id\": {n}, \"text\": \"{}\"}}", esc(&article)).into_bytes()
        };
        w.write_all(&line).map_err(|e| e.to_string())?;
        w.write_all(b"\n").map_err(|e| e.to_string())?;
        written += line.len() + 1;
    }
    w.flush().map_err(|e| e.to_string())?;
    eprintln!(
        "xtask corpus: wrote {out}: {n} lines, {bad} bad, {:.1} MB",
        written as f64 / 1e6
    );
    Ok(())
}
