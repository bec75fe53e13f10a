//! The home page: the newest documents and the most frequent companies,
//! roles and skills.

/// How many documents and tags the home page lists.
pub const HOME_RECENT: usize = 12;
pub const HOME_TOP: usize = 12;
