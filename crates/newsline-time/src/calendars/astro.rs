//! Low-precision positions of the Sun and the Moon, after the series of
//! Meeus, *Astronomical Algorithms* (2nd ed., chapters 10, 25, 28 and 47).
//!
//! Times are Julian Days in Universal Time unless a name says `tt`. The
//! longitudes are good to a few hundredths of a degree, which places a new
//! moon or a tithi boundary within a few minutes: festivals that fall within
//! minutes of midnight or sunrise may still land a day off.

/// Julian Day of 0001-01-01 00:00 UT, the day chrono counts as day 1 of the era.
const JD_OF_RD0: f64 = 1_721_424.5;
/// J2000.0, the epoch of the series.
const J2000: f64 = 2_451_545.0;
/// Mean motion of the Moon away from the Sun, degrees per day.
const SYNODIC_RATE: f64 = 360.0 / 29.530_588_861;
/// Mean motion of the Sun, degrees per day.
const SOLAR_RATE: f64 = 360.0 / 365.242_189;

/// The years whose astronomy these series and ΔT serve well enough to name a day.
pub(crate) const SUPPORTED_YEARS: std::ops::RangeInclusive<i32> = 1000..=3000;

/// The Julian Day at 00:00 UT of day `rd` of the common era (chrono's count).
pub(crate) fn jd_of_rd(rd: i64) -> f64 {
    rd as f64 + JD_OF_RD0
}

/// The day of the common era that holds `jd` in a zone `zone_hours` ahead of UT.
pub(crate) fn rd_of_jd(jd: f64, zone_hours: f64) -> i64 {
    (jd + zone_hours / 24.0 - JD_OF_RD0).floor() as i64
}

fn norm(deg: f64) -> f64 {
    deg.rem_euclid(360.0)
}

/// `deg` brought into (-180, 180].
fn signed(deg: f64) -> f64 {
    let d = norm(deg);
    if d > 180.0 { d - 360.0 } else { d }
}

fn sin_d(deg: f64) -> f64 {
    deg.to_radians().sin()
}

fn cos_d(deg: f64) -> f64 {
    deg.to_radians().cos()
}

/// TT − UT in days: the polynomial fits of Espenak and Meeus for the modern
/// era, their long-term parabola elsewhere.
fn delta_t(jd: f64) -> f64 {
    let y = 2000.0 + (jd - J2000) / 365.25;
    let long_term = |y: f64| {
        let u = (y - 1820.0) / 100.0;
        -20.0 + 32.0 * u * u
    };
    let seconds = if (1900.0..1920.0).contains(&y) {
        let t = y - 1900.0;
        -2.79 + 1.494_119 * t - 0.059_893_9 * t.powi(2) + 0.006_196_6 * t.powi(3)
            - 0.000_197 * t.powi(4)
    } else if (1920.0..1941.0).contains(&y) {
        let t = y - 1920.0;
        21.20 + 0.844_93 * t - 0.076_100 * t.powi(2) + 0.002_093_6 * t.powi(3)
    } else if (1941.0..1961.0).contains(&y) {
        let t = y - 1950.0;
        29.07 + 0.407 * t - t.powi(2) / 233.0 + t.powi(3) / 2547.0
    } else if (1961.0..1986.0).contains(&y) {
        let t = y - 1975.0;
        45.45 + 1.067 * t - t.powi(2) / 260.0 - t.powi(3) / 718.0
    } else if (1986.0..2005.0).contains(&y) {
        let t = y - 2000.0;
        63.86 + 0.3345 * t - 0.060_374 * t.powi(2)
            + 0.001_727_5 * t.powi(3)
            + 0.000_651_814 * t.powi(4)
            + 0.000_023_735_99 * t.powi(5)
    } else if (2005.0..2050.0).contains(&y) {
        let t = y - 2000.0;
        62.92 + 0.322_17 * t + 0.005_589 * t.powi(2)
    } else if (2050.0..2150.0).contains(&y) {
        long_term(y) - 0.5628 * (2150.0 - y)
    } else {
        long_term(y)
    };
    seconds / 86_400.0
}

/// Julian centuries of TT since J2000 at the UT instant `jd`.
fn centuries_tt(jd: f64) -> f64 {
    (jd + delta_t(jd) - J2000) / 36_525.0
}

