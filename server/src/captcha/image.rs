//! The captcha picture. Each character is drawn from a 5×7 dot-matrix font defined below,
//! and every dot is written out as an already rotated and shifted quadrilateral: the SVG
//! source holds no text, no glyph names and no repeated per-character path that a script
//! could look up, while a person sees ordinary, slightly tilted block letters.

use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use std::f32::consts::PI;
use std::fmt::Write;

/// Characters that cannot be confused with each other (no 0/O, 1/I/L, 5/S, 2/Z, 8/B).
///
/// Q is left out as well: with no O to tell it apart from, people read it as O.
pub const ALPHABET: &[u8] = b"ACDEFGHJKMNPRTUVWXY34679";

/// 5×7 glyphs, top row first; in each row bit 4 is the leftmost dot.
// One line per glyph keeps the table scannable; rustfmt would spread it over 140 lines.
#[rustfmt::skip]
const GLYPHS: &[(u8, [u8; 7])] = &[
    (b'A', [0b01110, 0b10001, 0b10001, 0b11111, 0b10001, 0b10001, 0b10001]),
    (b'C', [0b01110, 0b10001, 0b10000, 0b10000, 0b10000, 0b10001, 0b01110]),
    (b'D', [0b11110, 0b10001, 0b10001, 0b10001, 0b10001, 0b10001, 0b11110]),
    (b'E', [0b11111, 0b10000, 0b10000, 0b11110, 0b10000, 0b10000, 0b11111]),
    (b'F', [0b11111, 0b10000, 0b10000, 0b11110, 0b10000, 0b10000, 0b10000]),
    (b'G', [0b01110, 0b10001, 0b10000, 0b10111, 0b10001, 0b10001, 0b01111]),
    (b'H', [0b10001, 0b10001, 0b10001, 0b11111, 0b10001, 0b10001, 0b10001]),
    (b'J', [0b00111, 0b00010, 0b00010, 0b00010, 0b00010, 0b10010, 0b01100]),
    (b'K', [0b10001, 0b10010, 0b10100, 0b11000, 0b10100, 0b10010, 0b10001]),
    (b'M', [0b10001, 0b11011, 0b10101, 0b10101, 0b10001, 0b10001, 0b10001]),
    (b'N', [0b10001, 0b11001, 0b10101, 0b10011, 0b10001, 0b10001, 0b10001]),
    (b'P', [0b11110, 0b10001, 0b10001, 0b11110, 0b10000, 0b10000, 0b10000]),
    (b'R', [0b11110, 0b10001, 0b10001, 0b11110, 0b10100, 0b10010, 0b10001]),
    (b'T', [0b11111, 0b00100, 0b00100, 0b00100, 0b00100, 0b00100, 0b00100]),
    (b'U', [0b10001, 0b10001, 0b10001, 0b10001, 0b10001, 0b10001, 0b01110]),
    // Narrowing from the middle down, so that V never passes for U.
    (b'V', [0b10001, 0b10001, 0b10001, 0b01010, 0b01010, 0b01010, 0b00100]),
    (b'W', [0b10001, 0b10001, 0b10001, 0b10101, 0b10101, 0b10101, 0b01010]),
    (b'X', [0b10001, 0b10001, 0b01010, 0b00100, 0b01010, 0b10001, 0b10001]),
    (b'Y', [0b10001, 0b10001, 0b01010, 0b00100, 0b00100, 0b00100, 0b00100]),
    (b'3', [0b11111, 0b00010, 0b00100, 0b00010, 0b00001, 0b10001, 0b01110]),
    (b'4', [0b00010, 0b00110, 0b01010, 0b10010, 0b11111, 0b00010, 0b00010]),
    (b'6', [0b00110, 0b01000, 0b10000, 0b11110, 0b10001, 0b10001, 0b01110]),
    (b'7', [0b11111, 0b00001, 0b00010, 0b00100, 0b01000, 0b01000, 0b01000]),
    (b'9', [0b01110, 0b10001, 0b10001, 0b01111, 0b00001, 0b00010, 0b01100]),
];

/// More characters would no longer fit a form field's picture at a readable size.
const MAX_GLYPHS: usize = 12;
/// Distance between dot centres: 7 rows of 4.4 px make characters about 31 px tall.
const DOT: f32 = 4.4;
/// Dots overlap a little so that neighbouring dots merge into solid strokes once rotated.
const DOT_SIZE: f32 = DOT + 0.5;
/// Horizontal room per character: the 22 px glyph plus a gap that survives the tilt.
const PITCH: f32 = 30.0;
const HEIGHT: f32 = 70.0;
const MIN_WIDTH: f32 = 200.0;
const BACKGROUND: &str = "#f4f6fa";
/// Dark enough for well over 7:1 contrast on the background, different enough to look
/// less regular.
const INKS: &[&str] = &["#14213d", "#1d3557", "#3a0f2e", "#0b3d2e"];
/// Lighter than the ink so that the noise never reads as part of a character.
const NOISE: &[&str] = &["#9aa8bf", "#a9b4c6", "#b3a6b8"];

