//! What the header says, and how far down it is read.

use std::ops::Range;

/// What the header says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Header {
    /// The title as posted (a line or a cell).
    pub title: Option<Range<usize>>,
    /// The employer's name as written.
    pub company: Option<Range<usize>>,
    /// A message sender's own line ("Senior Technical Recruiter at Robert
    /// Half"): its title is the sender's, not the job's.
    pub sender: Option<Range<usize>>,
}

/// At most this many lines are read as the header.
pub(super) const MAX_LINES: usize = 14;
