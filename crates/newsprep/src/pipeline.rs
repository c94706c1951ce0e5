//! The pipeline that composes the job crates.

use std::borrow::Cow;

use crate::{article, lexicon, segment, url};

/// A sentence of an article, with byte offsets into its paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct SentenceOut {
    /// Index into [`ArticleOutput::paragraphs`].
    pub paragraph: usize,
    /// Byte offset of the first byte in the paragraph.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The sentence text.
    pub text: String,
}

/// An inline link of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct LinkOut {
    /// Anchor text.
    pub text: String,
    /// Target, when known.
    pub href: Option<String>,
    /// Index into [`ArticleOutput::paragraphs`].
    pub paragraph: usize,
}

/// One mention of an entity.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct EntityMentionOut {
    /// Index into [`ArticleOutput::paragraphs`]; `None` for the headline, and
    /// always `None` when tagging a plain text.
    pub paragraph: Option<usize>,
    /// Byte offset into the headline, paragraph or text.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// The mention as written.
    pub text: String,
    /// The rule that found it.
    pub rule: String,
}

/// An entity with its mentions.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct EntityOut {
    /// "person", "place", "outlet", or a user lexicon's kind.
    pub kind: String,
    /// Canonical name.
    pub name: String,
    /// Canonical id.
    pub id: String,
    /// Mentions in document order.
    pub mentions: Vec<EntityMentionOut>,
}

/// A URL found in a text.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct UrlOut {
    /// Byte offset of the raw URL in the text.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
    /// The URL as written.
    pub raw: String,
    /// The repaired, normalized URL.
    pub url: String,
    /// The repairs made, by name.
    pub fixes: Vec<Cow<'static, str>>,
    /// Confidence in the repair, 0 to 1.
    pub confidence: f32,
}

/// Everything the pipeline extracts from one scraped article.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ArticleOutput {
    /// Headline without the outlet suffix.
    pub headline: Option<String>,
    /// Outlet credited in a headline suffix, as written.
    pub attribution: Option<String>,
    /// Publication date, "YYYY-MM-DD".
    pub published: Option<String>,
    /// Publication time and zone as written, when given.
    pub published_time: Option<String>,
    /// Authors from the byline.
    pub authors: Vec<String>,
    /// Photo or image credit line.
    pub credit: Option<String>,
    /// The repaired source URL, tracking parameters removed.
    pub url: Option<String>,
    /// The repairs made to the source URL, by name.
    pub url_fixes: Vec<Cow<'static, str>>,
    /// The host of the source URL, as a hint of the publisher.
    pub publisher: Option<String>,
    /// Clean body paragraphs.
    pub paragraphs: Vec<String>,
    /// Titles of related-article lines.
    pub related: Vec<String>,
    /// Inline links.
    pub links: Vec<LinkOut>,
    /// Sentences of every paragraph, in order.
    pub sentences: Vec<SentenceOut>,
    /// Entities of the headline and paragraphs.
    pub entities: Vec<EntityOut>,
    /// What the layout parser guessed.
    pub notes: Vec<String>,
    /// The wire dateline that opens the first paragraph ("WASHINGTON (AP) —");
    /// the paragraph keeps it.
    pub dateline: Option<article::Dateline>,
    /// The authors' affiliation from the byline ("For Mailonline").
    pub affiliation: Option<String>,
}

/// Builds a [`Pipeline`].
#[derive(Debug, Clone, Default)]
pub struct PipelineBuilder {
    sentence_options: segment::SentenceOptions,
    lexicon: Option<lexicon::Lexicon>,
}

impl PipelineBuilder {
    /// Options for the sentence segmenter.
    pub fn sentence_options(&mut self, o: segment::SentenceOptions) -> &mut Self {
        self.sentence_options = o;
        self
    }
    /// Use this lexicon instead of the embedded one.
    pub fn lexicon(&mut self, l: lexicon::Lexicon) -> &mut Self {
        self.lexicon = Some(l);
        self
    }
    /// The pipeline.
    ///
    /// Without [`lexicon`](Self::lexicon), the embedded lexicon is loaded on
    /// the first call that tags entities ([`Pipeline::article`],
    /// [`Pipeline::entities`], [`Pipeline::lexicon`]), once per process: a
    /// pipeline used only for sentences, tokens or URLs never loads it.
    pub fn build(&self) -> Pipeline {
        let check_lexicon = self.lexicon.clone();
        let check = article::NameCheck(std::sync::Arc::new(move |name: &str| {
            let lex = check_lexicon
                .as_ref()
                .unwrap_or_else(|| lexicon::Lexicon::builtin());
            name_kind(lex, name)
        }));
        let parse_options = article::ParseOptions::new()
            .with_paragraph_joiner(segment::should_join)
            .with_name_check(check);
        Pipeline {
            segmenter: segment::SentenceSegmenter::new(self.sentence_options.clone()),
            lexicon: self.lexicon.clone(),
            parse_options,
        }
    }
}