/// The Sun's apparent geocentric longitude (Meeus 25, low precision).
pub(crate) fn sun_longitude(jd: f64) -> f64 {
    let t = centuries_tt(jd);
    let mean_longitude = 280.466_46 + 36_000.769_83 * t + 0.000_303_2 * t * t;
    let anomaly = 357.529_11 + 35_999.050_29 * t - 0.000_153_7 * t * t;
    let center = (1.914_602 - 0.004_817 * t - 0.000_014 * t * t) * sin_d(anomaly)
        + (0.019_993 - 0.000_101 * t) * sin_d(2.0 * anomaly)
        + 0.000_289 * sin_d(3.0 * anomaly);
    let node = 125.04 - 1934.136 * t;
    norm(mean_longitude + center - 0.005_69 - 0.004_78 * sin_d(node))
}

/// Periodic terms of the Moon's longitude (Meeus 47.A): multiples of D, M,
/// M′, F and the amplitude in millionths of a degree.
const MOON_TERMS: &[(i8, i8, i8, i8, i32)] = &[
    (0, 0, 1, 0, 6_288_774),
    (2, 0, -1, 0, 1_274_027),
    (2, 0, 0, 0, 658_314),
    (0, 0, 2, 0, 213_618),
    (0, 1, 0, 0, -185_116),
    (0, 0, 0, 2, -114_332),
    (2, 0, -2, 0, 58_793),
    (2, -1, -1, 0, 57_066),
    (2, 0, 1, 0, 53_322),
    (2, -1, 0, 0, 45_758),
    (0, 1, -1, 0, -40_923),
    (1, 0, 0, 0, -34_720),
    (0, 1, 1, 0, -30_383),
    (2, 0, 0, -2, 15_327),
    (0, 0, 1, 2, -12_528),
    (0, 0, 1, -2, 10_980),
    (4, 0, -1, 0, 10_675),
    (0, 0, 3, 0, 10_034),
    (4, 0, -2, 0, 8_548),
    (2, 1, -1, 0, -7_888),
    (2, 1, 0, 0, -6_766),
    (1, 0, -1, 0, -5_163),
    (1, 1, 0, 0, 4_987),
    (2, -1, 1, 0, 4_036),
    (2, 0, 2, 0, 3_994),
    (4, 0, 0, 0, 3_861),
    (2, 0, -3, 0, 3_665),
    (0, 1, -2, 0, -2_689),
    (2, 0, -1, 2, -2_602),
    (2, -1, -2, 0, 2_390),
    (1, 0, 1, 0, -2_348),
    (2, -2, 0, 0, 2_236),
    (0, 1, 2, 0, -2_120),
    (0, 2, 0, 0, -2_069),
    (2, -2, -1, 0, 2_048),
    (2, 0, 1, -2, -1_773),
    (2, 0, 0, 2, -1_595),
    (4, -1, -1, 0, 1_215),
    (0, 0, 2, 2, -1_110),
    (3, 0, -1, 0, -892),
    (2, 1, 1, 0, -810),
    (4, -1, -2, 0, 759),
    (0, 2, -1, 0, -713),
    (2, 2, -1, 0, -700),
    (2, 1, -2, 0, 691),
    (2, -1, 0, -2, 596),
    (4, 0, 1, 0, 549),
    (0, 0, 4, 0, 537),
    (4, -1, 0, 0, 520),
    (1, 0, -2, 0, -487),
    (2, 1, 0, -2, -399),
    (0, 0, 2, -2, -381),
    (1, 1, 1, 0, 351),
    (3, 0, -2, 0, -340),
    (4, 0, -3, 0, 330),
    (2, -1, 2, 0, 327),
    (0, 2, 1, 0, -323),
    (1, 1, -1, 0, 299),
    (2, 0, 3, 0, 294),
];

/// The fundamental arguments of the lunar series (Meeus 47.1–47.6) at `jd`.
struct LunarArguments {
    mean_longitude: f64,
    elongation: f64,
    sun_anomaly: f64,
    moon_anomaly: f64,
    latitude_arg: f64,
    eccentricity: f64,
    a1: f64,
    a2: f64,
    a3: f64,
}

