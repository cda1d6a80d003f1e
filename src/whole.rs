//! Whether a number is whole: `f64::fract` is std's, which the .wasm goes without.

/// `x.fract() == 0.0`: finite with nothing after the point.
pub fn is_whole(x: f64) -> bool {
    x.is_finite() && libm::trunc(x) == x
}

#[cfg(test)]
mod tests {
    use super::is_whole;

    #[test]
    fn agrees_with_fract() {
        for x in [
            0.0,
            -0.0,
            1.0,
            -3.0,
            0.5,
            -2.25,
            1e300,
            4_503_599_627_370_497.0,
            f64::MIN_POSITIVE,
        ]
        .into_iter()
        .chain([f64::NAN, f64::INFINITY, f64::NEG_INFINITY])
        {
            assert_eq!(is_whole(x), x.fract() == 0.0, "{x}");
        }
    }
}
