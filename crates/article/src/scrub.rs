//! Text clean-up before layout parsing: mojibake, BOM, CR, special spaces,
//! HTML tags and entities. Links (`<a href>`, `<u>`) are kept as byte spans
//! into the cleaned text.

/// A link span in the cleaned text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawLink {
    pub start: usize,
    pub end: usize,
    pub href: Option<String>,
}

/// The cleaned document and what the clean-up did.
#[derive(Debug, Default)]
pub(crate) struct Cleaned {
    pub text: String,
    pub links: Vec<RawLink>,
    pub mojibake: usize,
    pub tags: usize,
    pub entities: usize,
}

/// The Windows-1252 byte a character stands for when UTF-8 bytes were read
/// as Windows-1252 (or Latin-1, for the bytes 1252 leaves undefined).
fn cp1252_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if (0x80..=0xFF).contains(&u) {
        return u8::try_from(u).ok();
    }
    Some(match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    })
}

fn continuation(c: char) -> Option<u8> {
    cp1252_byte(c).filter(|b| (0x80..=0xBF).contains(b))
}

/// One round of mojibake repair: every run "lead + continuations" that
/// decodes as one UTF-8 character is replaced by it. Lead characters
/// (U+00C2..U+00F4) are all encoded with a first byte 0xC3, so only the
/// places holding that byte are examined.
fn repair_round(s: &str) -> Option<(String, usize)> {
    let bytes = s.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut count = 0;
    let mut from = 0;
    while let Some(rel) = bytes.get(from..).and_then(|b| memchr::memchr(0xC3, b)) {
        let k = from + rel;
        from = k + 1;
        let Some(rest) = s.get(k..) else { continue };
        let mut it = rest.chars();
        let Some(c) = it.next() else { continue };
        let need = match c as u32 {
            0xC2..=0xDF => 1,
            // Three-byte characters only where mojibake is common in
            // Latin-script text: punctuation, currency and symbols
            // (U+2000..U+2FFF, lead 'â') and U+F000..U+FFFF (lead 'ï', the
            // BOM and specials). Other leads ('é', 'ç', 'è', …) followed by
            // two symbols are far more often real text ("café\u{a0}€5",
            // "né—“…") than mojibake of a CJK character.
            0xE2 | 0xEF => 2,
            0xF0..=0xF4 => 3,
            _ => continue,
        };
        let mut buf = [0u8; 4];
        if let Some(b0) = buf.get_mut(0) {
            *b0 = u8::try_from(c as u32).unwrap_or(0);
        }
        let mut consumed = c.len_utf8();
        let mut ok = true;
        let mut look = it.clone();
        for slot in buf.iter_mut().skip(1).take(need) {
            match look.next() {
                Some(cc) => match continuation(cc) {
                    Some(b) => {
                        *slot = b;
                        consumed += cc.len_utf8();
                    }
                    None => {
                        ok = false;
                        break;
                    }
                },
                None => {
                    ok = false;
                    break;
                }
            }
        }
        let decoded = if ok {
            buf.get(..=need)
                .and_then(|b| std::str::from_utf8(b).ok())
                .and_then(|d| d.chars().next())
        } else if c == 'â' && it.clone().next() == Some('€') {
            // "â€" whose third byte (0x9D, undefined in 1252) was dropped: "”".
            consumed = c.len_utf8() + '€'.len_utf8();
            Some('”')
        } else {
            None
        };
        if let Some(d) = decoded {
            let o = out.get_or_insert_with(|| String::with_capacity(s.len()));
            o.push_str(s.get(copied..k).unwrap_or(""));
            o.push(d);
            count += 1;
            copied = k + consumed;
            from = copied;
        }
    }
    let mut o = out?;
    o.push_str(s.get(copied..).unwrap_or(""));
    Some((o, count))
}

