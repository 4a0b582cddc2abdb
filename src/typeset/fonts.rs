//! The fonts every document is set in, embedded in the binary.

use typst::foundations::Bytes;
use typst::text::Font;

const FILES: &[&[u8]] = &[
    include_bytes!("../../fonts/Carlito-Regular.ttf"),
    include_bytes!("../../fonts/Carlito-Bold.ttf"),
    include_bytes!("../../fonts/Carlito-Italic.ttf"),
    include_bytes!("../../fonts/Carlito-BoldItalic.ttf"),
    include_bytes!("../../fonts/DejaVuSans.ttf"),
    include_bytes!("../../fonts/DejaVuSans-Bold.ttf"),
];

/// All faces of the embedded fonts, parsed.
pub fn embedded() -> Vec<Font> {
    FILES
        .iter()
        .flat_map(|bytes| Font::iter(Bytes::new(*bytes)))
        .collect()
}

/// A fingerprint of the fonts, for up-to-date checks (computed once).
pub fn fingerprint() -> u64 {
    static FINGERPRINT: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *FINGERPRINT.get_or_init(|| {
        let mut h = crate::output::Fnv::new();
        for bytes in FILES {
            h.write(bytes);
        }
        h.finish()
    })
}
