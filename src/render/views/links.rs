//! Links as every listing shows them: to a tag, with or without its
//! count, and to a document. Each hashes as a key made once per build;
//! links to tags and documents also carry their template value, made once
//! per build, which every page that lists them shares instead of
//! serializing them again.

use std::hash::{Hash, Hasher};

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use crate::hash::Key;

/// A link to a tag, with its number of documents.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct TagLink<'a> {
    pub name: &'a str,
    pub url: &'a str,
    pub count: usize,
    /// `count` as a share of the largest count in its list, 0–100 (for bars).
    pub percent: usize,
    /// Hash of `name` and `url`, made once per build.
    #[serde(skip)]
    pub key: Key,
}

impl Hash for TagLink<'_> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        (self.key, self.count, self.percent).hash(h);
    }
}

/// A link to a tag, without counts (a document's chips).
#[derive(Clone, Copy, Debug)]
pub struct TagRef<'a> {
    pub name: &'a str,
    pub url: &'a str,
    /// Hash of `name` and `url`, made once per build.
    pub key: Key,
    /// The link as a template value (`name` and `url`), made once per
    /// build; `None` serializes the fields.
    pub value: Option<&'a tera::Value>,
}

impl Serialize for TagRef<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if let Some(value) = self.value {
            // Tera takes a `Value` as it is, without serializing it again.
            return value.serialize(s);
        }
        let mut st = s.serialize_struct("TagRef", 2)?;
        st.serialize_field("name", self.name)?;
        st.serialize_field("url", self.url)?;
        st.end()
    }
}

impl Hash for TagRef<'_> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        h.write_u128(self.key);
    }
}

/// A link to a document, as listed on other pages.
#[derive(Clone, Copy, Debug)]
pub struct DocLink<'a> {
    pub title: &'a str,
    /// What tells the document apart from another of the same title
    /// (`analysis`, or its source path), or empty.
    pub qualifier: &'a str,
    pub url: &'a str,
    /// `2024-05-21`, or empty.
    pub date: &'a str,
    /// `21 May 2024`, or empty.
    pub date_human: &'a str,
    pub summary: &'a str,
    /// First company and role, or empty.
    pub company: &'a str,
    pub role: &'a str,
    /// Hash of all the fields above, made once per build: a listing of
    /// fifty documents hashes fifty keys, not fifty titles and summaries.
    pub key: Key,
    /// The link as template values, made once per build; `None`
    /// serializes the fields.
    pub values: Option<&'a LinkValues>,
}

impl Hash for DocLink<'_> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        h.write_u128(self.key);
    }
}

impl Serialize for DocLink<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let shared = self.values;
        let mut st = s.serialize_struct("DocLink", 8)?;
        // Tera takes a `Value` as it is, without copying its string again.
        let mut field = |key, made: Option<&tera::Value>, text: &str| match made {
            Some(value) => st.serialize_field(key, value),
            None => st.serialize_field(key, text),
        };
        field("title", shared.map(|v| &v.title), self.title)?;
        field("qualifier", None, self.qualifier)?;
        field("url", shared.map(|v| &v.url), self.url)?;
        field("date", None, self.date)?;
        field("date_human", None, self.date_human)?;
        field("summary", shared.map(|v| &v.summary), self.summary)?;
        field("company", shared.map(|v| &v.company), self.company)?;
        field("role", shared.map(|v| &v.role), self.role)?;
        st.end()
    }
}

/// The longer strings of a document's link as template values, made once
/// per build and shared by every list of it (the short ones are stored in
/// place, without an allocation, when serialized).
#[derive(Clone, Debug)]
pub struct LinkValues {
    pub title: tera::Value,
    pub url: tera::Value,
    pub summary: tera::Value,
    pub company: tera::Value,
    pub role: tera::Value,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link<'a>(qualifier: &'a str, values: Option<&'a LinkValues>) -> DocLink<'a> {
        DocLink {
            title: "Backend Software Engineer at a company with a long name",
            qualifier,
            url: "/research/jobs/acme-backend-software-engineer/",
            date: "2024-05-21",
            date_human: "21 May 2024",
            summary: "Builds the services that take payments, in Go, on Kubernetes.",
            company: "Acme",
            role: "Backend Software Engineer",
            key: 7,
            values,
        }
    }

    #[test]
    fn links_with_values_made_once_are_what_templates_got_from_their_fields() {
        let made = link("", None);
        let values = LinkValues {
            title: made.title.into(),
            url: made.url.into(),
            summary: made.summary.into(),
            company: made.company.into(),
            role: made.role.into(),
        };
        for qualifier in ["", "analysis"] {
            assert_eq!(
                tera::Value::from_serializable(&link(qualifier, Some(&values))),
                tera::Value::from_serializable(&link(qualifier, None)),
                "qualifier: {qualifier:?}"
            );
        }
        let tag = |value| TagRef {
            name: "C++",
            url: "/skills/c-plus-plus/",
            key: 3,
            value,
        };
        let value = tera::Value::from_serializable(&tag(None));
        assert_eq!(tera::Value::from_serializable(&tag(Some(&value))), value);
        assert_eq!(
            value.get_from_path("name").and_then(|v| v.as_str()),
            Some("C++")
        );
    }
}
