//! The checks on a house style's colour and logo: a colour dark enough to
//! read as text on white, a logo that exists, is not too large, and that
//! Typst can decode, so a broken logo is refused before anything is typeset.

use std::path::Path;

/// Largest logo accepted.
const MAX_LOGO_BYTES: u64 = 4 * 1024 * 1024;

/// Lowest contrast of the brand colour against white: headings, table
/// headers and the chart use it, so it must be readable as text (WCAG AA
/// for normal text).
const MIN_CONTRAST: f64 = 4.5;

/// `#rgb` or `#rrggbb`, dark enough to read on white; lower-cased.
pub(super) fn check_colour(given: &str) -> Result<String, (String, String)> {
    let hex = given.trim().trim_start_matches('#');
    let expanded: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_string(),
        _ => String::new(),
    };
    let channels: Option<Vec<u8>> = (!expanded.is_empty())
        .then(|| {
            (0..3)
                .map(|i| u8::from_str_radix(&expanded[2 * i..2 * i + 2], 16).ok())
                .collect()
        })
        .flatten();
    let Some(rgb) = channels else {
        return Err((
            format!("'{given}' is geen kleur"),
            "schrijf de kleur als #RRGGBB, bijvoorbeeld \"#2a6041\" (met aanhalingstekens)".into(),
        ));
    };
    let contrast = contrast_on_white(&rgb);
    if contrast < MIN_CONTRAST {
        return Err((
            format!(
                "de kleur {given} is te licht om als tekst op wit te lezen (contrast {:.1}:1, minstens {MIN_CONTRAST}:1 nodig)",
                contrast
            )
            .replace('.', ","),
            "kies een donkerdere tint van de huiskleur; koppen en tabelkoppen worden in deze kleur gezet".into(),
        ));
    }
    Ok(format!("#{}", expanded.to_ascii_lowercase()))
}

/// WCAG contrast ratio of a colour against white.
fn contrast_on_white(rgb: &[u8]) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    1.05 / (l + 0.05)
}

/// Which image is read, for messages: the logo or a coach's signature.
#[derive(Debug, Clone, Copy)]
pub(super) struct ImageKind {
    /// "logo", "handtekening".
    pub word: &'static str,
    /// "het logo", "de handtekening".
    pub the: &'static str,
}

pub(super) const LOGO: ImageKind = ImageKind {
    word: "logo",
    the: "het logo",
};

pub(super) const SIGNATURE: ImageKind = ImageKind {
    word: "handtekening",
    the: "de handtekening",
};

/// Reads an image (PNG or SVG) and checks that Typst can decode it; the
/// bytes and the extension, or a message and a hint.
pub(super) fn read_image(
    path: &Path,
    kind: ImageKind,
) -> Result<(Vec<u8>, &'static str), (String, String)> {
    let shown = path.display();
    let ImageKind { word, the } = kind;
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let ext = match ext.as_deref() {
        Some("png") => "png",
        Some("svg") => "svg",
        _ => {
            return Err((
                format!("{the} {shown} is geen PNG- of SVG-bestand"),
                format!("gebruik een {word} met de extensie .png of .svg"),
            ));
        }
    };
    let unreadable = |e: &std::io::Error| {
        format!(
            "{the} {shown} kan niet worden gelezen: {}",
            crate::output::io_reason(e)
        )
    };
    let meta = std::fs::metadata(path).map_err(|e| {
        (
            unreadable(&e),
            "controleer de bestandsnaam; het pad geldt vanaf de map van bureau.yaml".into(),
        )
    })?;
    if meta.len() > MAX_LOGO_BYTES {
        return Err((
            format!(
                "{the} {shown} is {} MB; een {word} mag hooguit {} MB zijn",
                meta.len() / (1024 * 1024),
                MAX_LOGO_BYTES / (1024 * 1024)
            ),
            format!("verklein {the}, of gebruik een SVG"),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| {
        (
            unreadable(&e),
            "controleer de rechten van het bestand".into(),
        )
    })?;
    let data = typst::foundations::Bytes::new(bytes.clone());
    let decoded = match ext {
        "png" => typst::visualize::RasterImage::plain(data, typst::visualize::ExchangeFormat::Png)
            .map(|_| ())
            .map_err(|_| ()),
        _ => typst::visualize::SvgImage::new(data)
            .map(|_| ())
            .map_err(|_| ()),
    };
    if decoded.is_err() {
        return Err((
            format!(
                "{the} {shown} is geen geldig {}-bestand en kan niet worden afgebeeld",
                ext.to_ascii_uppercase()
            ),
            format!(
                "sla {the} opnieuw op als PNG of SVG (bijvoorbeeld vanuit het ontwerpprogramma) en probeer het nog eens"
            ),
        ));
    }
    Ok((bytes, ext))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_normalised_and_must_be_dark_enough() {
        assert_eq!(check_colour("#1F4E79").unwrap(), "#1f4e79");
        assert_eq!(check_colour("#036").unwrap(), "#003366");
        assert!(check_colour("blauw").is_err());
        assert!(check_colour("#12345").is_err());
        // Yellow on white is unreadable.
        let (message, _) = check_colour("#ffd700").unwrap_err();
        assert!(message.contains("te licht"), "{message}");
        // Black has the highest contrast there is.
        assert!((contrast_on_white(&[0, 0, 0]) - 21.0).abs() < 0.01);
    }
}
