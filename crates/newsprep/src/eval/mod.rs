//! Accuracy on the shared evaluation sets: the code behind `newsprep eval`
//! and the CI floors of the tests crate (feature `eval`).
//!
//! - [`sentences`]: the sentence segmenter against the English Golden Rules
//!   and the UD English EWT and GUM sentence annotations.
//! - [`entities`]: person, place and outlet mentions of the lexicon's tagger
//!   against the NER evaluation sets.
//!
//! Each `run` takes the shared data directory and returns the figures as
//! one JSON object (what `newsprep eval --json` prints); each `table`
//! renders that object for a terminal. Both score with one [`Prf`].
//!
//! ```
//! use newsprep::eval::Prf;
//!
//! let mut s = Prf::default();
//! s.add(3, 4, 6); // 3 correct of 4 predicted, 6 in the gold data
//! assert_eq!(s.precision(), 0.75);
//! assert_eq!(s.recall(), 0.5);
//! assert!((s.f1() - 0.6).abs() < 1e-12);
//! ```

use std::fmt;
use std::path::Path;

pub mod entities;
pub mod sentences;

/// Counts of one scored set, and the precision, recall and F1 they give.
///
/// An empty prediction has precision 0, an empty gold set recall 0, and F1
/// is 0 when both are 0.
///
/// ```
/// let s = newsprep::eval::Prf { correct: 0, predicted: 0, gold: 5 };
/// assert_eq!((s.precision(), s.recall(), s.f1()), (0.0, 0.0, 0.0));
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prf {
    /// Predictions that match a gold item.
    pub correct: usize,
    /// Predictions made.
    pub predicted: usize,
    /// Gold items.
    pub gold: usize,
}

impl Prf {
    /// Adds the counts of one document.
    ///
    /// ```
    /// let mut s = newsprep::eval::Prf::default();
    /// s.add(1, 2, 2);
    /// s.add(1, 1, 2);
    /// assert_eq!(s, newsprep::eval::Prf { correct: 2, predicted: 3, gold: 4 });
    /// ```
    pub fn add(&mut self, correct: usize, predicted: usize, gold: usize) {
        self.correct += correct;
        self.predicted += predicted;
        self.gold += gold;
    }

    /// `correct / predicted`, or 0 when nothing was predicted.
    ///
    /// ```
    /// assert_eq!(newsprep::eval::Prf { correct: 1, predicted: 4, gold: 1 }.precision(), 0.25);
    /// ```
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }

    /// `correct / gold`, or 0 when the gold set is empty.
    ///
    /// ```
    /// assert_eq!(newsprep::eval::Prf { correct: 1, predicted: 1, gold: 4 }.recall(), 0.25);
    /// ```
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }

    /// The harmonic mean of precision and recall, or 0 when both are 0.
    ///
    /// ```
    /// assert_eq!(newsprep::eval::Prf { correct: 2, predicted: 2, gold: 2 }.f1(), 1.0);
    /// ```
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// A file of the evaluation data that is missing or malformed.
///
/// ```
/// let e = newsprep::eval::sentences::run(std::path::Path::new("/no/such/dir")).unwrap_err();
/// assert!(e.to_string().contains("golden_rules_en.json"));
/// ```
#[derive(Debug)]
pub struct EvalError {
    message: String,
}

impl EvalError {
    fn new(message: String) -> Self {
        EvalError { message }
    }
}

impl fmt::Display for EvalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for EvalError {}

/// The text of `path`, or an error naming it.
fn read(path: &Path) -> Result<String, EvalError> {
    std::fs::read_to_string(path)
        .map_err(|e| EvalError::new(format!("reading {}: {e}", path.display())))
}

/// One JSON value of `path` (at `line`, counted from 1, when given).
fn parse(src: &str, path: &Path, line: Option<usize>) -> Result<serde_json::Value, EvalError> {
    serde_json::from_str(src).map_err(|e| {
        let at = line.map(|n| format!(":{n}")).unwrap_or_default();
        EvalError::new(format!("{}{at}: not JSON: {e}", path.display()))
    })
}
