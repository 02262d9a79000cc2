//! The Hindu luni-solar and solar calendars, computed from the true Sun and
//! Moon as modern Indian almanacs do (rules after Reingold & Dershowitz,
//! ch. 20).
//!
//! A lunar month runs from new moon to new moon (the *amanta* reckoning) and
//! takes its name from the sidereal sign the Sun is in when it begins: the
//! month that begins with the Sun in Pisces is Chaitra. A month in which the
//! Sun changes no sign is a leap month (*adhika*), and festivals skip it. A
//! *tithi* is a twelve-degree step of the Moon away from the Sun; a civil day
//! takes the tithi that holds at its sunrise, or at the moment of the day a
//! festival's rites belong to.

use super::astro::{self, Place};

/// Ujjain, the prime meridian of Indian astronomy; days are Indian Standard Time.
const UJJAIN: Place = Place {
    latitude: 23.18,
    longitude: 75.77,
    zone: 5.5,
};

/// Thiruvananthapuram, for the Malayalam calendar of Kerala.
const KERALA: Place = Place {
    latitude: 8.52,
    longitude: 76.94,
    zone: 5.5,
};

/// Lunar months, numbered from Chaitra.
pub(crate) const CHAITRA: u8 = 0;
pub(crate) const VAISHAKHA: u8 = 1;
pub(crate) const ASHADHA: u8 = 3;
pub(crate) const SHRAVANA: u8 = 4;
pub(crate) const BHADRAPADA: u8 = 5;
pub(crate) const ASHVIN: u8 = 6;
pub(crate) const KARTIKA: u8 = 7;
pub(crate) const PAUSHA: u8 = 9;
pub(crate) const MAGHA: u8 = 10;
pub(crate) const PHALGUNA: u8 = 11;

/// Tithis are numbered 1–30 through the month: 1–15 the waxing fortnight
/// (15 is the full moon), 16–30 the waning one (30 the new moon).
pub(crate) const FULL_MOON: u8 = 15;
pub(crate) const NEW_MOON: u8 = 30;

/// The moment of the day whose tithi names the festival.
#[derive(Clone, Copy)]
pub(crate) enum Moment {
    /// The general rule.
    Sunrise,
    /// Rites of the evening (*pradosh*): lamps of Diwali, the Holika pyre.
    Sunset,
    /// Rites of the night: Krishna's birth, Shiva's night, the moon-watch of
    /// Karva Chauth.
    Midnight,
}

/// A festival of the lunar calendar: its month, tithi and moment.
#[derive(Clone, Copy)]
pub(crate) struct LunarDay {
    pub(crate) month: u8,
    pub(crate) tithi: u8,
    pub(crate) moment: Moment,
}

fn moment_of(rd: i64, moment: Moment) -> Option<f64> {
    match moment {
        Moment::Sunrise => astro::sunrise(rd, UJJAIN),
        Moment::Sunset => astro::sunset(rd, UJJAIN),
        Moment::Midnight => astro::midnight_after(rd, UJJAIN),
    }
}

/// The sidereal sign (0 = Aries … 11 = Pisces) the Sun is in at `jd`.
fn sign(jd: f64) -> u8 {
    // at most 11 after the floor of a value below 12
    (astro::sidereal_sun(jd) / 30.0).floor().clamp(0.0, 11.0) as u8
}

/// The days (IST) of `festival` in the Gregorian year whose days run from
/// `first` to `last`.
pub(crate) fn lunar_days(festival: LunarDay, first: i64, last: i64) -> Vec<i64> {
    let mut out = Vec::new();
    let mut new_moon = astro::next_new_moon(astro::jd_of_rd(first - 40));
    while astro::rd_of_jd(new_moon, UJJAIN.zone) <= last {
        let next = astro::next_new_moon(new_moon + 1.0);
        let begins_in = sign(new_moon);
        let leap = sign(next) == begins_in;
        if !leap
            && (begins_in + 1) % 12 == festival.month
            && let Some(day) = day_of_tithi(festival, new_moon, next)
            && (first..=last).contains(&day)
        {
            out.push(day);
        }
        new_moon = next;
    }
    out
}

