//! The column separator (*Column separator of CSV file*) and its detection.

use serde::{Deserialize, Serialize};

/// The column separators the engine reads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Separator {
    /// `,`
    #[default]
    Comma,
    /// `;`
    Semicolon,
    /// A tab character.
    Tab,
    /// `|`
    Pipe,
}

impl Separator {
    /// All separators, in the order detection prefers them on a tie.
    pub const ALL: [Separator; 4] = [
        Separator::Semicolon,
        Separator::Comma,
        Separator::Tab,
        Separator::Pipe,
    ];

    /// The separator's byte.
    pub fn byte(self) -> u8 {
        match self {
            Separator::Comma => b',',
            Separator::Semicolon => b';',
            Separator::Tab => b'\t',
            Separator::Pipe => b'|',
        }
    }
}

/// How many records detection looks at: enough to see through a title line or two.
const SAMPLE_RECORDS: usize = 30;
/// How many bytes detection reads at most.
const SAMPLE_BYTES: usize = 64 * 1024;

/// Guesses the separator of a file from its first records; `None` if no candidate splits
/// any record into more than one field (a one-column file, or no text).
///
/// Each candidate reads the sample as CSV (so separators inside quoted fields do not
/// count). The winner is the candidate for which the most records share the same field
/// count greater than one; ties go to more fields, then to the order of
/// [`Separator::ALL`]. Skipped lines before the header (*Skip first rows*) only lower a
/// candidate's share, they do not decide it.
pub fn detect_separator(text: &[u8]) -> Option<Separator> {
    let sample = &text[..text.len().min(SAMPLE_BYTES)];
    let mut best: Option<(usize, usize, Separator)> = None;
    for sep in Separator::ALL {
        let counts = field_counts(sample, sep.byte());
        let Some((mode, agreeing)) = mode_above_one(&counts) else {
            continue;
        };
        let better = match best {
            None => true,
            Some((a, m, _)) => (agreeing, mode) > (a, m),
        };
        if better {
            best = Some((agreeing, mode, sep));
        }
    }
    best.map(|(_, _, sep)| sep)
}

/// Field counts of the first records of `sample` read with `delimiter`.
fn field_counts(sample: &[u8], delimiter: u8) -> Vec<usize> {
    let mut reader = csv_core::ReaderBuilder::new().delimiter(delimiter).build();
    let mut out = [0u8; 4096];
    let mut ends = [0usize; 256];
    let mut counts = Vec::new();
    let mut input = sample;
    let mut fields = 0;
    while counts.len() < SAMPLE_RECORDS {
        let (res, nin, _, nend) = reader.read_record(input, &mut out, &mut ends);
        input = &input[nin..];
        fields += nend;
        match res {
            csv_core::ReadRecordResult::Record => {
                counts.push(fields);
                fields = 0;
            }
            csv_core::ReadRecordResult::End => break,
            // Input used up (the next call, with no input, ends the last record), or
            // the buffers are full (only the number of fields matters): go on.
            _ => {}
        }
    }
    counts
}

/// The most frequent field count above one and how many records have it.
fn mode_above_one(counts: &[usize]) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for &c in counts.iter().filter(|&&c| c > 1) {
        let n = counts.iter().filter(|&&d| d == c).count();
        if best.is_none_or(|(m, bn)| (n, c) > (bn, m)) {
            best = Some((c, n));
        }
    }
    best
}
