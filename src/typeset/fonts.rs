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