/// The composed pipeline. Build once and share: it is `Send + Sync` and
/// cheap to clone.
#[derive(Debug, Clone)]
pub struct Pipeline {
    segmenter: segment::SentenceSegmenter,
    /// A user's lexicon; `None` is the embedded one, loaded on first use.
    lexicon: Option<lexicon::Lexicon>,
    /// The joiner of the segmenter and a name check by the lexicon.
    parse_options: article::ParseOptions,
}

/// What the lexicon knows `name` to be: the kind of an entity whose one
/// mention covers the whole name.
fn name_kind(lex: &lexicon::Lexicon, name: &str) -> Option<article::NameKind> {
    let name = name.trim();
    let e = lex.tag(name).into_iter().find(|e| {
        e.mentions
            .iter()
            .any(|m| m.start == 0 && m.end == name.len())
    })?;
    match e.kind {
        lexicon::EntityKind::Outlet => Some(article::NameKind::Outlet),
        lexicon::EntityKind::Person => Some(article::NameKind::Person),
        lexicon::EntityKind::Place => Some(article::NameKind::Place),
        _ => None,
    }
}

impl Default for Pipeline {
    fn default() -> Self {
        Self::new()
    }
}

fn entity_out(e: lexicon::Entity, paragraph_of: impl Fn(usize) -> Option<usize>) -> EntityOut {
    EntityOut {
        kind: e.kind.as_str().to_string(),
        name: e.name,
        id: e.id,
        mentions: e
            .mentions
            .into_iter()
            .map(|m| EntityMentionOut {
                paragraph: paragraph_of(m.segment),
                start: m.start,
                end: m.end,
                text: m.text,
                rule: m.rule.as_str().to_string(),
            })
            .collect(),
    }
}

impl Pipeline {
    /// The default pipeline with the embedded lexicon.
    pub fn new() -> Self {
        PipelineBuilder::default().build()
    }

    /// A builder for a customised pipeline.
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// The sentence segmenter in use.
    pub fn segmenter(&self) -> &segment::SentenceSegmenter {
        &self.segmenter
    }

    /// The lexicon in use (the embedded one is loaded by the first call).
    pub fn lexicon(&self) -> &lexicon::Lexicon {
        self.lexicon
            .as_ref()
            .unwrap_or_else(|| lexicon::Lexicon::builtin())
    }

    /// Parse one scraped article and annotate it.
    pub fn article(&self, text: &str) -> ArticleOutput {
        let a = article::parse_with(text, &self.parse_options);
        let mut out = ArticleOutput::default();
        if let Some(raw) = a.url_raw.as_deref() {
            let hint = a.headline.as_deref().unwrap_or("");
            match url::repair_with_hint(raw, hint) {
                Ok(r) => {
                    out.publisher = host_of(&r.url);
                    out.url = Some(r.url);
                    out.url_fixes = r.fixes.iter().map(|f| Cow::Borrowed(f.as_str())).collect();
                }
                Err(e) => out.notes.push(format!("source url not repaired: {e}")),
            }
        }
        for (i, p) in a.paragraphs.iter().enumerate() {
            for s in self.segmenter.sentences(p) {
                out.sentences.push(SentenceOut {
                    paragraph: i,
                    start: s.start,
                    end: s.end,
                    text: s.text.to_string(),
                });
            }
        }
        let mut segments: Vec<&str> = Vec::with_capacity(a.paragraphs.len() + 1);
        segments.push(a.headline.as_deref().unwrap_or(""));
        segments.extend(a.paragraphs.iter().map(String::as_str));
        out.entities = self
            .lexicon()
            .tag_document(&segments)
            .into_iter()
            .map(|e| entity_out(e, |seg| seg.checked_sub(1)))
            .collect();
        out.links = a
            .links
            .into_iter()
            .map(|l| LinkOut {
                text: l.text,
                href: l.href,
                paragraph: l.paragraph,
            })
            .collect();
        out.headline = a.headline;
        out.attribution = a.attribution;
        out.published = a.published;
        out.published_time = a.published_time;
        out.authors = a.authors;
        out.credit = a.credit;
        out.paragraphs = a.paragraphs;
        out.related = a.related;
        out.dateline = a.dateline;
        out.affiliation = a.affiliation;
        out.notes.extend(a.notes);
        out
    }

    /// The sentences of a plain text, with byte offsets into it.
    pub fn sentences<'t>(&self, text: &'t str) -> Vec<segment::Span<'t>> {
        self.segmenter.sentences(text).collect()
    }

    /// Every URL in a plain text, repaired.
    pub fn urls(&self, text: &str) -> Vec<UrlOut> {
        url::extract(text)
            .into_iter()
            .map(|m| UrlOut {
                start: m.start,
                end: m.end,
                raw: m.raw.to_string(),
                url: m.url,
                fixes: m.fixes.iter().map(|f| Cow::Borrowed(f.as_str())).collect(),
                confidence: m.confidence,
            })
            .collect()
    }

    /// The entities of a plain text, with byte offsets into it.
    pub fn entities(&self, text: &str) -> Vec<EntityOut> {
        self.lexicon()
            .tag(text)
            .into_iter()
            .map(|e| entity_out(e, |_| None))
            .collect()
    }
}

fn host_of(u: &str) -> Option<String> {
    let rest = u.split_once("://")?.1;
    let host = rest.split(['/', '?', '#', ':']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_string())
}