fn glyph(c: u8) -> Option<&'static [u8; 7]> {
    GLYPHS
        .iter()
        .find(|(key, _)| *key == c)
        .map(|(_, rows)| rows)
}

/// A fresh random code of `len` characters from [`ALPHABET`].
pub fn random_code(len: usize) -> String {
    // The code guards sign-ups, so it comes from the operating system, not from a
    // user-space generator whose state could leak.
    let mut rng = rand::rngs::OsRng;
    (0..len)
        .map(|_| char::from(*ALPHABET.choose(&mut rng).expect("ALPHABET is not empty")))
        .collect()
}

/// An SVG 1.1 image of `code`, about 200×70, with each character slightly tilted and
/// shifted and a little noise around it; the same `(code, seed)` always gives the same
/// bytes.
///
/// Lowercase letters are drawn as their uppercase; characters without a glyph are skipped,
/// and at most 12 characters are drawn (the picture widens past 6).
pub fn render_svg(code: &str, seed: u64) -> String {
    let mut rng = StdRng::seed_from_u64(seed);
    let glyphs: Vec<&[u8; 7]> = code
        .chars()
        .filter_map(|c| u8::try_from(c).ok())
        .filter_map(|c| glyph(c.to_ascii_uppercase()))
        .take(MAX_GLYPHS)
        .collect();
    let width = (glyphs.len() as f32 * PITCH + 20.0).max(MIN_WIDTH).round();

    let mut svg = String::with_capacity(6 * 1024);
    // `write!` into a String cannot fail, hence the ignored results throughout.
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{width}" height="{HEIGHT}" viewBox="0 0 {width} {HEIGHT}"><rect width="{width}" height="{HEIGHT}" fill="{BACKGROUND}"/>"#
    );

    // Curves go under the characters so they cross them without hiding a stroke.
    for _ in 0..4 {
        let y0 = rng.gen_range(8.0..HEIGHT - 8.0);
        let y3 = rng.gen_range(8.0..HEIGHT - 8.0);
        let (x1, y1) = (
            rng.gen_range(0.2..0.45) * width,
            rng.gen_range(-10.0..HEIGHT + 10.0),
        );
        let (x2, y2) = (
            rng.gen_range(0.55..0.8) * width,
            rng.gen_range(-10.0..HEIGHT + 10.0),
        );
        let colour = NOISE.choose(&mut rng).copied().unwrap_or(NOISE[0]);
        let stroke = rng.gen_range(0.8..1.4);
        let _ = write!(
            svg,
            r#"<path d="M0 {y0:.1}C{x1:.1} {y1:.1} {x2:.1} {y2:.1} {width} {y3:.1}" fill="none" stroke="{colour}" stroke-width="{stroke:.1}"/>"#
        );
    }

    let glyph_width = 5.0 * DOT;
    let glyph_height = 7.0 * DOT;
    let left = (width - glyphs.len() as f32 * PITCH) / 2.0 + (PITCH - glyph_width) / 2.0;
    for (i, rows) in glyphs.iter().enumerate() {
        // Centre of the glyph, which it is rotated and scaled about.
        let cx = left + i as f32 * PITCH + glyph_width / 2.0 + rng.gen_range(-1.5..1.5);
        let cy = HEIGHT / 2.0 + rng.gen_range(-4.0..4.0);
        let angle = rng.gen_range(-10.0f32..10.0) * PI / 180.0;
        let scale = rng.gen_range(0.94..1.06);
        let (sin, cos) = angle.sin_cos();
        let (ux, uy) = (DOT_SIZE * scale * cos, DOT_SIZE * scale * sin);
        let (vx, vy) = (-uy, ux);
        let ink = INKS.choose(&mut rng).copied().unwrap_or(INKS[0]);

        let mut dots: Vec<(f32, f32)> = Vec::with_capacity(35);
        for (r, bits) in rows.iter().enumerate() {
            for c in 0..5 {
                if bits & (0b10000 >> c) == 0 {
                    continue;
                }
                // Top-left corner of the dot, relative to the glyph centre, before rotation.
                let lx = (c as f32 * DOT - glyph_width / 2.0) * scale;
                let ly = (r as f32 * DOT - glyph_height / 2.0) * scale;
                // A small jitter per dot keeps two renderings of one character from sharing
                // coordinates, at a size nobody can see.
                let x = cx + lx * cos - ly * sin + rng.gen_range(-0.25..0.25);
                let y = cy + lx * sin + ly * cos + rng.gen_range(-0.25..0.25);
                dots.push((x, y));
            }
        }
        // Dot order would otherwise spell out the bitmap row by row.
        dots.shuffle(&mut rng);
        svg.push_str(r#"<path d=""#);
        for (x, y) in dots {
            let _ = write!(
                svg,
                "M{x:.1} {y:.1}l{ux:.1} {uy:.1} {vx:.1} {vy:.1} {:.1} {:.1}z",
                -ux, -uy
            );
        }
        let _ = write!(svg, r#"" fill="{ink}"/>"#);
    }

    // Specks over the characters, small enough to be told apart from a dot of the font.
    for _ in 0..30 {
        let x = rng.gen_range(0.0..width);
        let y = rng.gen_range(0.0..HEIGHT);
        let r = rng.gen_range(0.6..1.3);
        let colour = NOISE.choose(&mut rng).copied().unwrap_or(NOISE[0]);
        let _ = write!(
            svg,
            r#"<circle cx="{x:.1}" cy="{y:.1}" r="{r:.1}" fill="{colour}"/>"#
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_of_the_alphabet_has_its_own_glyph() {
        for &c in ALPHABET {
            let rows = glyph(c).unwrap_or_else(|| panic!("no glyph for {}", c as char));
            assert!(rows.iter().all(|row| *row < 0b100000), "{}", c as char);
            assert!(rows.iter().any(|row| *row != 0), "{}", c as char);
        }
        for (i, (a, rows_a)) in GLYPHS.iter().enumerate() {
            for (b, rows_b) in &GLYPHS[i + 1..] {
                assert_ne!(a, b, "glyph defined twice");
                assert_ne!(
                    rows_a, rows_b,
                    "{} and {} look alike",
                    *a as char, *b as char
                );
            }
        }
    }

    #[test]
    fn the_alphabet_leaves_out_lookalikes() {
        for c in b"0O1IL5S2Z8BQ" {
            assert!(!ALPHABET.contains(c), "{}", *c as char);
        }
    }

    #[test]
    fn codes_have_the_requested_length_and_use_the_alphabet_only() {
        for len in [0, 1, 5, 6, 12] {
            let code = random_code(len);
            assert_eq!(code.len(), len);
            assert!(code.bytes().all(|b| ALPHABET.contains(&b)), "{code}");
        }
        // 24^8 codes: two equal draws would mean the generator is broken.
        assert_ne!(random_code(8), random_code(8));
    }

    fn assert_well_formed(svg: &str) {
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.ends_with("</svg>"));
        assert!(svg.contains("viewBox=\"0 0 "));
        assert_eq!(svg.matches('"').count() % 2, 0, "unbalanced quotes");
        assert_eq!(svg.matches('<').count(), svg.matches('>').count());
        assert_eq!(svg.matches("<svg").count(), 1);
        for forbidden in ["<text", "<title", "<desc", "font", "glyph", "NaN", "inf"] {
            assert!(!svg.contains(forbidden), "{forbidden}");
        }
    }

    #[test]
    fn the_picture_is_deterministic_and_holds_no_text() {
        for seed in 0..50 {
            let code = random_code(6);
            let svg = render_svg(&code, seed);
            assert_eq!(svg, render_svg(&code, seed));
            assert_well_formed(&svg);
            assert!(!svg.contains(&code), "{code}");
            assert!(!svg.contains(&code.to_lowercase()), "{code}");
            // One path of dots per character, after the four noise curves.
            assert_eq!(svg.matches("<path").count(), 4 + 6);
        }
        assert_ne!(render_svg("ACD34", 1), render_svg("ACD34", 2));
    }

    #[test]
    fn one_character_drawn_twice_is_written_differently() {
        let svg = render_svg("AA", 3);
        let paths: Vec<&str> = svg.split("<path d=\"").skip(5).collect();
        assert_eq!(paths.len(), 2);
        assert_ne!(paths[0], paths[1]);
    }

    #[test]
    fn the_picture_stays_small() {
        // The glyphs with the most dots make the largest picture.
        let mut by_dots: Vec<&(u8, [u8; 7])> = GLYPHS.iter().collect();
        by_dots.sort_by_key(|(_, rows)| rows.iter().map(|r| r.count_ones()).sum::<u32>());
        let heaviest: String = by_dots
            .iter()
            .rev()
            .take(6)
            .map(|(c, _)| *c as char)
            .collect();
        for seed in 0..50 {
            let len = render_svg(&heaviest, seed).len();
            assert!(len < 8 * 1024, "{heaviest}: {len} bytes");
        }
    }

    #[test]
    fn lowercase_is_drawn_as_uppercase() {
        assert_eq!(render_svg("acd34", 9), render_svg("ACD34", 9));
    }

    #[test]
    fn odd_input_is_drawn_as_far_as_possible_without_panicking() {
        let long = "X".repeat(10_000);
        let mixed = "é€🙂\u{0}\"<>&'ACD".repeat(2_000);
        for odd in [
            "",
            " ",
            "0O1IL5S2Z8B",
            "ü€🙂",
            "\u{0}\n\t<>&\"'",
            &long,
            &mixed,
        ] {
            let svg = render_svg(odd, u64::MAX);
            assert_well_formed(&svg);
        }
        // Characters without a glyph are skipped, not drawn as a blank space.
        assert_eq!(render_svg("A?C", 4), render_svg("AC", 4));
        assert_eq!(render_svg("", 4).matches("<path").count(), 4);
        assert_eq!(
            render_svg(&long, 4).matches("<path").count(),
            4 + MAX_GLYPHS
        );
    }
}