/// The civil day of the month begun at `new_moon` whose moment holds the
/// festival's tithi; when no moment does (the tithi began and ended between
/// two of them), the civil day in which it mostly ran.
fn day_of_tithi(festival: LunarDay, new_moon: f64, next: f64) -> Option<i64> {
    let start = f64::from(festival.tithi.saturating_sub(1)) * 12.0;
    let first = astro::rd_of_jd(new_moon, UJJAIN.zone) - 1;
    for day in first..first + 32 {
        let at = moment_of(day, festival.moment)?;
        if at > new_moon {
            let elongation = if at >= next {
                360.0
            } else {
                astro::elongation(at)
            };
            if elongation >= start {
                // a tithi that held at no sunrise ran within the day before;
                // one that held at no evening or midnight, mostly within this day
                let skipped = elongation >= start + 12.0;
                let within_day_before = skipped && matches!(festival.moment, Moment::Sunrise);
                return Some(if within_day_before { day - 1 } else { day });
            }
        }
    }
    None
}

/// The day (IST) on which the Sun enters the sidereal sign beginning at
/// `longitude` in the Gregorian year starting on day `first`: the day of
/// the transit (*sankranti*) when it comes before sunset, else the next.
pub(crate) fn sankranti(longitude: f64, first: i64) -> Option<i64> {
    let transit = astro::next_sidereal_solar_longitude(astro::jd_of_rd(first), longitude);
    let day = astro::rd_of_jd(transit, UJJAIN.zone);
    let sunset = astro::sunset(day, UJJAIN)?;
    Some(if transit < sunset { day } else { day + 1 })
}

/// The civil day on which the Sun crosses the sidereal sign beginning at
/// `longitude`, as a count of days, for calendars that begin the month the
/// day after.
pub(crate) fn transit_day(longitude: f64, first: i64) -> i64 {
    let transit = astro::next_sidereal_solar_longitude(astro::jd_of_rd(first), longitude);
    astro::rd_of_jd(transit, UJJAIN.zone)
}

/// Onam: the first day of the month Chingam (the Sun in sidereal Leo) on
/// which the Moon is in the lunar mansion Thiruvonam (Shravana,
/// 280°–293°20′) six *nazhika* (2 h 24 min) after sunrise in Kerala, the
/// least a mansion must hold of a day to name it.
pub(crate) fn onam(first: i64) -> Option<i64> {
    const SIX_NAZHIKA: f64 = 0.1;
    let chingam = transit_day(120.0, first);
    (chingam..chingam + 31).find(|&day| {
        astro::sunrise(day, KERALA)
            .map(|rise| astro::sidereal_moon(rise + SIX_NAZHIKA))
            .is_some_and(|moon| (280.0..280.0 + 40.0 / 3.0).contains(&moon))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::super::known_rd as rd;

    fn in_year(festival: LunarDay, y: i32) -> Vec<i64> {
        lunar_days(festival, rd(y, 1, 1), rd(y, 12, 31))
    }

    #[test]
    fn known_dates() {
        let diwali = LunarDay {
            month: ASHVIN,
            tithi: NEW_MOON,
            moment: Moment::Sunset,
        };
        assert_eq!(in_year(diwali, 2023), vec![rd(2023, 11, 12)]);
        assert_eq!(in_year(diwali, 2024), vec![rd(2024, 10, 31)]);
        let holika = LunarDay {
            month: PHALGUNA,
            tithi: FULL_MOON,
            moment: Moment::Sunset,
        };
        assert_eq!(in_year(holika, 2024), vec![rd(2024, 3, 24)]);
        let ganesh = LunarDay {
            month: BHADRAPADA,
            tithi: 4,
            moment: Moment::Sunrise,
        };
        assert_eq!(in_year(ganesh, 2023), vec![rd(2023, 9, 19)]);
        // Makar Sankranti 2024 fell on 15 January, after the evening transit
        assert_eq!(sankranti(270.0, rd(2024, 1, 1)), Some(rd(2024, 1, 15)));
        // Onam 2023 and 2024: the latter's Chingam held Thiruvonam twice,
        // the first time too briefly after sunrise
        assert_eq!(onam(rd(2023, 1, 1)), Some(rd(2023, 8, 29)));
        assert_eq!(onam(rd(2024, 1, 1)), Some(rd(2024, 9, 15)));
    }
}
