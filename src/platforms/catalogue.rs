use crate::platforms::model::Platform;
use std::sync::Arc;

use crate::domain::{Choice, PlatformKind, PlatformSlug};

/// The catalogue shipped with Clickline (`src/data/platforms.tsv`).
pub fn shipped_catalogue() -> Vec<Platform> {
    include_str!("../data/platforms.tsv")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            Platform {
                slug: PlatformSlug::parse(fields[0]).expect("platforms.tsv: slug"),
                name: fields[1].to_owned(),
                kind: PlatformKind::parse(fields[2]).expect("platforms.tsv: kind"),
                website: fields[3].to_owned(),
            }
        })
        .collect()
}

/// The catalogue as this instance holds it (in `App`, loaded at launch):
/// what parsing and pages check platforms against.
#[derive(Debug, Clone, Default)]
pub struct Catalogue(Arc<Vec<Platform>>);

impl Catalogue {
    pub fn of(platforms: Vec<Platform>) -> Catalogue {
        Catalogue(Arc::new(platforms))
    }

    /// Every platform, by name.
    pub fn all(&self) -> &[Platform] {
        &self.0
    }

    pub fn get(&self, slug: &str) -> Option<&Platform> {
        self.0.iter().find(|p| p.slug.as_str() == slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogue_has_the_platforms_workers_name() {
        let slugs: Vec<String> = shipped_catalogue()
            .into_iter()
            .map(|p| p.slug.to_string())
            .collect();
        for slug in [
            "mturk",
            "clickworker",
            "appen",
            "prolific",
            "toloka",
            "microworkers",
            "foule-factory",
            "upwork",
            "fiverr",
            "taskrabbit",
            "uber",
            "deliveroo",
        ] {
            assert!(slugs.contains(&slug.to_owned()), "{slug} missing");
        }
    }
}
