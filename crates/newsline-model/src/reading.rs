//! The symbolic reading of a time expression: what the grammar understood,
//! before anything is resolved against a calendar.
//!
//! Readings are plain data. The parse stage produces them from the words alone
//! ("four years ago" is `Offset { amount: 4, unit: Year, direction: Before,
//! anchor: Dct }`); the time stage turns them into TIMEX3 values against the
//! document creation time, the tense of the clause, and earlier expressions.

use serde::{Deserialize, Serialize};

use crate::TimexMod;

/// A calendar unit an expression counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum TimeUnit {
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Fortnight,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
    Millennium,
}

/// A named part of the day (TIMEX3 `MO`, `AF`, `EV`, `NI`, `DT`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum DayPart {
    Morning,
    Midday,
    Afternoon,
    Evening,
    Night,
    Daytime,
}

/// A season of the year (TIMEX3 `SP`, `SU`, `FA`, `WI`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

/// A holiday the grammar knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Holiday {
    NewYearsDay,
    NewYearsEve,
    ValentinesDay,
    IndependenceDay,
    Halloween,
    VeteransDay,
    ChristmasEve,
    Christmas,
    BoxingDay,
    Easter,
    GoodFriday,
    Thanksgiving,
    MemorialDay,
    LaborDay,
    MlkDay,
    PresidentsDay,
    MothersDay,
    FathersDay,
    BlackFriday,
    BossDay,
    StPatricksDay,
    WorldVeganDay,
    KingsDay,
    ShroveTuesday,
    /// The first day of Lent, the day after Shrove Tuesday.
    AshWednesday,
    PalmSunday,
    MaundyThursday,
    HolySaturday,
    EasterMonday,
    /// Forty days after Easter, counting Easter: a Thursday.
    Ascension,
    Pentecost,
    WhitMonday,
    TrinitySunday,
    /// The Thursday after Trinity Sunday.
    CorpusChristi,
    OrthodoxEaster,
    OrthodoxGoodFriday,
    CleanMonday,
    LazarusSaturday,
    /// US federal elections: the Tuesday after the first Monday in November.
    ElectionDay,
    /// March 15 of the Roman calendar.
    IdesOfMarch,
    // Hebrew calendar
    RoshHashanah,
    YomKippur,
    Sukkot,
    SheminiAtzeret,
    SimchatTorah,
    Hanukkah,
    TuBishvat,
    Purim,
    ShushanPurim,
    Passover,
    YomHashoah,
    YomHaatzmaut,
    LagBaomer,
    Shavuot,
    TishaBav,
    // Islamic calendar
    IslamicNewYear,
    Ashura,
    Mawlid,
    IsraMiraj,
    Ramadan,
    LaylatAlQadr,
    JumuatulWida,
    EidAlFitr,
    EidAlAdha,
    // Chinese and Persian calendars
    ChineseNewYear,
    ParsiNewYear,
    Nowruz,
    // Hindu, Sikh, Jain and Buddhist lunar calendar
    Ugadi,
    RamaNavami,
    MahavirJayanti,
    Vesak,
    RathYatra,
    RakshaBandhan,
    Janmashtami,
    GaneshChaturthi,
    Navaratri,
    MahaSaptami,
    Dussehra,
    ValmikiJayanti,
    KarvaChauth,
    Dhanteras,
    NarakaChaturdashi,
    Diwali,
    BhaiDooj,
    Chhath,
    GuruGobindSinghJayanti,
    VasantPanchami,
    RavidasJayanti,
    DayanandaJayanti,
    MahaShivaratri,
    HolikaDahan,
    Holi,
    // Indian solar calendars
    MakarSankranti,
    Bhogi,
    MattuPongal,
    KaanumPongal,
    Vaisakhi,
    RabindraJayanti,
    Onam,
}

/// Which way from the anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Earlier than the anchor (`ago`, `earlier`, `before`).
    Before,
    /// Later than the anchor (`from now`, `later`, `after`).
    After,
}

