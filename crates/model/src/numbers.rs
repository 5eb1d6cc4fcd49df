//! The value of a JSON number, without Rust's float parser, whose tables
//! would weigh on the widget's wasm (docs/benchmarks.md).
//!
//! The format's only numbers are paragraph numbers, whole numbers from 1 to
//! 2³²−1; any other number must still be read, to be refused with its value.
//! The digits are read into a double, exactly while they stay below 2⁵³
//! (15 significant digits always do), then scaled by the power of ten of the
//! point and the exponent: one correctly rounded product or quotient, by a
//! power a double holds exactly up to 10²². So a literal of up to 15
//! significant digits with a scale within ±22 becomes the nearest double, as
//! `JSON.parse` gives it, and every paragraph number is such a literal.
//! Longer literals are read to within a few units in the last place, which
//! no verdict depends on: they are fractions far from a whole number, or
//! out of range.

/// The value of `literal`, a number by RFC 8259's grammar (the reader has
/// checked it).
pub(crate) fn number_value(literal: &str) -> f64 {
    let mut value = 0.0;
    let mut scale: i32 = 0;
    let mut in_fraction = false;
    let mut bytes = literal.bytes();
    for byte in bytes.by_ref() {
        match byte {
            b'0'..=b'9' => {
                value = value * 10.0 + f64::from(byte - b'0');
                if in_fraction {
                    scale -= 1;
                }
            }
            b'.' => in_fraction = true,
            b'e' | b'E' => break,
            _ => {}
        }
    }
    // The exponent, saturated far beyond any double's range.
    let mut exponent: i32 = 0;
    let mut negative_exponent = false;
    for byte in bytes {
        match byte {
            b'-' => negative_exponent = true,
            b'0'..=b'9' => exponent = (exponent * 10 + i32::from(byte - b'0')).min(100_000),
            _ => {}
        }
    }
    scale += if negative_exponent {
        -exponent
    } else {
        exponent
    };
    let power = 10f64.powi(scale.unsigned_abs().min(400) as i32);
    let magnitude = if scale >= 0 {
        value * power
    } else {
        value / power
    };
    if literal.starts_with('-') {
        -magnitude
    } else {
        magnitude
    }
}

#[cfg(test)]
mod tests {
    use super::number_value;

    #[test]
    fn whole_numbers_and_short_decimals_are_the_nearest_double() {
        for (literal, value) in [
            ("0", 0.0),
            ("-0", -0.0),
            ("7", 7.0),
            ("4294967295", 4_294_967_295.0),
            ("4.5", 4.5),
            ("-0.125", -0.125),
            ("0.1", 0.1),
            ("1.0", 1.0),
            ("1e2", 100.0),
            ("1.5E+1", 15.0),
            ("2500e-3", 2.5),
            ("1000000000000000000000e-18", 1000.0),
            ("0.000001", 0.000_001),
            ("123456789012345", 123_456_789_012_345.0),
        ] {
            assert_eq!(number_value(literal), value, "{literal}");
        }
    }

    #[test]
    fn long_and_extreme_literals_are_near_their_value() {
        let near = |literal: &str, value: f64| {
            let read = number_value(literal);
            assert!((read / value - 1.0).abs() < 1e-14, "{literal}: {read}");
        };
        near("4.00000000000000000000000001", 4.0);
        near("0.33333333333333333333333333", 1.0 / 3.0);
        near("12345678901234567890123456789", 1.234_567_890_123_456_8e28);
        near("9007199254740993", 9_007_199_254_740_992.0);
        assert_eq!(number_value("1e400"), f64::INFINITY);
        assert_eq!(number_value("-1e400"), f64::NEG_INFINITY);
        assert_eq!(number_value("1e-400"), 0.0);
        assert_eq!(number_value("1e99999999999"), f64::INFINITY);
    }
}