/// Repairs UTF-8 text that was decoded as Windows-1252 ("â€™" → "’"),
/// also when it happened twice. Returns the count of repaired characters.
pub(crate) fn repair_mojibake(s: &str) -> Option<(String, usize)> {
    let (mut text, mut n) = repair_round(s)?;
    if let Some((t2, n2)) = repair_round(&text) {
        text = t2;
        n += n2;
    }
    Some((text, n))
}

/// A byte that [`clean`] must look at: not ASCII, a control character other
/// than the line feed, `<` or `&`.
fn is_special(b: u8) -> bool {
    b >= 0x7F || (b < 0x20 && b != b'\n') || b == b'<' || b == b'&'
}

/// The length of the leading run of bytes that [`clean`] copies unchanged
/// (see [`is_special`]). Eight bytes at a time: a word with no byte below
/// 0x20, none at or above 0x7F and no `<` or `&` is skipped whole; a word that
/// may hold one (a line feed, say) is looked at byte by byte.
fn plain_run(b: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |w: u64| w.wrapping_sub(ONES) & !w & HIGH;
    let mut i = 0;
    for chunk in b.as_chunks::<8>().0 {
        let w = u64::from_le_bytes(*chunk);
        // Bytes below 0x20, at or above 0x80, equal to 0x7F, '<' or '&'.
        let below = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
        let flagged = below
            | (w & HIGH)
            | has_zero(w ^ (ONES * 0x7F))
            | has_zero(w ^ (ONES * u64::from(b'<')))
            | has_zero(w ^ (ONES * u64::from(b'&')));
        if flagged != 0 {
            if let Some(k) = chunk.iter().position(|&x| is_special(x)) {
                return i + k;
            }
        }
        i += 8;
    }
    let tail = b.get(i..).unwrap_or(&[]);
    i + tail
        .iter()
        .position(|&x| is_special(x))
        .unwrap_or(tail.len())
}