impl LunarArguments {
    fn at(jd: f64) -> Self {
        let t = centuries_tt(jd);
        let (t2, t3, t4) = (t * t, t * t * t, t * t * t * t);
        Self {
            mean_longitude: 218.316_447_7 + 481_267.881_234_21 * t - 0.001_578_6 * t2
                + t3 / 538_841.0
                - t4 / 65_194_000.0,
            elongation: 297.850_192_1 + 445_267.111_403_4 * t - 0.001_881_9 * t2 + t3 / 545_868.0
                - t4 / 113_065_000.0,
            sun_anomaly: 357.529_109_2 + 35_999.050_290_9 * t - 0.000_153_6 * t2
                + t3 / 24_490_000.0,
            moon_anomaly: 134.963_396_4 + 477_198.867_505_5 * t + 0.008_741_4 * t2 + t3 / 69_699.0
                - t4 / 14_712_000.0,
            latitude_arg: 93.272_095 + 483_202.017_523_3 * t - 0.003_653_9 * t2 - t3 / 3_526_000.0
                + t4 / 863_310_000.0,
            eccentricity: 1.0 - 0.002_516 * t - 0.000_007_4 * t2,
            a1: 119.75 + 131.849 * t,
            a2: 53.09 + 479_264.290 * t,
            a3: 313.45 + 481_266.484 * t,
        }
    }

    /// The sum of sine terms, in degrees.
    fn series(&self, terms: &[(i8, i8, i8, i8, i32)]) -> f64 {
        let sum: f64 = terms
            .iter()
            .map(|&(d, m, mm, f, amplitude)| {
                let arg = f64::from(d) * self.elongation
                    + f64::from(m) * self.sun_anomaly
                    + f64::from(mm) * self.moon_anomaly
                    + f64::from(f) * self.latitude_arg;
                let damping = self.eccentricity.powi(i32::from(m.unsigned_abs()));
                f64::from(amplitude) * damping * sin_d(arg)
            })
            .sum();
        sum / 1_000_000.0
    }
}

/// The largest periodic terms of the Moon's latitude (Meeus 47.B).
const MOON_LATITUDE_TERMS: &[(i8, i8, i8, i8, i32)] = &[
    (0, 0, 0, 1, 5_128_122),
    (0, 0, 1, 1, 280_602),
    (0, 0, 1, -1, 277_693),
    (2, 0, 0, -1, 173_237),
    (2, 0, -1, 1, 55_413),
    (2, 0, -1, -1, 46_271),
    (2, 0, 0, 1, 32_573),
    (0, 0, 2, 1, 17_198),
    (2, 0, 1, -1, 9_266),
    (0, 0, 2, -1, 8_822),
    (2, -1, 0, -1, 8_216),
    (2, 0, -2, -1, 4_324),
    (2, 0, 1, 1, 4_200),
    (2, 1, 0, -1, -3_359),
];

/// The Moon's geocentric longitude (Meeus 47), without nutation: the Sun's
/// longitude above carries none either, so their difference is unbiased.
pub(crate) fn moon_longitude(jd: f64) -> f64 {
    let a = LunarArguments::at(jd);
    let extra = (3958.0 * sin_d(a.a1)
        + 1962.0 * sin_d(a.mean_longitude - a.latitude_arg)
        + 318.0 * sin_d(a.a2))
        / 1_000_000.0;
    norm(a.mean_longitude + a.series(MOON_TERMS) + extra)
}

/// The Moon's geocentric ecliptic latitude (Meeus 47, largest terms).
fn moon_latitude(jd: f64) -> f64 {
    let a = LunarArguments::at(jd);
    let extra = (-2235.0 * sin_d(a.mean_longitude)
        + 382.0 * sin_d(a.a3)
        + 175.0 * sin_d(a.a1 - a.latitude_arg)
        + 175.0 * sin_d(a.a1 + a.latitude_arg))
        / 1_000_000.0;
    a.series(MOON_LATITUDE_TERMS) + extra
}

