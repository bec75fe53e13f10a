//! Outputs a preview makes when first asked for: a site and config →
//! [`LazyOutputs`], which make the search index's files and the compare
//! page's data. Each is made of every document and changes with most
//! edits, and few edits are followed by a search or a comparison (see
//! [`Page::deferred`](super::Page::deferred)).

use std::sync::Arc;

use crate::config::Config;
use crate::link::Site;

use super::compare;
use super::search::LazyIndex;
use super::shared::Shared;

/// The deferred outputs of one site; clones share what is made.
#[derive(Clone)]
pub struct LazyOutputs {
    site: Arc<Site>,
    config: Arc<Config>,
    index: LazyIndex,
}

impl LazyOutputs {
    /// The deferred outputs of `site`, none made yet.
    pub fn new(site: Arc<Site>, config: Config) -> LazyOutputs {
        LazyOutputs {
            index: LazyIndex::new(site.clone()),
            site,
            config: Arc::new(config),
        }
    }

    /// The bytes of output `file`, made now; empty for a file that is not
    /// deferred.
    pub fn file(&self, file: &str) -> Vec<u8> {
        if file == compare::DATA_FILE {
            let shared = Shared::new(&self.site, &self.config);
            return compare::data_page(&shared).bytes.to_vec();
        }
        self.index.file(file)
    }
}
