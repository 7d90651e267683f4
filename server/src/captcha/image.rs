//! The captcha picture: characters drawn from a dot-matrix font as rectangles, so the SVG
//! source holds no text to read the answer from.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// Characters that cannot be confused with each other (no 0/O, 1/I/L, 5/S, 2/Z, 8/B).
pub const ALPHABET: &[u8] = b"ACDEFGHJKMNPQRTUVWXY34679";

/// 5×7 glyphs, one row per string, `#` for a dot.
fn glyph(c: u8) -> Option<[&'static str; 7]> {
    Some(match c {
        b'A' => [
            ".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#",
        ],
        b'C' => [
            ".###.", "#...#", "#....", "#....", "#....", "#...#", ".###.",
        ],
        b'D' => [
            "####.", "#...#", "#...#", "#...#", "#...#", "#...#", "####.",
        ],
        b'E' => [
            "#####", "#....", "#....", "####.", "#....", "#....", "#####",
        ],
        b'F' => [
            "#####", "#....", "#....", "####.", "#....", "#....", "#....",
        ],
        b'G' => [
            ".###.", "#...#", "#....", "#.###", "#...#", "#...#", ".####",
        ],
        b'H' => [
            "#...#", "#...#", "#...#", "#####", "#...#", "#...#", "#...#",
        ],
        b'J' => [
            "..###", "...#.", "...#.", "...#.", "...#.", "#..#.", ".##..",
        ],
        b'K' => [
            "#...#", "#..#.", "#.#..", "##...", "#.#..", "#..#.", "#...#",
        ],
        b'M' => [
            "#...#", "##.##", "#.#.#", "#.#.#", "#...#", "#...#", "#...#",
        ],
        b'N' => [
            "#...#", "##..#", "#.#.#", "#..##", "#...#", "#...#", "#...#",
        ],
        b'P' => [
            "####.", "#...#", "#...#", "####.", "#....", "#....", "#....",
        ],
        b'Q' => [
            ".###.", "#...#", "#...#", "#...#", "#.#.#", "#..#.", ".##.#",
        ],
        b'R' => [
            "####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#",
        ],
        b'T' => [
            "#####", "..#..", "..#..", "..#..", "..#..", "..#..", "..#..",
        ],
        b'U' => [
            "#...#", "#...#", "#...#", "#...#", "#...#", "#...#", ".###.",
        ],
        b'V' => [
            "#...#", "#...#", "#...#", "#...#", "#...#", ".#.#.", "..#..",
        ],
        b'W' => [
            "#...#", "#...#", "#...#", "#.#.#", "#.#.#", "##.##", "#...#",
        ],
        b'X' => [
            "#...#", "#...#", ".#.#.", "..#..", ".#.#.", "#...#", "#...#",
        ],
        b'Y' => [
            "#...#", "#...#", ".#.#.", "..#..", "..#..", "..#..", "..#..",
        ],
        b'3' => [
            "####.", "....#", "....#", ".###.", "....#", "....#", "####.",
        ],
        b'4' => [
            "...#.", "..##.", ".#.#.", "#..#.", "#####", "...#.", "...#.",
        ],
        b'6' => [
            ".###.", "#....", "#....", "####.", "#...#", "#...#", ".###.",
        ],
        b'7' => [
            "#####", "....#", "...#.", "..#..", ".#...", ".#...", ".#...",
        ],
        b'9' => [
            ".###.", "#...#", "#...#", ".####", "....#", "....#", ".###.",
        ],
        _ => return None,
    })
}

/// A fresh random code of `len` characters from `ALPHABET`.
pub fn random_code(len: usize) -> String {
    let mut rng = rand::rngs::OsRng;
    (0..len)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect()
}

/// An SVG picture of `code`, slightly skewed and noisy; the same for the same seed.
pub fn render_svg(code: &str, seed: u64) -> String {
    const DOT: f32 = 4.6;
    let mut rng = StdRng::seed_from_u64(seed);
    let glyphs: Vec<_> = code
        .bytes()
        .take(12)
        .filter_map(|c| glyph(c.to_ascii_uppercase()))
        .collect();
    let width = 20.0 + glyphs.len() as f32 * 34.0;
    let mut svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0}" height="70" viewBox="0 0 {width:.0} 70"><rect width="100%" height="100%" fill="#f3f5f9"/>"##
    );
    for _ in 0..4 {
        let (y1, y2, cy) = (
            rng.gen_range(10.0..60.0f32),
            rng.gen_range(10.0..60.0f32),
            rng.gen_range(0.0..70.0f32),
        );
        svg.push_str(&format!(
            r##"<path d="M0 {y1:.1} Q{:.1} {cy:.1} {width:.0} {y2:.1}" stroke="#8a9bb5" stroke-width="1.4" fill="none"/>"##,
            width / 2.0
        ));
    }
    for (i, rows) in glyphs.iter().enumerate() {
        let x = 14.0 + i as f32 * 34.0 + rng.gen_range(-2.0..2.0f32);
        let y = 16.0 + rng.gen_range(-5.0..5.0f32);
        let angle = rng.gen_range(-12.0..12.0f32);
        let mut path = String::new();
        for (r, row) in rows.iter().enumerate() {
            for (c, dot) in row.bytes().enumerate() {
                if dot == b'#' {
                    path.push_str(&format!(
                        "M{:.1} {:.1}h{DOT}v{DOT}h-{DOT}z",
                        c as f32 * DOT,
                        r as f32 * DOT
                    ));
                }
            }
        }
        svg.push_str(&format!(
            r##"<path transform="translate({x:.1} {y:.1}) rotate({angle:.1} 11 16)" d="{path}" fill="#1b2a4a"/>"##
        ));
    }
    for _ in 0..25 {
        svg.push_str(&format!(
            r##"<circle cx="{:.1}" cy="{:.1}" r="1.1" fill="#6b7c99"/>"##,
            rng.gen_range(0.0..width),
            rng.gen_range(0.0..70.0f32)
        ));
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_of_the_alphabet_has_a_glyph() {
        for &c in ALPHABET {
            assert!(glyph(c).is_some(), "{}", c as char);
        }
    }

    #[test]
    fn codes_use_the_alphabet_only() {
        let code = random_code(6);
        assert_eq!(code.len(), 6);
        assert!(code.bytes().all(|b| ALPHABET.contains(&b)));
    }

    #[test]
    fn the_picture_is_deterministic_small_and_holds_no_text() {
        let svg = render_svg("ACD34", 7);
        assert_eq!(svg, render_svg("ACD34", 7));
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(!svg.contains("<text") && !svg.contains("ACD34"));
        assert!(svg.len() < 12_000, "{}", svg.len());
        for odd in ["", "acd", "ü€", &"X".repeat(10_000)] {
            render_svg(odd, 1);
        }
    }
}