/// The Moon's geocentric altitude above the horizon of `place` at `jd`
/// (Meeus 12, 13).
pub(crate) fn moon_altitude(jd: f64, place: Place) -> f64 {
    let obliquity = 23.439_3 - 0.013 * centuries_tt(jd);
    let (lambda, beta) = (moon_longitude(jd), moon_latitude(jd));
    let right_ascension = (sin_d(lambda) * cos_d(obliquity)
        - beta.to_radians().tan() * sin_d(obliquity))
    .atan2(cos_d(lambda))
    .to_degrees();
    let declination = (sin_d(beta) * cos_d(obliquity)
        + cos_d(beta) * sin_d(obliquity) * sin_d(lambda))
    .asin()
    .to_degrees();
    let sidereal_time = 280.460_618_37 + 360.985_647_366_29 * (jd - J2000);
    let hour_angle = sidereal_time + place.longitude - right_ascension;
    (sin_d(place.latitude) * sin_d(declination)
        + cos_d(place.latitude) * cos_d(declination) * cos_d(hour_angle))
    .asin()
    .to_degrees()
}

/// How far the Moon is ahead of the Sun, 0–360°: 0 at new moon, 180 at full.
pub(crate) fn elongation(jd: f64) -> f64 {
    norm(moon_longitude(jd) - sun_longitude(jd))
}

/// Lahiri's ayanamsa: how far the tropical zodiac has precessed from the
/// sidereal one of Indian astronomy.
fn ayanamsa(jd: f64) -> f64 {
    23.853 + 1.397 * centuries_tt(jd)
}

/// The Sun's sidereal (nirayana) longitude.
pub(crate) fn sidereal_sun(jd: f64) -> f64 {
    norm(sun_longitude(jd) - ayanamsa(jd))
}

/// The Moon's sidereal (nirayana) longitude.
pub(crate) fn sidereal_moon(jd: f64) -> f64 {
    norm(moon_longitude(jd) - ayanamsa(jd))
}

/// The first instant after `jd` at which `angle` (advancing about `rate`
/// degrees a day) reaches `target`.
fn next_crossing(jd: f64, target: f64, rate: f64, angle: impl Fn(f64) -> f64) -> f64 {
    let mut t = jd + norm(target - angle(jd)) / rate;
    for _ in 0..20 {
        let step = signed(target - angle(t)) / rate;
        t += step;
        if step.abs() < 1e-6 {
            break;
        }
    }
    t
}

/// The first instant after `jd` at which the elongation is `target` degrees.
pub(crate) fn next_lunar_phase(jd: f64, target: f64) -> f64 {
    next_crossing(jd, target, SYNODIC_RATE, elongation)
}

/// The first new moon after `jd`.
///
/// Remembered for the whole process by the exact `jd` asked: neighbouring
/// years of one holiday, and holidays of one calendar, search from the same
/// instants (the same tabular Hijri month, the same Chinese month 11), and a
/// new moon costs some ten evaluations of the Moon's series. The same `jd`
/// always gives the same answer, so what is remembered is what would be
/// computed.
pub(crate) fn next_new_moon(jd: f64) -> f64 {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    /// Enough for every new moon of the supported years many times over;
    /// past it new moons are computed afresh, so memory stays bounded.
    const MAX_REMEMBERED: usize = 1 << 16;
    static KNOWN: OnceLock<Mutex<HashMap<u64, f64>>> = OnceLock::new();
    let known = KNOWN.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(&moon) = known
        .lock()
        .ok()
        .as_ref()
        .and_then(|k| k.get(&jd.to_bits()))
    {
        return moon;
    }
    let moon = next_lunar_phase(jd, 0.0);
    if let Ok(mut known) = known.lock()
        && known.len() < MAX_REMEMBERED
    {
        known.insert(jd.to_bits(), moon);
    }
    moon
}

/// The first instant after `jd` at which the Sun's tropical longitude is `target`.
pub(crate) fn next_solar_longitude(jd: f64, target: f64) -> f64 {
    next_crossing(jd, target, SOLAR_RATE, sun_longitude)
}

/// The first instant after `jd` at which the Sun's sidereal longitude is `target`.
pub(crate) fn next_sidereal_solar_longitude(jd: f64, target: f64) -> f64 {
    next_crossing(jd, target, SOLAR_RATE, sidereal_sun)
}

/// A place on Earth, for its sunrise and sunset.
#[derive(Clone, Copy)]
pub(crate) struct Place {
    pub(crate) latitude: f64,
    /// East positive.
    pub(crate) longitude: f64,
    /// The civil zone, hours ahead of UT.
    pub(crate) zone: f64,
}

