//! Text split and read at ASCII bytes. core's char patterns (`find(':')`,
//! `split('.')`, `trim()`, `parse::<u16>()`) decode UTF-8 and bring memchr
//! and an integer parser per type: ~1 KB of the .wasm for delimiters and
//! numbers that are ASCII by definition (URLs, HTTP dates).

use alloc::vec::Vec;

/// The text before and after the first `byte`, which is left out.
pub fn split_at_byte(text: &str, byte: u8) -> Option<(&str, &str)> {
    let at = text.bytes().position(|b| b == byte)?;
    Some((text.get(..at)?, text.get(at + 1..)?))
}

/// The pieces of `text` between `byte`s (one empty piece for empty text).
pub fn pieces(text: &[u8], byte: u8) -> Vec<&[u8]> {
    text.split(|&b| b == byte).collect()
}

/// `text` without the `byte`s at its end.
pub fn trim_end_byte(text: &str, byte: u8) -> &str {
    let kept = text
        .bytes()
        .rposition(|b| b != byte)
        .map_or(0, |last| last + 1);
    text.get(..kept).unwrap_or(text)
}

/// Whether `text` is empty or only ASCII whitespace.
pub fn is_blank(text: &str) -> bool {
    text.trim_ascii().is_empty()
}

/// Decimal digits read as a number: `None` when empty, when anything but a
/// digit appears (no sign, no spaces) or past 19 digits.
pub fn number(digits: &[u8]) -> Option<u64> {
    if digits.is_empty() || digits.len() > 19 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(
        digits
            .iter()
            .fold(0, |n, digit| n * 10 + u64::from(digit - b'0')),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn numbers_read_as_core_parses_plain_digits(text in "[0-9+ -]{0,20}") {
            let plain = !text.is_empty() && text.len() <= 19 && text.bytes().all(|b| b.is_ascii_digit());
            let expected = if plain { text.parse::<u64>().ok() } else { None };
            prop_assert_eq!(number(text.as_bytes()), expected);
        }

        #[test]
        fn split_at_byte_agrees_with_split_once(text in "[a-zé😀:]{0,12}") {
            prop_assert_eq!(split_at_byte(&text, b':'), text.split_once(':'));
        }
    }

    #[test]
    fn split_at_byte_leaves_the_byte_out_and_keeps_what_follows() {
        assert_eq!(split_at_byte("host:443:x", b':'), Some(("host", "443:x")));
        assert_eq!(split_at_byte("ü:ü", b':'), Some(("ü", "ü")));
        assert_eq!(split_at_byte("host:", b':'), Some(("host", "")));
        assert_eq!(split_at_byte("host", b':'), None);
    }

    #[test]
    fn trim_end_byte_removes_every_trailing_copy_only() {
        assert_eq!(trim_end_byte("/a/b//", b'/'), "/a/b");
        assert_eq!(trim_end_byte("///", b'/'), "");
        assert_eq!(trim_end_byte("250", b'0'), "25");
        assert_eq!(trim_end_byte("", b'0'), "");
    }

    #[test]
    fn blank_means_nothing_but_ascii_whitespace() {
        for blank in ["", " ", "\t\r\n "] {
            assert!(is_blank(blank), "{blank:?}");
        }
        for text in ["x", " x ", "\u{a0}"] {
            assert!(!is_blank(text), "{text:?}");
        }
    }

    #[test]
    fn numbers_are_plain_digits_only() {
        assert_eq!(number(b"0"), Some(0));
        assert_eq!(number(b"0443"), Some(443));
        assert_eq!(
            number(b"9999999999999999999"),
            Some(9_999_999_999_999_999_999)
        );
        for bad in [
            &b""[..],
            b"+1",
            b"-1",
            b" 1",
            b"1 ",
            b"1e3",
            b"12345678901234567890",
        ] {
            assert_eq!(number(bad), None, "{bad:?}");
        }
    }
}