/// Pushes a character with white-space and invisible characters normalised.
fn push_norm(out: &mut String, c: char) {
    match c {
        '\u{FEFF}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{00AD}'
        | '\u{200E}' | '\u{200F}' => {}
        '\u{00A0}'
        | '\u{202F}'
        | '\u{2007}'
        | '\u{2000}'..='\u{200A}'
        | '\u{205F}'
        | '\u{3000}'
        | '\u{1680}'
        | '\u{180E}'
        | '\t'
        | '\u{000B}' => out.push(' '),
        '\u{2028}' | '\u{0085}' | '\u{000C}' => out.push('\n'),
        '\u{2029}' => out.push_str("\n\n"),
        c if c.is_control() && c != '\n' => {}
        c => out.push(c),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum TagKind {
    /// Paragraph-level: becomes a blank line.
    Block,
    /// Line-level: becomes a line break.
    Line,
    /// Cell: becomes a space.
    Cell,
    /// Inline: removed.
    Inline,
    /// Removed with its content.
    Skip,
    /// `<a>`.
    Anchor,
    /// `<u>`.
    Underline,
}

fn tag_kind(name: &str) -> Option<TagKind> {
    use TagKind::*;
    Some(match name {
        "p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "section"
        | "article" | "header" | "footer" | "aside" | "figure" | "figcaption" | "table" | "ul"
        | "ol" | "hr" | "pre" | "main" | "nav" | "dl" | "body" | "html" | "head" | "title"
        | "caption" | "address" | "details" | "summary" | "center" => Block,
        "br" | "li" | "tr" | "dt" | "dd" | "thead" | "tbody" | "tfoot" => Line,
        "td" | "th" => Cell,
        "b" | "i" | "em" | "strong" | "span" | "small" | "big" | "sup" | "sub" | "font"
        | "mark" | "abbr" | "cite" | "code" | "s" | "strike" | "del" | "ins" | "time" | "label"
        | "q" | "img" | "source" | "picture" | "video" | "audio" | "svg" | "path" | "button"
        | "input" | "form" | "noscript" | "meta" | "link" | "wbr" | "o:p" | "tt" | "kbd"
        | "var" | "dfn" | "bdi" | "bdo" | "data" | "nobr" | "iframe" | "embed" | "object"
        | "param" | "track" | "map" | "area" | "col" | "colgroup" | "base" => Inline,
        "script" | "style" | "template" => Skip,
        "a" => Anchor,
        "u" => Underline,
        _ => return None,
    })
}

struct Tag {
    len: usize,
    name: String,
    closing: bool,
    href: Option<String>,
}

/// Parses an HTML tag at the start of `rest` (which starts with '<').
/// What earlier scans learned, so that unclosed constructs are not
/// searched for again (which would make the pass quadratic).
#[derive(Default)]
struct ScanState {
    /// No "-->" after the current position.
    comment_unclosed: bool,
    /// Skip tags ("script", …) with no closing tag after the current position.
    skip_unclosed: Vec<String>,
}

/// Byte offset of the closing tag `</name` in `hay`, ignoring case.
fn find_close_tag(hay: &str, name: &str) -> Option<usize> {
    hay.match_indices("</")
        .find(|(p, _)| {
            hay.get(p + 2..p + 2 + name.len())
                .map(|n| n.eq_ignore_ascii_case(name))
                .unwrap_or(false)
        })
        .map(|(p, _)| p)
}

fn parse_tag(rest: &str, state: &mut ScanState) -> Option<Tag> {
    let b = rest.as_bytes();
    if rest.starts_with("<!--") {
        if state.comment_unclosed {
            return None;
        }
        let Some(end) = rest.get(4..)?.find("-->") else {
            state.comment_unclosed = true;
            return None;
        };
        return Some(Tag {
            len: 4 + end + 3,
            name: "!--".into(),
            closing: false,
            href: None,
        });
    }
    let mut i = 1;
    let closing = b.get(1) == Some(&b'/');
    if closing {
        i += 1;
    }
    if matches!(b.get(1), Some(b'!') | Some(b'?')) {
        // <!DOCTYPE …>, <?xml …?>
        if !b.get(2).map(|c| c.is_ascii_alphabetic()).unwrap_or(false) {
            return None;
        }
        let window = rest.get(..rest.len().min(1002)).unwrap_or(rest);
        let end = window.find('>')?;
        if end > 1000
            || rest.get(..end)?.contains('<') && end > 2 && rest.get(1..end)?.contains('<')
        {
            return None;
        }
        return Some(Tag {
            len: end + 1,
            name: "!".into(),
            closing: false,
            href: None,
        });
    }
    let name_start = i;
    while let Some(c) = b.get(i) {
        if c.is_ascii_alphanumeric() || *c == b':' {
            i += 1;
        } else {
            break;
        }
    }
    if i == name_start || !b.get(name_start)?.is_ascii_alphabetic() {
        return None;
    }
    let name = rest.get(name_start..i)?.to_ascii_lowercase();
    tag_kind(&name)?;
    // After the name: white space, '/', or '>'.
    match b.get(i) {
        Some(b'>') | Some(b'/') => {}
        Some(c) if c.is_ascii_whitespace() => {}
        _ => return None,
    }
    // Attributes up to '>', honouring quotes.
    let attrs_start = i;
    let mut quote: Option<u8> = None;
    let mut end = None;
    while let Some(&c) = b.get(i) {
        if i > 4096 {
            return None;
        }
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                b'"' | b'\'' => {
                    // a quote opens a value only right after '='
                    let prev = rest.get(attrs_start..i)?.trim_end();
                    if prev.ends_with('=') {
                        quote = Some(c);
                    }
                }
                b'>' => {
                    end = Some(i);
                    break;
                }
                b'<' => return None,
                _ => {}
            },
        }
        i += 1;
    }
    let end = end?;
    let href = if name == "a" && !closing {
        attr_value(rest.get(attrs_start..end)?, "href")
    } else {
        None
    };
    Some(Tag {
        len: end + 1,
        name,
        closing,
        href,
    })
}