/// Local apparent noon of civil day `rd` at `place`, and the half-arc of the
/// day (noon to sunset) in days, with the Sun's upper limb on a refracted
/// horizon (Meeus 15 and 28, one iteration).
fn noon_and_half_day(rd: i64, place: Place) -> Option<(f64, f64)> {
    let mean_noon = jd_of_rd(rd) + 0.5 - place.longitude / 360.0;
    let t = centuries_tt(mean_noon);
    let obliquity = 23.439_3 - 0.013 * t;
    let lambda = sun_longitude(mean_noon);
    let declination = (sin_d(obliquity) * sin_d(lambda)).asin().to_degrees();
    // equation of time (Meeus 28.3), radians
    let l0 = (280.466_46 + 36_000.769_83 * t).to_radians();
    let m = (357.529_11 + 35_999.050_29 * t).to_radians();
    let e = 0.016_708_634 - 0.000_042_037 * t;
    let y = (obliquity.to_radians() / 2.0).tan().powi(2);
    let eot = y * (2.0 * l0).sin() - 2.0 * e * m.sin() + 4.0 * e * y * m.sin() * (2.0 * l0).cos()
        - 0.5 * y * y * (4.0 * l0).sin()
        - 1.25 * e * e * (2.0 * m).sin();
    let noon = mean_noon - eot / std::f64::consts::TAU;
    let cos_h = (sin_d(-0.833) - sin_d(place.latitude) * sin_d(declination))
        / (cos_d(place.latitude) * cos_d(declination));
    // no sunrise at all: polar day or night
    if !(-1.0..=1.0).contains(&cos_h) {
        return None;
    }
    Some((noon, cos_h.acos().to_degrees() / 360.0))
}

/// Sunrise (UT) on civil day `rd` at `place`.
pub(crate) fn sunrise(rd: i64, place: Place) -> Option<f64> {
    noon_and_half_day(rd, place).map(|(noon, half)| noon - half)
}

/// Sunset (UT) on civil day `rd` at `place`.
pub(crate) fn sunset(rd: i64, place: Place) -> Option<f64> {
    noon_and_half_day(rd, place).map(|(noon, half)| noon + half)
}

/// Local apparent midnight that ends civil day `rd` at `place`.
pub(crate) fn midnight_after(rd: i64, place: Place) -> Option<f64> {
    noon_and_half_day(rd, place).map(|(noon, _)| noon + 0.5)
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::super::known_rd as rd;

    #[test]
    fn meeus_examples() {
        // Meeus 25.a: 1992 Oct 13.0 TD, apparent longitude 199.90895
        let jd = 2_448_908.5 - delta_t(2_448_908.5);
        assert!((sun_longitude(jd) - 199.909).abs() < 0.01);
        // Meeus 47.a: 1992 Apr 12.0 TD, λ = 133.162655 (with nutation 0.004610)
        let jd = 2_448_724.5 - delta_t(2_448_724.5);
        assert!((moon_longitude(jd) + 0.004_610 - 133.162_655).abs() < 0.01);
        // and β = -3.229126
        assert!((moon_latitude(jd) + 3.229_126).abs() < 0.02);
    }

    #[test]
    fn new_moons_and_solstices_fall_on_their_days() {
        // new moon of 2024-01-11 11:57 UT; winter solstice 2023-12-22 03:27 UT
        let nm = next_new_moon(jd_of_rd(rd(2024, 1, 5)));
        assert_eq!(rd_of_jd(nm, 0.0), rd(2024, 1, 11));
        let solstice = next_solar_longitude(jd_of_rd(rd(2023, 12, 1)), 270.0);
        assert_eq!(rd_of_jd(solstice, 0.0), rd(2023, 12, 22));
    }

    #[test]
    fn delhi_sunrise_is_early_morning() {
        let delhi = Place {
            latitude: 28.61,
            longitude: 77.21,
            zone: 5.5,
        };
        let day = rd(2023, 6, 21);
        let rise = sunrise(day, delhi).unwrap_or_default();
        // about 05:23 IST
        let hours = (rise - jd_of_rd(day)) * 24.0 + 5.5;
        assert!((5.2..5.6).contains(&hours), "{hours}");
    }
}
