//! The Islamic (Hijri) calendar.
//!
//! Two reckonings: the arithmetic (tabular) calendar of R&D ch. 7, which
//! numbers the months, and an observational rule that moves each month's first
//! day onto the evening after the new moon, which is what most countries
//! and news reports follow.

use super::astro::{self, Place};

/// Day count of 1 Muharram, year 1 AH (16 July 622, Julian).
const EPOCH: i64 = 227_015;

/// Mecca, where Saudi Arabia's Umm al-Qura calendar looks at the sky.
const MECCA: Place = Place {
    latitude: 21.42,
    longitude: 39.83,
    zone: 3.0,
};

/// The day count of `day` `month` `year` AH in the arithmetic calendar.
fn tabular_to_rd(year: i64, month: u8, day: u8) -> i64 {
    let m = i64::from(month);
    i64::from(day)
        + 29 * (m - 1)
        + (6 * m - 1).div_euclid(11)
        + (year - 1) * 354
        + (3 + 11 * year).div_euclid(30)
        + EPOCH
        - 1
}

/// The first day of `month` `year` AH, by the rule of Saudi Arabia's Umm
/// al-Qura calendar: the day after the new moon when the conjunction comes
/// before sunset in Mecca and the Moon sets after the Sun, else the day
/// after that.
fn observed_month_start(year: i64, month: u8) -> Option<i64> {
    let tabular = tabular_to_rd(year, month, 1);
    // the conjunction nearest the tabular start lies within two days of it
    let conjunction = astro::next_new_moon(astro::jd_of_rd(tabular - 4));
    let day = astro::rd_of_jd(conjunction, MECCA.zone);
    let sunset = astro::sunset(day, MECCA)?;
    let visible_that_evening =
        conjunction < sunset && astro::moon_altitude(sunset, MECCA) > MOONSET_ALTITUDE;
    Some(if visible_that_evening {
        day + 1
    } else {
        day + 2
    })
}

/// The geocentric altitude of the Moon's centre when its upper limb sets:
/// parallax lifts it, refraction and the semidiameter lower it (Meeus 15).
const MOONSET_ALTITUDE: f64 = 0.125;

/// The day count of `day` `month` `year` AH as observed.
pub(crate) fn to_rd(year: i64, month: u8, day: u8) -> Option<i64> {
    Some(observed_month_start(year, month)? + i64::from(day) - 1)
}

/// The Hijri years whose dates may fall in the Gregorian year `gregorian`.
pub(crate) fn years_touching(gregorian: i32) -> std::ops::RangeInclusive<i64> {
    // 33 Hijri years run in about 32 Gregorian ones
    let approx = (i64::from(gregorian) - 622) * 33 / 32;
    approx - 1..=approx + 2
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::super::known_rd as rd;

    #[test]
    fn known_dates() {
        // Eid al-Fitr 1444: 21 April 2023; first of Ramadan 1445: 11 March 2024
        assert_eq!(to_rd(1444, 10, 1), Some(rd(2023, 4, 21)));
        assert_eq!(to_rd(1445, 9, 1), Some(rd(2024, 3, 11)));
        // Eid al-Adha 1444: 28 June 2023
        assert_eq!(to_rd(1444, 12, 10), Some(rd(2023, 6, 28)));
    }

    #[test]
    fn tabular_stays_close_to_observed() {
        for year in 1380..1480 {
            for month in 1..=12 {
                let t = tabular_to_rd(year, month, 1);
                let o = observed_month_start(year, month).unwrap_or_default();
                assert!((t - o).abs() <= 2, "{year}-{month}: {t} vs {o}");
            }
        }
    }
}
