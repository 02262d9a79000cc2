use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{Span, Spanned};

/// The kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    /// A person.
    Person,
    /// An organization: companies, agencies, institutions, media.
    Org,
    /// A geopolitical entity: country, city, state.
    Gpe,
    /// A non-political location: region, sea, peninsula.
    Loc,
    /// A nationality, religious or political group (`North Korean`).
    Norp,
    /// A named event (`Group of 20 summit`).
    Event,
    /// A facility (buildings, airports, bridges).
    Fac,
}

/// A title or affiliation the article gives an entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    /// `spokesman`, `Russian President`, `professor`.
    pub title: String,
    /// `U.S. State Department`, `King's College London`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// `Seoul`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Where the role is stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// One real-world referent and every place the article names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// `e1`, `e2`, … in order of first mention.
    pub id: String,
    /// Canonical name: the fullest form in the document, or the known name.
    pub name: String,
    /// Its kind.
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// Other names used for it in this document (and known equivalents).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Titles and affiliations.
    #[serde(default)]
    pub roles: Vec<Role>,
    /// Set for a capital standing for its government (`Beijing said`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metonymy: Option<bool>,
    /// Every mention, in text order.
    pub mentions: Vec<Spanned>,
    /// Identifiers in open data sets: `iso3166`, `geonames`, ….
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ids: BTreeMap<String, String>,
}
