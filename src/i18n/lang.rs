use rocket::request::{FromRequest, Outcome, Request};
use serde::Serialize;
use unic_langid::{langid, LanguageIdentifier};

/// A language Clickline is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Lang {
    En,
    Fr,
    De,
    Es,
    Ar,
    Tl,
    Hi,
    Bn,
    Ur,
    Id,
    PtBr,
    Sw,
    Uk,
}

/// The cookie that remembers a reader's choice (no account needed).
pub const COOKIE: &str = "lang";

static IDS: [LanguageIdentifier; 13] = [
    langid!("en"),
    langid!("fr"),
    langid!("de"),
    langid!("es"),
    langid!("ar"),
    langid!("tl"),
    langid!("hi"),
    langid!("bn"),
    langid!("ur"),
    langid!("id"),
    langid!("pt-BR"),
    langid!("sw"),
    langid!("uk"),
];

impl Lang {
    pub const ALL: [Lang; 13] = [
        Lang::En,
        Lang::Fr,
        Lang::De,
        Lang::Es,
        Lang::Ar,
        Lang::Tl,
        Lang::Hi,
        Lang::Bn,
        Lang::Ur,
        Lang::Id,
        Lang::PtBr,
        Lang::Sw,
        Lang::Uk,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Ar => "ar",
            Lang::Tl => "tl",
            Lang::Hi => "hi",
            Lang::Bn => "bn",
            Lang::Ur => "ur",
            Lang::Id => "id",
            Lang::PtBr => "pt-BR",
            Lang::Sw => "sw",
            Lang::Uk => "uk",
        }
    }

    pub(super) fn id(self) -> &'static LanguageIdentifier {
        &IDS[self as usize]
    }

    /// The language's name in itself, for the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
            Lang::Ar => "العربية",
            Lang::Tl => "Tagalog",
            Lang::Hi => "हिन्दी",
            Lang::Bn => "বাংলা",
            Lang::Ur => "اردو",
            Lang::Id => "Bahasa Indonesia",
            Lang::PtBr => "Português (Brasil)",
            Lang::Sw => "Kiswahili",
            Lang::Uk => "Українська",
        }
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar | Lang::Ur)
    }

    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language whose code is exactly `code` (`pt-BR`, not `pt`), as
    /// stored data and API fields write it.
    pub fn exact(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// A language code or tag (`fr`, `fr-CA`, `FIL`, `pt-PT`). Filipino is
    /// written in Tagalog here, every Portuguese in Brazil's, and `in` is
    /// the code Indonesian had before 1989 (old Android phones still send it).
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "fil" => Some(Lang::Tl),
            "pt" => Some(Lang::PtBr),
            "in" => Some(Lang::Id),
            code => Lang::exact(code),
        }
    }

    /// The best language of an `Accept-Language` header, by its q-values.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, Lang)> = None;
        for item in header.split(',') {
            let mut parts = item.split(';');
            let tag = parts.next().unwrap_or("");
            let q = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            if let Some(lang) = Lang::parse(tag) {
                if q > 0.0 && best.is_none_or(|(best_q, _)| q > best_q) {
                    best = Some((q, lang));
                }
            }
        }
        best.map(|(_, lang)| lang)
    }

    /// The language the reader asked for: the one they chose, else their
    /// browser's first that Clickline has; `None` when they asked for none.
    pub fn asked(request: &Request<'_>) -> Option<Lang> {
        let chosen = request
            .cookies()
            .get(COOKIE)
            .and_then(|c| Lang::parse(c.value()));
        chosen.or_else(|| {
            request
                .headers()
                .get_one("Accept-Language")
                .and_then(Lang::from_accept_language)
        })
    }

    /// The reader's language: the one they asked for, else English.
    pub fn of_request(request: &Request<'_>) -> Lang {
        Lang::asked(request).unwrap_or(Lang::En)
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Lang {
    type Error = std::convert::Infallible;

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        Outcome::Success(Lang::of_request(request))
    }
}

/// The language the reader asked for, if any Clickline has: a request
/// guard for pages whose content (not only their words) depends on it, such
/// as a strike call shown in its translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Asked(pub Option<Lang>);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Asked {
    type Error = std::convert::Infallible;

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        Outcome::Success(Asked(Lang::asked(request)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_highest_known_q() {
        assert_eq!(
            Lang::from_accept_language("ja, de-DE;q=0.7, fr;q=0.9"),
            Some(Lang::Fr)
        );
        assert_eq!(Lang::from_accept_language("fil-PH"), Some(Lang::Tl));
        assert_eq!(
            Lang::from_accept_language("es;q=0, ar;q=0.1"),
            Some(Lang::Ar)
        );
        assert_eq!(Lang::from_accept_language("ja, zh"), None);
        assert_eq!(Lang::from_accept_language("pt-PT"), Some(Lang::PtBr));
        assert_eq!(
            Lang::from_accept_language("in-ID, en;q=0.5"),
            Some(Lang::Id)
        );
        assert_eq!(Lang::from_accept_language("ur-PK"), Some(Lang::Ur));
        assert!(Lang::Ur.is_rtl() && !Lang::Hi.is_rtl());
        assert_eq!(Lang::from_accept_language(""), None);
    }
}