/// The value of attribute `want` in an attribute string.
fn attr_value(attrs: &str, want: &str) -> Option<String> {
    let mut rest = attrs;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if rest.is_empty() {
            return None;
        }
        let name_end = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '>' || c == '/')
            .unwrap_or(rest.len());
        let name = rest.get(..name_end)?;
        rest = rest.get(name_end..)?.trim_start();
        let mut value = None;
        if let Some(r) = rest.strip_prefix('=') {
            let r = r.trim_start();
            if let Some(q) = r.chars().next().filter(|c| *c == '"' || *c == '\'') {
                let body = r.get(1..)?;
                let close = body.find(q).unwrap_or(body.len());
                value = Some(body.get(..close)?);
                rest = body.get((close + 1).min(body.len())..)?;
            } else {
                let close = r
                    .find(|c: char| c.is_ascii_whitespace() || c == '>')
                    .unwrap_or(r.len());
                value = Some(r.get(..close)?);
                rest = r.get(close..)?;
            }
        }
        if name.eq_ignore_ascii_case(want) {
            let v = value?.trim();
            let mut out = String::with_capacity(v.len());
            decode_entities_into(v, &mut out);
            return (!out.is_empty()).then_some(out);
        }
    }
}

fn decode_entities_into(s: &str, out: &mut String) {
    let mut i = 0;
    while let Some(rest) = s.get(i..) {
        let Some(c) = rest.chars().next() else { break };
        if c == '&' {
            if let Some((d, len)) = parse_entity(rest) {
                out.push_str(&d.as_str());
                i += len;
                continue;
            }
        }
        out.push(c);
        i += c.len_utf8();
    }
}

