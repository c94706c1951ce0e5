//! The builder of the cleaned URL: its text, the raw span of each of its
//! chars, the repairs made and the confidence.

use crate::fix::Fix;
// ---------------------------------------------------------------------------
// The builder of the cleaned URL

pub(super) struct Builder {
    pub(super) start: usize,
    pub(super) out: String,
    /// Where the chars of `out` end in the raw text, as runs ([`Run`]).
    /// Bytes copied as they are share one run, and so do chars that all
    /// end at one raw position (a scheme written out in full).
    pub(super) ends: Vec<Run>,
    pub(super) fixes: Vec<Fix>,
    pub(super) conf: f32,
    pub(super) host_start: usize,
    pub(super) path_start: Option<usize>,
    pub(super) depth: [i32; 3],
    pub(super) quote_open: bool,
}

/// A run of [`Builder::ends`]: the chars of `out` from byte `from` on, up
/// to the next run.
#[derive(Clone, Copy, Debug)]
pub(super) struct Run {
    pub(super) from: usize,
    /// With `fixed`, the raw end of each char of the run; else each ends at
    /// raw byte `e + d` (wrapping), where `e` is where it ends in `out`.
    pub(super) d: usize,
    pub(super) fixed: bool,
}

pub(super) fn push_fix(fixes: &mut Vec<Fix>, f: Fix) {
    if !fixes.contains(&f) {
        fixes.push(f);
    }
}

impl Builder {
    pub(super) fn new(start: usize) -> Self {
        Builder {
            start,
            out: String::with_capacity(128),
            ends: Vec::with_capacity(8),
            fixes: Vec::new(),
            conf: 1.0,
            host_start: 0,
            path_start: None,
            depth: [0; 3],
            quote_open: false,
        }
    }
    /// Records that the chars from byte `o` of `out` on end at raw byte
    /// `raw_end` when they end at `e` in `out`.
    #[inline]
    pub(super) fn map(&mut self, o: usize, e: usize, raw_end: usize) {
        let d = raw_end.wrapping_sub(e);
        if !matches!(self.ends.last(), Some(r) if !r.fixed && r.d == d) {
            self.ends.push(Run {
                from: o,
                d,
                fixed: false,
            });
        }
    }
    pub(super) fn push(&mut self, c: char, raw_end: usize) {
        let o = self.out.len();
        self.out.push(c);
        self.map(o, self.out.len(), raw_end);
    }
    /// Pushes the chars of `s`, each ending at raw byte `raw_end`.
    pub(super) fn push_str(&mut self, s: &str, raw_end: usize) {
        if s.is_ascii() && !s.is_empty() {
            let o = self.out.len();
            self.out.push_str(s);
            if !matches!(self.ends.last(), Some(r) if r.fixed && r.d == raw_end) {
                self.ends.push(Run {
                    from: o,
                    d: raw_end,
                    fixed: true,
                });
            }
        } else {
            for c in s.chars() {
                self.push(c, raw_end);
            }
        }
    }
    /// Copies `s`, the raw text from byte `raw_start` on, as it is.
    pub(super) fn push_raw(&mut self, s: &str, raw_start: usize) {
        if s.is_empty() {
            return;
        }
        let o = self.out.len();
        self.out.push_str(s);
        // Every char of `s` ends `raw_start - o` bytes after its end in `out`.
        self.map(o, o, raw_start);
    }
    /// Moves the raw end of the last char to `raw_end`.
    pub(super) fn set_last_end(&mut self, raw_end: usize) {
        let e = self.out.len();
        let Some(c) = self.out.chars().next_back() else {
            return;
        };
        let o = e - c.len_utf8();
        let run = Run {
            from: o,
            d: raw_end.wrapping_sub(e),
            fixed: false,
        };
        match self.ends.last_mut() {
            Some(last) if last.from == o => *last = run,
            _ => self.ends.push(run),
        }
    }
    pub(super) fn pop(&mut self) -> Option<char> {
        let c = self.out.pop();
        let n = self.out.len();
        while self.ends.last().is_some_and(|r| r.from >= n) {
            self.ends.pop();
        }
        c
    }
    pub(super) fn last(&self) -> Option<char> {
        self.out.chars().next_back()
    }
    pub(super) fn fix(&mut self, f: Fix) {
        push_fix(&mut self.fixes, f);
    }
    pub(super) fn host(&self) -> &str {
        self.out.get(self.host_start..).unwrap_or("")
    }
    pub(super) fn path(&self) -> &str {
        self.path_start
            .and_then(|p| self.out.get(p..))
            .unwrap_or("")
    }
    /// The raw end of the last char.
    pub(super) fn end(&self) -> usize {
        match self.ends.last() {
            Some(r) if !self.out.is_empty() && r.fixed => r.d,
            Some(r) if !self.out.is_empty() => self.out.len().wrapping_add(r.d),
            _ => self.start,
        }
    }
    /// Bridges a gap as [`decide`](crate::scan::join::decide) said (`j`: where the URL goes on),
    /// restoring a query's `&` lost to a space ([`amp_lost`]); returns `j`.
    pub(super) fn join(&mut self, t: &str, (j, conf, fix): (usize, f32, Fix)) -> usize {
        self.fix(fix);
        self.conf *= conf;
        if amp_lost(self.path(), t.get(j..).unwrap_or("")) {
            self.push('&', j);
        }
        j
    }
    pub(super) fn view(&self) -> View<'_> {
        View {
            start: self.start,
            out: &self.out,
            path_start: self.path_start,
        }
    }
}

/// What the join decision looks at: the URL rebuilt so far.
#[derive(Clone, Copy)]
pub(super) struct View<'a> {
    /// Where the URL starts in the raw text.
    pub(super) start: usize,
    pub(super) out: &'a str,
    pub(super) path_start: Option<usize>,
}

impl View<'_> {
    pub(super) fn path(&self) -> &str {
        self.path_start
            .and_then(|p| self.out.get(p..))
            .unwrap_or("")
    }
    pub(super) fn last(&self) -> Option<char> {
        self.out.chars().next_back()
    }
}

/// A query whose `&` a crawler turned into a space
/// (`?ticker=ABC.N target=/x`): the query's last pair is complete (it holds
/// a `=`) and the fragment after the gap starts with `key=`. A space inside
/// a key (`?pa ge=1`) has no `=` before it and is only joined.
pub(super) fn amp_lost(path: &str, next: &str) -> bool {
    let Some(q) = path.rfind('?') else {
        return false;
    };
    let pair = path.get(q + 1..).unwrap_or("");
    let pair = pair.rsplit('&').next().unwrap_or("");
    let key_len = next
        .bytes()
        .take_while(|&c| {
            c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.' | b'[' | b']' | b'%')
        })
        .count();
    pair.contains('=')
        && path.ends_with(|c: char| {
            c.is_ascii_alphanumeric() || matches!(c, '=' | '%' | '-' | '_' | '.')
        })
        && key_len > 0
        && next.as_bytes().get(key_len) == Some(&b'=')
}