/// What a relative expression counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Anchor {
    /// The document creation time (`ago`, `from now`, `last week`).
    Dct,
    /// The time the text was just talking about (`later`, `the following week`).
    Previous,
}

/// The vague present, past or future (TIMEX3 `PRESENT_REF`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum RefPoint {
    Present,
    Past,
    Future,
}

/// What a time expression says, independent of when it was written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TimexReading {
    /// A calendar date, any field possibly missing (`Sept. 11`, `2019`, `April 2019`).
    /// With no year, `shift` picks the occurrence: `Some(-1)` the last one
    /// (`last July`), `Some(1)` the next, `Some(0)` this year's, `None` by tense.
    Calendar {
        /// Year, when written.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        year: Option<i32>,
        /// Month 1–12, when written.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        month: Option<u32>,
        /// Day of month, when written.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        day: Option<u32>,
        /// Which occurrence, for a date without a year.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        shift: Option<i32>,
    },
    /// A decade (`the 1990s` → 199), century (`the 20th century` → 19) or millennium.
    Era {
        /// Decade, century or millennium.
        unit: TimeUnit,
        /// The leading digits: 199 for the 1990s, 19 for the 20th century.
        value: i32,
    },
    /// A named day of the week (`Monday`, `last Friday`); `day` 1 = Monday.
    /// `shift` as in `Calendar`.
    Weekday {
        /// ISO weekday number, 1 = Monday … 7 = Sunday.
        day: u32,
        /// Which occurrence: `None` by tense, `Some(-1)` last, `Some(1)` next, `Some(0)` this week's.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        shift: Option<i32>,
    },
    /// A season (`last summer`, `spring 2020`).
    Season {
        /// Which season.
        season: Season,
        /// Year, when written.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        year: Option<i32>,
        /// Which occurrence when no year.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        shift: Option<i32>,
    },
    /// A quarter or half of a (possibly fiscal) year (`the third quarter`, `Q3 2023`).
    Part {
        /// `Quarter` or `Half`.
        unit: TimeUnit,
        /// 1-based index.
        index: u32,
        /// Year, when written.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        year: Option<i32>,
        /// Relative year (`last year's third quarter` → -1) when no year is written.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        year_shift: Option<i32>,
    },
    /// A fiscal year (`fiscal 1998`).
    FiscalYear {
        /// The year as written, or `None` for `the fiscal year`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        year: Option<i32>,
    },
    /// A calendar unit counted from the DCT (`today` = Day 0, `last week` = Week -1,
    /// `next year` = Year +1, `this past weekend` = Weekend -1).
    Relative {
        /// The unit.
        unit: TimeUnit,
        /// How many units from the current one.
        shift: i32,
        /// DCT, or the time just talked about (`the following week`).
        anchor: Anchor,
    },
    /// An amount of time before or after an anchor (`four years ago`, `a day later`).
    Offset {
        /// How many units; `None` for vague amounts (`years ago`, `a few days later`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        amount: Option<f64>,
        /// The unit.
        unit: TimeUnit,
        /// Before or after the anchor.
        direction: Direction,
        /// What it counts from.
        anchor: Anchor,
    },
    /// An amount of time before or after a time the expression itself names
    /// (`three days after Easter`, `the day before last Tuesday`).
    Shifted {
        /// How many units.
        amount: f64,
        /// The unit.
        unit: TimeUnit,
        /// Before or after `from`.
        direction: Direction,
        /// The time counted from.
        from: Box<TimexReading>,
    },
    /// The `index`-th `inner` counted from a time the expression names: after
    /// it (`the third Tuesday after Christmas 2014`), before it, or, with no
    /// direction, by closeness (`the second closest Monday to Oct. 5`).
    Nth {
        /// What is counted: a `Weekday` (any week) or a `Holiday` (any year).
        inner: Box<TimexReading>,
        /// The time counted from.
        from: Box<TimexReading>,
        /// 1 the first (or closest), 2 the second, …
        index: u32,
        /// After or before `from`; `None` for the closest either way.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        direction: Option<Direction>,
    },
    /// A length of time (`two-day`, `18 months`, `days`, `the past three years`).
    Duration {
        /// How many units; `None` for vague amounts (`days`, `several years`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        amount: Option<f64>,
        /// The unit.
        unit: TimeUnit,
    },
    /// A length of time whose size the text leaves open (`a while`, `some
    /// time`, `a long time`): TIMEX3 `PXX`.
    VagueDuration,
    /// `now`, `recently`, `the future`.
    Ref {
        /// Present, past or future.
        point: RefPoint,
    },
    /// A part of a day (`Monday morning`, `tonight`, `this afternoon`).
    DayPart {
        /// Which part.
        part: DayPart,
        /// The day; `None` means the DCT's day (`tonight`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        day: Option<Box<TimexReading>>,
    },
    /// A clock time (`2:42 p.m. ET`, `14:53 GMT`, `noon Friday`).
    Clock {
        /// Hour 0–23.
        hour: u32,
        /// Minute; `None` when only the hour is written (`5 p.m.`, `noon`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        minute: Option<u32>,
        /// Zone as written (`ET`, `GMT`), if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        zone: Option<String>,
        /// The day, when written with it; `None` means the DCT's day.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        day: Option<Box<TimexReading>>,
        /// Second, when written (`15:23:24`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        second: Option<u32>,
        /// The hour was written without a.m./p.m. or a part of day (`3:30`,
        /// `at three twenty`): it may be either half of the day.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        either_half: bool,
    },
    /// A holiday (`Christmas`, `Thanksgiving 2019`).
    Holiday {
        /// Which one.
        holiday: Holiday,
        /// Year, when written.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        year: Option<i32>,
        /// Which occurrence when no year: `Some(1)` the next one after the
        /// DCT (`next Boss's Day`), `Some(-1)` the last one before it, `Some(0)`
        /// the DCT year's.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        shift: Option<i32>,
    },
    /// A recurrence (`every Tuesday`, `annually`, `twice a week`).
    Set {
        /// The period unit (`Week` for `weekly`).
        unit: TimeUnit,
        /// Periods per step (2 for `every two years`).
        #[serde(default = "one", skip_serializing_if = "is_one")]
        every: u32,
        /// Times per period (2 for `twice a week`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        times: Option<u32>,
        /// A weekday for `every Tuesday`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        weekday: Option<u32>,
        /// A part of day for `every morning`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        part: Option<DayPart>,
        /// A month (1–12) for `every July`: that month of every year.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        month: Option<u32>,
        /// `EVERY` when the text says each/every.
        #[serde(default)]
        each: bool,
    },
    /// A day, week, month or holiday placed inside a period: `Thanksgiving of
    /// next year`, `the first Tuesday of October`, `the 20th of next month`,
    /// `Wednesday of next week`, `the third last week of 2018`, `March in a year`.
    Within {
        /// What to find: a `Weekday`, a `Calendar` day or month, a `Holiday`,
        /// or a `Duration` with no amount naming the unit counted (`day`, `week`).
        inner: Box<TimexReading>,
        /// The period it lies in.
        period: Box<TimexReading>,
        /// Which match: 1 the first, 2 the second, -1 the last, -3 the third
        /// last; `None` when the inner reading names just one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        index: Option<i32>,
    },
    /// A reading with a TIMEX3 mod (`late Monday`, `about two weeks`, `more than a year`).
    Modified {
        /// The modifier.
        modifier: TimexMod,
        /// What it modifies.
        inner: Box<TimexReading>,
    },
}

fn one() -> u32 {
    1
}

#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_one(n: &u32) -> bool {
    *n == 1
}

impl TimexReading {
    /// The reading without its outer modifiers, and the outermost modifier.
    pub fn unwrap_mod(&self) -> (&TimexReading, Option<TimexMod>) {
        let mut r = self;
        let mut m = None;
        while let TimexReading::Modified { modifier, inner } = r {
            if m.is_none() {
                m = Some(*modifier);
            }
            r = inner;
        }
        (r, m)
    }
}
