//! Whole numbers as decimal text, for messages. Messages are built from
//! pieces (`[a, b].concat()`) rather than with `format!`: core's formatting
//! machinery was ~4 KB of the .wasm (bench/HISTORY.md).

use alloc::string::String;

/// `n` in decimal digits.
pub fn digits(n: u64) -> String {
    let mut reversed = String::new();
    let mut rest = n;
    loop {
        reversed.push(char::from(b'0' + (rest % 10) as u8));
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    reversed.chars().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::digits;

    #[test]
    fn zero_and_the_extremes_read_as_rust_prints_them() {
        for n in [0, 7, 10, 404, 1_000_000, u64::from(u32::MAX), u64::MAX] {
            assert_eq!(digits(n), n.to_string());
        }
    }
}