/// A decoded entity: one char, a longer text, or nothing (soft hyphen,
/// zero-width).
enum Decoded {
    Char(char),
    Str(&'static str),
    Nothing,
}

impl Decoded {
    fn as_str(&self) -> String {
        match self {
            Decoded::Char(c) => c.to_string(),
            Decoded::Str(s) => (*s).to_string(),
            Decoded::Nothing => String::new(),
        }
    }
}

/// A named character reference: the white-space and invisible ones are
/// normalised here, every other name of the HTML5 list is looked up in
/// [`crate::entities`].
fn named_entity(name: &str) -> Option<Decoded> {
    match name {
        "nbsp" | "ensp" | "emsp" | "emsp13" | "emsp14" | "thinsp" | "hairsp" | "numsp"
        | "puncsp" | "MediumSpace" | "NonBreakingSpace" | "ThinSpace" | "VeryThinSpace" => {
            return Some(Decoded::Char(' '))
        }
        "shy"
        | "zwj"
        | "zwnj"
        | "lrm"
        | "rlm"
        | "ZeroWidthSpace"
        | "NegativeVeryThinSpace"
        | "NegativeThinSpace"
        | "NegativeMediumSpace"
        | "NegativeThickSpace"
        | "NoBreak"
        | "af"
        | "ic"
        | "it"
        | "InvisibleTimes"
        | "InvisibleComma"
        | "ApplyFunction" => return Some(Decoded::Nothing),
        _ => {}
    }
    let s = crate::entities::named(name)?;
    let mut cs = s.chars();
    Some(match (cs.next(), cs.next()) {
        (Some(c), None) => Decoded::Char(c),
        _ => Decoded::Str(s),
    })
}

/// Decodes an entity at the start of `rest` (which starts with '&').
/// Returns the decoded value and the byte length consumed.
fn parse_entity(rest: &str) -> Option<(Decoded, usize)> {
    let body = rest.get(1..)?;
    let semi = body.get(..body.len().min(34))?.find(';')?;
    let name = body.get(..semi)?;
    let len = semi + 2;
    if let Some(num) = name.strip_prefix('#') {
        let code = if let Some(hex) = num.strip_prefix('x').or_else(|| num.strip_prefix('X')) {
            if hex.is_empty() || hex.len() > 6 {
                return None;
            }
            u32::from_str_radix(hex, 16).ok()?
        } else {
            if num.is_empty() || num.len() > 7 || !num.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            num.parse::<u32>().ok()?
        };
        // Numeric references in the 1252 range mean the 1252 character.
        let c = if (0x80..=0x9F).contains(&code) {
            cp1252_char(u8::try_from(code).ok()?)?
        } else {
            char::from_u32(code)?
        };
        if c == '\0' {
            return None;
        }
        return Some((Decoded::Char(c), len));
    }
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    let d = named_entity(name)?;
    // Double escaping: "&amp;quot;" and "&amp;#8217;" mean the inner entity.
    if name == "amp" {
        if let Some(inner) = rest.get(len..) {
            let probe = format!("&{}", inner.get(..inner.len().min(40)).unwrap_or(""));
            if let Some((d2, len2)) = parse_entity_no_amp(&probe) {
                return Some((d2, len + len2 - 1));
            }
        }
    }
    Some((d, len))
}

fn parse_entity_no_amp(rest: &str) -> Option<(Decoded, usize)> {
    if rest.starts_with("&amp;") {
        return None;
    }
    let body = rest.get(1..)?;
    let semi = body.find(';')?;
    let name = body.get(..semi)?;
    // only well-known inner entities
    if name.starts_with('#')
        || matches!(
            name,
            "quot"
                | "apos"
                | "nbsp"
                | "rsquo"
                | "lsquo"
                | "ldquo"
                | "rdquo"
                | "mdash"
                | "ndash"
                | "hellip"
        )
    {
        parse_entity(rest)
    } else {
        None
    }
}

fn cp1252_char(b: u8) -> Option<char> {
    Some(match b {
        0x80 => '€',
        0x82 => '‚',
        0x83 => 'ƒ',
        0x84 => '„',
        0x85 => '…',
        0x86 => '†',
        0x87 => '‡',
        0x88 => 'ˆ',
        0x89 => '‰',
        0x8A => 'Š',
        0x8B => '‹',
        0x8C => 'Œ',
        0x8E => 'Ž',
        0x91 => '‘',
        0x92 => '’',
        0x93 => '“',
        0x94 => '”',
        0x95 => '•',
        0x96 => '–',
        0x97 => '—',
        0x98 => '˜',
        0x99 => '™',
        0x9A => 'š',
        0x9B => '›',
        0x9C => 'œ',
        0x9E => 'ž',
        0x9F => 'Ÿ',
        _ => return None,
    })
}

struct OpenLink {
    start: usize,
    href: Option<String>,
    depth: usize,
}

fn close_link(open: &mut Option<OpenLink>, out: &str, links: &mut Vec<RawLink>) {
    if let Some(o) = open.take() {
        if out.len() > o.start {
            links.push(RawLink {
                start: o.start,
                end: out.len(),
                href: o.href,
            });
        }
    }
}

/// Cleans a document: mojibake, line ends, invisible characters and
/// special spaces, HTML tags (block tags become line breaks) and entities.
pub(crate) fn clean(input: &str) -> Cleaned {
    let mut c = Cleaned::default();
    let repaired;
    let src: &str = match repair_mojibake(input) {
        Some((t, n)) => {
            c.mojibake = n;
            repaired = t;
            &repaired
        }
        None => input,
    };
    let mut out = String::with_capacity(src.len());
    let mut open: Option<OpenLink> = None;
    let mut scan = ScanState::default();
    let mut i = 0;
    while let Some(rest) = src.get(i..) {
        let Some(ch) = rest.chars().next() else { break };
        match ch {
            '\r' => {
                if !rest.starts_with("\r\n") {
                    out.push('\n');
                }
                i += 1;
            }
            '<' => {
                if let Some(tag) = parse_tag(rest, &mut scan) {
                    c.tags += 1;
                    i += tag.len;
                    let kind = tag_kind(&tag.name);
                    match kind {
                        Some(TagKind::Block) => {
                            close_link(&mut open, &out, &mut c.links);
                            out.push_str("\n\n");
                        }
                        Some(TagKind::Line) => {
                            close_link(&mut open, &out, &mut c.links);
                            out.push('\n');
                        }
                        Some(TagKind::Cell) => out.push(' '),
                        Some(TagKind::Skip) if !tag.closing => {
                            // Drop everything up to the closing tag; an
                            // unclosed one (say, quoted in an article about
                            // web security) drops only itself.
                            let after = src.get(i..).unwrap_or("");
                            let found = if scan.skip_unclosed.contains(&tag.name) {
                                None
                            } else {
                                find_close_tag(after, &tag.name)
                            };
                            match found {
                                Some(p) => {
                                    let gt = after
                                        .get(p..)
                                        .and_then(|s| s.find('>'))
                                        .map(|g| p + g + 1)
                                        .unwrap_or(after.len());
                                    i += gt;
                                }
                                None => {
                                    if !scan.skip_unclosed.contains(&tag.name) {
                                        scan.skip_unclosed.push(tag.name.clone());
                                    }
                                }
                            }
                        }
                        Some(TagKind::Anchor) | Some(TagKind::Underline) => {
                            if tag.closing {
                                if let Some(o) = open.as_mut() {
                                    o.depth = o.depth.saturating_sub(1);
                                    if o.depth == 0 {
                                        close_link(&mut open, &out, &mut c.links);
                                    }
                                }
                            } else {
                                match open.as_mut() {
                                    Some(o) => {
                                        o.depth += 1;
                                        if o.href.is_none() {
                                            o.href = tag.href;
                                        }
                                    }
                                    None => {
                                        open = Some(OpenLink {
                                            start: out.len(),
                                            href: tag.href,
                                            depth: 1,
                                        })
                                    }
                                }
                            }
                        }
                        _ => {}
                    }
                } else {
                    out.push('<');
                    i += 1;
                }
            }
            '&' => {
                if let Some((d, len)) = parse_entity(rest) {
                    c.entities += 1;
                    match d {
                        Decoded::Char(dc) => push_norm(&mut out, dc),
                        Decoded::Str(ds) => ds.chars().for_each(|dc| push_norm(&mut out, dc)),
                        Decoded::Nothing => {}
                    }
                    i += len;
                } else {
                    out.push('&');
                    i += 1;
                }
            }
            ch if ch.is_ascii() && !ch.is_ascii_control() => {
                // A run of plain ASCII is copied at once.
                let run = plain_run(rest.as_bytes());
                out.push_str(rest.get(..run).unwrap_or(""));
                i += run.max(1);
            }
            ch => {
                push_norm(&mut out, ch);
                i += ch.len_utf8();
            }
        }
    }
    c.text = out;
    c.links.sort_by_key(|l| l.start);
    c
}

#[cfg(test)]
mod tests {
    #[test]
    fn plain_run_matches_a_byte_scan() {
        // The rule as first written, byte by byte.
        let special =
            |x: u8| !x.is_ascii() || (x.is_ascii_control() && x != b'\n') || x == b'<' || x == b'&';
        let naive = |b: &[u8]| b.iter().position(|&x| special(x)).unwrap_or(b.len());
        let alphabet: &[u8] = b"ab \n\r\t<&\x7f\x1f\x20\x3b\x3d\x25\x27\xc3\xa9\x80\xff\x7e";
        // Every special byte at every position of buffers up to 40 long.
        for len in 0..40 {
            for pos in 0..=len {
                for &sp in alphabet {
                    let mut buf = vec![b'x'; len];
                    if let Some(slot) = buf.get_mut(pos) {
                        *slot = sp;
                    }
                    assert_eq!(super::plain_run(&buf), naive(&buf), "{buf:?}");
                }
            }
        }
        // Pseudo-random mixes.
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..2000 {
            let len = (state % 50) as usize;
            let buf: Vec<u8> = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    if state.is_multiple_of(5) {
                        alphabet[(state as usize / 5) % alphabet.len()]
                    } else {
                        b'a' + (state % 26) as u8
                    }
                })
                .collect();
            assert_eq!(super::plain_run(&buf), naive(&buf), "{buf:?}");
        }
    }

    use super::*;

    #[test]
    fn mojibake_common() {
        let (t, n) = repair_mojibake("Itâ€™s â€œfineâ€ and cafÃ© costs Â£5").unwrap();
        assert_eq!(t, "It’s “fine” and café costs £5");
        assert_eq!(n, 5);
        assert!(repair_mojibake("plain ascii").is_none());
        assert!(repair_mojibake("Café déjà vu, Ñandú").is_none());
        // a real accented letter before symbols is not a three-byte lead
        assert!(repair_mojibake("council café\u{a0}€5, né—“yes”").is_none());
    }

    #[test]
    fn mojibake_twice() {
        let once = repair_mojibake("Itâ€™s").unwrap().0;
        // encode the mojibake again
        let bytes = once.as_bytes();
        let _ = bytes;
        let (t, _) = repair_mojibake("ItÃ¢â‚¬â„¢s").unwrap();
        assert_eq!(t, "It’s");
    }

    #[test]
    fn tags_entities_links() {
        let c = clean("<p>The <a href=\"https://x.example/a?b=1&amp;c=2\">Post</a> said &quot;no&quot;&nbsp;today.</p>");
        assert_eq!(c.text.trim(), "The Post said \"no\" today.");
        assert_eq!(c.links.len(), 1);
        let l = &c.links[0];
        assert_eq!(&c.text[l.start..l.end], "Post");
        assert_eq!(l.href.as_deref(), Some("https://x.example/a?b=1&c=2"));
    }

    #[test]
    fn not_tags() {
        let c = clean("if a < b and c > d then <unknown> stays");
        assert_eq!(c.text, "if a < b and c > d then <unknown> stays");
        let c = clean("AT&T and R&D &madeup; &#0; &#xZZ;");
        assert_eq!(c.text, "AT&T and R&D &madeup; &#0; &#xZZ;");
    }

    #[test]
    fn invisible_and_crlf() {
        let c = clean("\u{FEFF}a\u{00A0}b\u{200B}c\r\nd\re");
        assert_eq!(c.text, "a bc\nd\ne");
    }

    #[test]
    fn script_removed() {
        let c = clean("a<script>var x = '<p>';</script>b<style>p{}</style>c<!-- hi -->d");
        assert_eq!(c.text, "abcd");
    }

    #[test]
    fn unclosed_constructs_keep_text() {
        let c = clean("The page ran <script>alert(1) and more text here.");
        assert_eq!(c.text, "The page ran alert(1) and more text here.");
        let c = clean("a <!-- b <!-- c");
        assert_eq!(c.text, "a <!-- b <!-- c");
        let c = clean("<SCRIPT>x</Script>y");
        assert_eq!(c.text, "y");
    }

    #[test]
    fn pathological_inputs_do_not_hang() {
        let big = "<!-- <script> <!DOCTYPE x <a href=\"".repeat(20_000);
        // Linear work: this must not hang (the parse would be quadratic
        // if unclosed constructs were searched for again each time).
        let c = clean(&big);
        assert!(c.text.len() > big.len() / 2);
    }

    #[test]
    fn double_escaped() {
        let c = clean("it&amp;#8217;s &amp;quot;x&amp;quot; AT&amp;T");
        assert_eq!(c.text, "it’s \"x\" AT&T");
    }

    #[test]
    fn nested_underline_in_anchor() {
        let c = clean("see <a href='/x'><u>this</u></a> now");
        assert_eq!(c.links.len(), 1);
        assert_eq!(&c.text[c.links[0].start..c.links[0].end], "this");
        assert_eq!(c.links[0].href.as_deref(), Some("/x"));
    }
}
