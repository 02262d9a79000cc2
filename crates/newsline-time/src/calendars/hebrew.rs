//! The Hebrew calendar: pure arithmetic on the molad and the four
//! postponements (Reingold & Dershowitz, *Calendrical Calculations*, ch. 8).
//!
//! Days are counted as chrono counts them (`num_days_from_ce`, 0001-01-01 = 1).

/// Day count of 1 Tishri, year 1 of the world (7 October 3761 BCE, Julian).
const EPOCH: i64 = -1_373_427;

/// Months numbered from Nisan, as the Bible and R&D number them; Tishri,
/// the month of the new year, is 7.
pub(crate) const NISAN: u8 = 1;
pub(crate) const IYYAR: u8 = 2;
pub(crate) const SIVAN: u8 = 3;
pub(crate) const AV: u8 = 5;
pub(crate) const TISHRI: u8 = 7;
pub(crate) const KISLEV: u8 = 9;
pub(crate) const SHEVAT: u8 = 11;
/// Adar in a common year; in a leap year the holidays of Adar fall in the
/// second Adar (13).
pub(crate) const ADAR: u8 = 12;
const ADAR_II: u8 = 13;

fn is_leap(year: i64) -> bool {
    (7 * year + 1).rem_euclid(19) < 7
}

fn last_month(year: i64) -> u8 {
    if is_leap(year) { 13 } else { 12 }
}

/// Days from the epoch to the molad of Tishri of `year`, after the postponement
/// that keeps Yom Kippur off Friday and Sunday and Hoshana Rabba off Saturday.
fn elapsed_days(year: i64) -> i64 {
    let months = (235 * year - 234).div_euclid(19);
    let parts = 12_084 + 13_753 * months;
    let days = 29 * months + parts.div_euclid(25_920);
    if (3 * (days + 1)).rem_euclid(7) < 3 {
        days + 1
    } else {
        days
    }
}

/// The remaining two postponements, which keep years at lawful lengths.
fn year_length_correction(year: i64) -> i64 {
    let before = elapsed_days(year - 1);
    let this = elapsed_days(year);
    let after = elapsed_days(year + 1);
    if after - this == 356 {
        2
    } else if this - before == 382 {
        1
    } else {
        0
    }
}

fn new_year(year: i64) -> i64 {
    EPOCH + elapsed_days(year) + year_length_correction(year)
}

fn days_in_year(year: i64) -> i64 {
    new_year(year + 1) - new_year(year)
}

fn days_in_month(year: i64, month: u8) -> i64 {
    let length = days_in_year(year);
    match month {
        2 | 4 | 6 | 10 | 13 => 29,
        12 if !is_leap(year) => 29,
        // Heshvan is long in complete years, Kislev short in deficient ones
        8 if length % 10 != 5 => 29,
        9 if length % 10 == 3 => 29,
        _ => 30,
    }
}

/// The day count of `day` `month` `year` (Anno Mundi).
pub(crate) fn to_rd(year: i64, month: u8, day: u8) -> i64 {
    let months_before: i64 = if month < TISHRI {
        (TISHRI..=last_month(year))
            .chain(NISAN..month)
            .map(|m| days_in_month(year, m))
            .sum()
    } else {
        (TISHRI..month).map(|m| days_in_month(year, m)).sum()
    };
    new_year(year) + months_before + i64::from(day) - 1
}

/// The day count of a date of the Hebrew year that runs through the
/// Gregorian year `gregorian`'s part named by `month`: months from Tishri to
/// Kislev belong to the year that began that autumn, the others to the one
/// that began the autumn before. Adar is the second Adar of a leap year.
pub(crate) fn in_gregorian_year(gregorian: i32, month: u8, day: u8) -> i64 {
    let autumn = (TISHRI..=KISLEV).contains(&month);
    let year = i64::from(gregorian) + if autumn { 3761 } else { 3760 };
    let month = if month == ADAR && is_leap(year) {
        ADAR_II
    } else {
        month
    };
    to_rd(year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::super::known_rd as rd;

    #[test]
    fn known_dates() {
        // Rosh Hashanah 5784 and Yom Kippur: 16 and 25 September 2023
        assert_eq!(to_rd(5784, TISHRI, 1), rd(2023, 9, 16));
        assert_eq!(in_gregorian_year(2023, TISHRI, 10), rd(2023, 9, 25));
        // first day of Passover 5784: 23 April 2024
        assert_eq!(in_gregorian_year(2024, NISAN, 15), rd(2024, 4, 23));
        // Purim in the leap year 5784 falls in Adar II: 24 March 2024
        assert_eq!(in_gregorian_year(2024, ADAR, 14), rd(2024, 3, 24));
        // first day of Hanukkah 5784: 8 December 2023
        assert_eq!(in_gregorian_year(2023, KISLEV, 25), rd(2023, 12, 8));
    }

    #[test]
    fn years_have_lawful_lengths() {
        for year in 5600..5900 {
            let n = days_in_year(year);
            assert!(
                matches!(n, 353..=355 | 383..=385),
                "year {year} has {n} days"
            );
        }
    }
}
