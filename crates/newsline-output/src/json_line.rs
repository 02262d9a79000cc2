//! Compact JSON, byte for byte what `serde_json::to_string` writes, at a
//! fraction of its cost.
//!
//! A processed document is mostly small structs (spans, ids, texts), so serde_json
//! spent most of its time escaping struct keys one byte at a time and growing its
//! buffer in small writes. This serializer writes a struct key as one copy of
//! `,"key":` from a table found by the key's address ([`KeyCache`]), scans
//! other strings for bytes to escape eight at a time and copies each clean run
//! at once, and writes into a buffer the caller sizes up front.
//!
//! It is one more `serde::Serializer`, not a second model of the output: every
//! derive attribute of the model (`skip_serializing_if`, internal tags,
//! `serialize_with`) still decides what is written. Pretty output stays on
//! serde_json.

use std::cell::Cell;
use std::fmt::{self, Display, Write as _};

use serde::Serialize;
use serde::ser::{self, Impossible};

/// Why a value could not be written as compact JSON.
#[derive(Debug, thiserror::Error)]
pub enum JsonLineError {
    /// A map key that JSON cannot hold: only strings, numbers, bools, chars and
    /// unit variants can be keys, as in serde_json.
    #[error("a JSON object key must be a string")]
    KeyMustBeAString,
    /// A float map key that is NaN or infinite.
    #[error("a float JSON object key must be finite")]
    FloatKeyMustBeFinite,
    /// A `Serialize` impl reported an error of its own.
    #[error("{0}")]
    Custom(String),
}

impl ser::Error for JsonLineError {
    fn custom<T: Display>(msg: T) -> Self {
        JsonLineError::Custom(msg.to_string())
    }
}

type Result<T> = std::result::Result<T, JsonLineError>;

/// Appends `value` to `out` as compact JSON, exactly as `serde_json::to_string`
/// writes it.
pub fn write_json_line<T: ?Sized + Serialize>(out: &mut String, value: &T) -> Result<()> {
    // A value whose `Serialize` writes a line of its own finds the table taken
    // and starts an empty one.
    let keys = KEYS.take().unwrap_or_else(KeyCache::new);
    let mut line = Line {
        out: std::mem::take(out),
        keys,
    };
    let written = value.serialize(LineWriter(&mut line));
    *out = line.out;
    KEYS.set(Some(line.keys));
    written
}

thread_local! {
    /// Kept across lines: keys are static text, so what one line learnt holds
    /// for every later one.
    static KEYS: Cell<Option<KeyCache>> = const { Cell::new(None) };
}

const LOW_BITS: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The high bit of every byte of `word` that JSON must escape (a control byte
/// below 0x20, `"` or `\`). The lowest flagged byte is always right; bytes
/// above it may be flagged falsely (a borrow runs upwards only), and the callers
/// use only the lowest.
fn escape_mask(word: u64) -> u64 {
    let control = word.wrapping_sub(LOW_BITS * 0x20);
    let quote = (word ^ (LOW_BITS * u64::from(b'"'))).wrapping_sub(LOW_BITS);
    let backslash = (word ^ (LOW_BITS * u64::from(b'\\'))).wrapping_sub(LOW_BITS);
    // None of the three patterns has its high bit set, so `!word` stands for
    // the complement of each XORed word too: bytes of 0x80 and above never flag.
    (control | quote | backslash) & !word & HIGH_BITS
}

/// Whether serde_json escapes `byte`: a control byte, `"` or `\`.
fn needs_escape(byte: u8) -> bool {
    byte < 0x20 || byte == b'"' || byte == b'\\'
}

/// Index of the first byte of `bytes` that JSON must escape.
///
/// Most strings of a line are ids, values and words of a few bytes: up to
/// sixteen bytes are two overlapping words, with no loop to set up. Inlined
/// into every string write: left to itself the compiler called it, and for
/// an id of a few bytes the call cost as much as the test.
#[inline(always)]
fn first_to_escape(bytes: &[u8]) -> Option<usize> {
    match (
        bytes.len() <= 16,
        bytes.first_chunk::<8>(),
        bytes.last_chunk::<8>(),
    ) {
        (true, Some(low), Some(high)) => {
            let low_mask = escape_mask(u64::from_le_bytes(*low));
            if low_mask != 0 {
                return Some(first_flagged(low_mask));
            }
            // The bytes shared with the low word are clean, so the first
            // flag of the high word is the first of the string.
            let high_mask = escape_mask(u64::from_le_bytes(*high));
            (high_mask != 0).then(|| bytes.len() - 8 + first_flagged(high_mask))
        }
        (true, _, _) => first_to_escape_in_short(bytes),
        (false, _, _) => first_to_escape_in_long(bytes),
    }
}

/// [`first_to_escape`] for more than sixteen bytes: sixteen bytes at a time,
/// as two words tested with one branch (the article and quotes are long and
/// almost never need an escape), and the last few as a short string.
fn first_to_escape_in_long(bytes: &[u8]) -> Option<usize> {
    let mut blocks = bytes.chunks_exact(16);
    let mut offset = 0;
    for block in blocks.by_ref() {
        // `chunks_exact` hands out sixteen bytes, so both halves are there.
        let (Some(low), Some(high)) = (block.first_chunk::<8>(), block.last_chunk::<8>()) else {
            break;
        };
        let low_mask = escape_mask(u64::from_le_bytes(*low));
        let high_mask = escape_mask(u64::from_le_bytes(*high));
        if low_mask | high_mask != 0 {
            // Each word's lowest flag is right on its own; the high word
            // counts only when the low one is clean.
            return Some(if low_mask != 0 {
                offset + first_flagged(low_mask)
            } else {
                offset + 8 + first_flagged(high_mask)
            });
        }
        offset += 16;
    }
    let tail = blocks.remainder();
    if tail.is_empty() {
        return None;
    }
    first_to_escape(tail).map(|at| offset + at)
}

/// The same for fewer than eight bytes (ids, single words): two overlapping
/// four-byte halves make one word, and below four bytes one by one.
fn first_to_escape_in_short(bytes: &[u8]) -> Option<usize> {
    let (Some(low), Some(high)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) else {
        return bytes.iter().position(|&byte| needs_escape(byte));
    };
    let word = u64::from(u32::from_le_bytes(*low)) | u64::from(u32::from_le_bytes(*high)) << 32;
    let mask = escape_mask(word);
    if mask == 0 {
        return None;
    }
    // The upper half is the last four bytes, which overlap the first four
    // when there are fewer than eight.
    let flagged = first_flagged(mask);
    Some(if flagged < 4 {
        flagged
    } else {
        bytes.len() + flagged - 8
    })
}

/// Index of the lowest flagged byte: flags fall on high bits, so a byte's
/// index is its bit index / 8.
fn first_flagged(mask: u64) -> usize {
    (mask.trailing_zeros() / 8) as usize
}

/// Appends `text` escaped as the inside of a JSON string.
#[inline(always)]
fn push_escaped(out: &mut String, text: &str) {
    match first_to_escape(text.as_bytes()) {
        None => out.push_str(text),
        Some(at) => push_escaped_from(out, text, at),
    }
}

/// Appends `text`, of which the first byte to escape is at `at`.
fn push_escaped_from(out: &mut String, text: &str, at: usize) {
    let mut rest = text;
    let mut next = Some(at);
    while let Some(at) = next {
        // An escaped byte is ASCII, so `at` is a char boundary; should that ever
        // not hold, escaping char by char is slower but still right.
        let Some((clean, from_escape)) = rest.split_at_checked(at) else {
            rest.chars().for_each(|ch| push_escaped_char(out, ch));
            return;
        };
        out.push_str(clean);
        let mut chars = from_escape.chars();
        if let Some(ch) = chars.next() {
            push_escaped_char(out, ch);
        }
        rest = chars.as_str();
        next = first_to_escape(rest.as_bytes());
    }
    out.push_str(rest);
}

/// Appends one char as serde_json writes it inside a string: the short escapes
/// it knows, `\u00xx` (lowercase) for other control chars, anything else as is
/// (`/`, DEL and non-ASCII included).
fn push_escaped_char(out: &mut String, ch: char) {
    match ch {
        '"' => out.push_str("\\\""),
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\u{8}' => out.push_str("\\b"),
        '\u{c}' => out.push_str("\\f"),
        '\0'..='\u{1f}' => {
            let code = u32::from(ch);
            out.push_str("\\u00");
            out.push(char::from_digit(code >> 4, 16).unwrap_or('0'));
            out.push(char::from_digit(code & 0xf, 16).unwrap_or('0'));
        }
        other => out.push(other),
    }
}

#[inline]
fn push_string(out: &mut String, text: &str) {
    out.push('"');
    push_escaped(out, text);
    out.push('"');
}

/// Appends `"key":` (after a comma unless it is the first entry), escaping the
/// key: map keys, and struct keys on their first sight or with no room in the
/// table.
fn push_key(out: &mut String, key: &str, first: bool) {
    if !first {
        out.push(',');
    }
    push_string(out, key);
    out.push(':');
}

fn push_integer(out: &mut String, value: impl itoa::Integer) {
    out.push_str(itoa::Buffer::new().format(value));
}

/// Floats are rare in the model (fractional amounts of a duration), so they go
/// through serde_json itself: the same shortest round-trip digits and `null`
/// for NaN and infinities, by construction.
fn push_float<F: Serialize>(out: &mut String, value: F) -> Result<()> {
    let text = serde_json::to_string(&value).map_err(ser::Error::custom)?;
    out.push_str(&text);
    Ok(())
}

/// Writes a `Display` value straight into the string, escaping as it goes
/// (chrono's dates and times arrive this way).
fn push_displayed(out: &mut String, value: &(impl Display + ?Sized)) -> Result<()> {
    struct Escaping<'a>(&'a mut String);
    impl fmt::Write for Escaping<'_> {
        fn write_str(&mut self, text: &str) -> fmt::Result {
            push_escaped(self.0, text);
            Ok(())
        }
    }
    out.push('"');
    write!(Escaping(out), "{value}").map_err(ser::Error::custom)?;
    out.push('"');
    Ok(())
}

/// Struct field keys already written, as `,"key":`, found by the key's address.
///
/// Derive hands every field name over as a `&'static str`, and static text
/// never changes, so an address and a length name one key for the whole run: a
/// key is scanned for escapes once per thread, then copied in one piece.
///
/// Every key remembered sits in its home slot: when a new key finds its home
/// taken, the table is rebuilt with another multiplier until every key has a
/// slot of its own. A model has about a hundred keys, so that happens a few
/// times per thread, and afterwards a key costs one probe whatever addresses
/// the linker gave the keys (with probing, a hot key that happened to collide
/// cost a second lookup on every write, and the cost moved with each relink).
struct KeyCache {
    multiplier: u64,
    /// A fixed number of slots, so that a slot index, which the hash keeps
    /// below it, needs no bounds check.
    slots: Box<[Option<CachedKey>; KEY_SLOTS]>,
    /// No multiplier gave every key a slot: keys that find their home taken
    /// are written the long way, without trying again on every write.
    full: bool,
}

struct CachedKey {
    address: usize,
    len: usize,
    /// `,"key":`
    written: Box<str>,
    /// `"key":`, for the first entry of an object: kept apart so that choosing
    /// it is a select, where cutting the comma off `written` was a char
    /// boundary check on every first key.
    first: Box<str>,
}

/// A table about forty times the number of keys, so that a multiplier that
/// gives each its own slot is found in a few tries.
const KEY_SLOT_BITS: u32 = 12;
const KEY_SLOTS: usize = 1 << KEY_SLOT_BITS;
/// Multipliers tried when rebuilding before the table is called full (a key
/// that finds its home taken is then written the long way on every use,
/// which is slower but right).
const KEY_REBUILDS: usize = 256;
/// Fibonacci hashing's multiplier, the first one tried.
const FIRST_MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;

impl CachedKey {
    fn new(key: &'static str) -> Self {
        let mut written = String::with_capacity(key.len() + 4);
        push_key(&mut written, key, false);
        let mut first = String::with_capacity(key.len() + 3);
        push_key(&mut first, key, true);
        CachedKey {
            address: key.as_ptr() as usize,
            len: key.len(),
            written: written.into_boxed_str(),
            first: first.into_boxed_str(),
        }
    }

    #[inline]
    fn is(&self, key: &'static str) -> bool {
        self.address == key.as_ptr() as usize && self.len == key.len()
    }
}

/// A table of empty slots, built on the heap (a table on the stack would be
/// some two hundred kilobytes).
fn empty_slots() -> Box<[Option<CachedKey>; KEY_SLOTS]> {
    let slots: Vec<Option<CachedKey>> = std::iter::repeat_with(|| None).take(KEY_SLOTS).collect();
    // The vector has exactly `KEY_SLOTS` entries, so the conversion succeeds.
    slots
        .try_into()
        .unwrap_or_else(|_| Box::new([const { None }; KEY_SLOTS]))
}

impl KeyCache {
    fn new() -> Self {
        KeyCache {
            multiplier: FIRST_MULTIPLIER,
            slots: empty_slots(),
            full: false,
        }
    }

    /// The slot of the key at `address`. Static strings lie close together,
    /// and the multiplication spreads their low bits over the slot index.
    #[inline]
    fn slot_of(multiplier: u64, address: usize) -> usize {
        ((address as u64).wrapping_mul(multiplier) >> (64 - KEY_SLOT_BITS)) as usize
    }

    /// The entry of `key`, if it has been seen: the common case, kept small
    /// so that it inlines into every field write.
    #[inline]
    fn get(&self, key: &'static str) -> Option<&CachedKey> {
        match self
            .slots
            .get(Self::slot_of(self.multiplier, key.as_ptr() as usize))
        {
            Some(Some(cached)) if cached.is(key) => Some(cached),
            _ => None,
        }
    }

    /// The entry of a key seen for the first time, remembered from now on;
    /// `None` when no multiplier tried gives every key a slot of its own.
    #[cold]
    fn insert(&mut self, key: &'static str) -> Option<&CachedKey> {
        let home = Self::slot_of(self.multiplier, key.as_ptr() as usize);
        if matches!(self.slots.get(home), Some(None)) {
            if let Some(slot) = self.slots.get_mut(home) {
                *slot = Some(CachedKey::new(key));
            }
            return self.get(key);
        }
        if self.full {
            return None;
        }
        let mut cached: Vec<CachedKey> = self.slots.iter_mut().filter_map(Option::take).collect();
        cached.push(CachedKey::new(key));
        let mut multiplier = self.multiplier;
        for _ in 0..KEY_REBUILDS {
            multiplier = next_multiplier(multiplier);
            let mut taken = vec![false; KEY_SLOTS];
            let fits = cached.iter().all(|entry| {
                let slot = Self::slot_of(multiplier, entry.address);
                match taken.get_mut(slot) {
                    Some(taken @ false) => {
                        *taken = true;
                        true
                    }
                    _ => false,
                }
            });
            if fits {
                self.multiplier = multiplier;
                for entry in cached {
                    let slot = Self::slot_of(multiplier, entry.address);
                    if let Some(place) = self.slots.get_mut(slot) {
                        *place = Some(entry);
                    }
                }
                return self.get(key);
            }
        }
        // No multiplier fits: keep the keys as they were, without the new one.
        self.full = true;
        cached.pop();
        for entry in cached {
            let slot = Self::slot_of(self.multiplier, entry.address);
            if let Some(place) = self.slots.get_mut(slot) {
                *place = Some(entry);
            }
        }
        None
    }
}

/// The next odd multiplier to try (SplitMix64's step and finalizer, so that
/// successive multipliers share no bit pattern).
fn next_multiplier(previous: u64) -> u64 {
    let mut z = previous.wrapping_add(FIRST_MULTIPLIER);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (z ^ (z >> 31)) | 1
}

/// A line being written, and the struct field keys it has written so far.
struct Line {
    out: String,
    keys: KeyCache,
}

impl Line {
    /// Appends `"key":` for a struct field (or variant) name, after a comma
    /// unless it is the first entry.
    ///
    /// Inlined into every field write, with the rare miss kept out of line:
    /// left to itself the compiler called it, and the call cost as much as
    /// the lookup.
    #[inline(always)]
    fn push_field_key(&mut self, key: &'static str, first: bool) {
        if let Some(cached) = self.keys.get(key) {
            push_written_key(&mut self.out, cached, first);
            return;
        }
        self.push_new_field_key(key, first);
    }

    /// [`Line::push_field_key`] for a key seen for the first time.
    #[cold]
    #[inline(never)]
    fn push_new_field_key(&mut self, key: &'static str, first: bool) {
        match self.keys.insert(key) {
            Some(cached) => push_written_key(&mut self.out, cached, first),
            None => push_key(&mut self.out, key, first),
        }
    }
}

/// Appends a key written before as `,"key":`; the first entry goes without
/// the comma.
#[inline]
fn push_written_key(out: &mut String, cached: &CachedKey, first: bool) {
    out.push_str(if first {
        &cached.first
    } else {
        &cached.written
    });
}

/// The serializer: appends to the line it borrows.
struct LineWriter<'a>(&'a mut Line);

/// An array or object being written: `close` ends it, and a variant wrapped in
/// an object (`{"variant":[…]}`) closes that object too.
struct Compound<'a> {
    line: &'a mut Line,
    first: bool,
    /// An object (closed by `}`), else an array (closed by `]`): a choice of
    /// two ASCII chars is written with no test of the char's width.
    is_object: bool,
    in_variant: bool,
}

impl<'a> Compound<'a> {
    fn open(line: &'a mut Line, is_object: bool) -> Self {
        line.out.push(if is_object { '{' } else { '[' });
        Compound {
            line,
            first: true,
            is_object,
            in_variant: false,
        }
    }

    /// Opens `{"variant":` around a variant's content.
    fn open_variant(line: &'a mut Line, variant: &'static str, is_object: bool) -> Self {
        line.out.push('{');
        line.push_field_key(variant, true);
        Compound {
            in_variant: true,
            ..Self::open(line, is_object)
        }
    }

    #[inline]
    fn element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        if !self.first {
            self.line.out.push(',');
        }
        self.first = false;
        value.serialize(LineWriter(self.line))
    }

    #[inline]
    fn field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<()> {
        self.line.push_field_key(key, self.first);
        self.first = false;
        value.serialize(LineWriter(self.line))
    }

    #[inline]
    fn close(self) -> Result<()> {
        self.line.out.push(if self.is_object { '}' } else { ']' });
        if self.in_variant {
            self.line.out.push('}');
        }
        Ok(())
    }
}

impl<'a> ser::Serializer for LineWriter<'a> {
    type Ok = ();
    type Error = JsonLineError;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, value: bool) -> Result<()> {
        self.0.out.push_str(if value { "true" } else { "false" });
        Ok(())
    }

    fn serialize_i8(self, value: i8) -> Result<()> {
        push_integer(&mut self.0.out, value);
        Ok(())
    }

    fn serialize_i16(self, value: i16) -> Result<()> {
        push_integer(&mut self.0.out, value);
        Ok(())
    }

    fn serialize_i32(self, value: i32) -> Result<()> {
        push_integer(&mut self.0.out, value);
        Ok(())
    }

    fn serialize_i64(self, value: i64) -> Result<()> {
        push_integer(&mut self.0.out, value);
        Ok(())
    }

    fn serialize_i128(self, value: i128) -> Result<()> {
        push_integer(&mut self.0.out, value);
        Ok(())
    }

    fn serialize_u8(self, value: u8) -> Result<()> {
        push_integer(&mut self.0.out, value);
        Ok(())
    }

    fn serialize_u16(self, value: u16) -> Result<()> {
        push_integer(&mut self.0.out, value);
        Ok(())
    }

    fn serialize_u32(self, value: u32) -> Result<()> {
        push_integer(&mut self.0.out, value);
        Ok(())
    }

    fn serialize_u64(self, value: u64) -> Result<()> {
        push_integer(&mut self.0.out, value);
        Ok(())
    }

    fn serialize_u128(self, value: u128) -> Result<()> {
        push_integer(&mut self.0.out, value);
        Ok(())
    }

    fn serialize_f32(self, value: f32) -> Result<()> {
        push_float(&mut self.0.out, value)
    }

    fn serialize_f64(self, value: f64) -> Result<()> {
        push_float(&mut self.0.out, value)
    }

    fn serialize_char(self, value: char) -> Result<()> {
        self.serialize_str(value.encode_utf8(&mut [0; 4]))
    }

    fn serialize_str(self, value: &str) -> Result<()> {
        push_string(&mut self.0.out, value);
        Ok(())
    }

    /// serde_json writes bytes as an array of numbers.
    fn serialize_bytes(self, value: &[u8]) -> Result<()> {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(value.len()))?;
        value
            .iter()
            .try_for_each(|byte| seq.serialize_element(byte))?;
        seq.end()
    }

    fn serialize_none(self) -> Result<()> {
        self.serialize_unit()
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<()> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<()> {
        self.0.out.push_str("null");
        Ok(())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<()> {
        self.serialize_unit()
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _variant_index: u32,
        variant: &'static str,
    ) -> Result<()> {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<()> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _variant_index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<()> {
        self.0.out.push('{');
        self.0.push_field_key(variant, true);
        value.serialize(LineWriter(&mut *self.0))?;
        self.0.out.push('}');
        Ok(())
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a>> {
        Ok(Compound::open(self.0, false))
    }

    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a>> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _variant_index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>> {
        Ok(Compound::open_variant(self.0, variant, false))
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a>> {
        Ok(Compound::open(self.0, true))
    }

    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Compound<'a>> {
        Ok(Compound::open(self.0, true))
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _variant_index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>> {
        Ok(Compound::open_variant(self.0, variant, true))
    }

    fn collect_str<T: ?Sized + Display>(self, value: &T) -> Result<()> {
        push_displayed(&mut self.0.out, value)
    }
}

/// The four serde sequence shapes are one JSON array: each element goes through
/// `Compound::element`, and the array closes the same way.
macro_rules! json_array {
    ($($shape:ident :: $method:ident),+) => {$(
        impl ser::$shape for Compound<'_> {
            type Ok = ();
            type Error = JsonLineError;

            #[inline]
            fn $method<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
                self.element(value)
            }

            #[inline]
            fn end(self) -> Result<()> {
                self.close()
            }
        }
    )+};
}

json_array!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = JsonLineError;

    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<()> {
        if !self.first {
            self.line.out.push(',');
        }
        self.first = false;
        key.serialize(KeyWriter(&mut *self.line))?;
        self.line.out.push(':');
        Ok(())
    }

    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        value.serialize(LineWriter(&mut *self.line))
    }

    #[inline]
    fn end(self) -> Result<()> {
        self.close()
    }
}

/// A struct and a struct variant are one JSON object of `&'static str` keys, each
/// written through the key table (`Compound::field`).
macro_rules! json_object {
    ($($shape:ident),+) => {$(
        impl ser::$shape for Compound<'_> {
            type Ok = ();
            type Error = JsonLineError;

            #[inline]
            fn serialize_field<T: ?Sized + Serialize>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<()> {
                self.field(key, value)
            }

            #[inline]
            fn end(self) -> Result<()> {
                self.close()
            }
        }
    )+};
}

json_object!(SerializeStruct, SerializeStructVariant);

/// Writes a map key: strings as they are; numbers and bools quoted, as serde_json
/// does; anything else is an error.
struct KeyWriter<'a>(&'a mut Line);

impl KeyWriter<'_> {
    fn quoted(self, write: impl FnOnce(&mut Line) -> Result<()>) -> Result<()> {
        self.0.out.push('"');
        write(&mut *self.0)?;
        self.0.out.push('"');
        Ok(())
    }
}

impl ser::Serializer for KeyWriter<'_> {
    type Ok = ();
    type Error = JsonLineError;
    type SerializeSeq = Impossible<(), JsonLineError>;
    type SerializeTuple = Impossible<(), JsonLineError>;
    type SerializeTupleStruct = Impossible<(), JsonLineError>;
    type SerializeTupleVariant = Impossible<(), JsonLineError>;
    type SerializeMap = Impossible<(), JsonLineError>;
    type SerializeStruct = Impossible<(), JsonLineError>;
    type SerializeStructVariant = Impossible<(), JsonLineError>;

    fn serialize_bool(self, value: bool) -> Result<()> {
        self.quoted(|out| LineWriter(out).serialize_bool(value))
    }

    fn serialize_i8(self, value: i8) -> Result<()> {
        self.quoted(|out| LineWriter(out).serialize_i8(value))
    }

    fn serialize_i16(self, value: i16) -> Result<()> {
        self.quoted(|out| LineWriter(out).serialize_i16(value))
    }

    fn serialize_i32(self, value: i32) -> Result<()> {
        self.quoted(|out| LineWriter(out).serialize_i32(value))
    }

    fn serialize_i64(self, value: i64) -> Result<()> {
        self.quoted(|out| LineWriter(out).serialize_i64(value))
    }

    fn serialize_i128(self, value: i128) -> Result<()> {
        self.quoted(|out| LineWriter(out).serialize_i128(value))
    }

    fn serialize_u8(self, value: u8) -> Result<()> {
        self.quoted(|out| LineWriter(out).serialize_u8(value))
    }

    fn serialize_u16(self, value: u16) -> Result<()> {
        self.quoted(|out| LineWriter(out).serialize_u16(value))
    }

    fn serialize_u32(self, value: u32) -> Result<()> {
        self.quoted(|out| LineWriter(out).serialize_u32(value))
    }

    fn serialize_u64(self, value: u64) -> Result<()> {
        self.quoted(|out| LineWriter(out).serialize_u64(value))
    }

    fn serialize_u128(self, value: u128) -> Result<()> {
        self.quoted(|out| LineWriter(out).serialize_u128(value))
    }

    fn serialize_f32(self, value: f32) -> Result<()> {
        if !value.is_finite() {
            return Err(JsonLineError::FloatKeyMustBeFinite);
        }
        self.quoted(|out| LineWriter(out).serialize_f32(value))
    }

    fn serialize_f64(self, value: f64) -> Result<()> {
        if !value.is_finite() {
            return Err(JsonLineError::FloatKeyMustBeFinite);
        }
        self.quoted(|out| LineWriter(out).serialize_f64(value))
    }

    fn serialize_char(self, value: char) -> Result<()> {
        LineWriter(self.0).serialize_char(value)
    }

    fn serialize_str(self, value: &str) -> Result<()> {
        LineWriter(self.0).serialize_str(value)
    }

    fn serialize_bytes(self, _value: &[u8]) -> Result<()> {
        Err(JsonLineError::KeyMustBeAString)
    }

    fn serialize_none(self) -> Result<()> {
        Err(JsonLineError::KeyMustBeAString)
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<()> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<()> {
        Err(JsonLineError::KeyMustBeAString)
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<()> {
        Err(JsonLineError::KeyMustBeAString)
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _variant_index: u32,
        variant: &'static str,
    ) -> Result<()> {
        LineWriter(self.0).serialize_str(variant)
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<()> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _variant_index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<()> {
        Err(JsonLineError::KeyMustBeAString)
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq> {
        Err(JsonLineError::KeyMustBeAString)
    }

    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple> {
        Err(JsonLineError::KeyMustBeAString)
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct> {
        Err(JsonLineError::KeyMustBeAString)
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _variant_index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        Err(JsonLineError::KeyMustBeAString)
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap> {
        Err(JsonLineError::KeyMustBeAString)
    }

    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self::SerializeStruct> {
        Err(JsonLineError::KeyMustBeAString)
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _variant_index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant> {
        Err(JsonLineError::KeyMustBeAString)
    }

    fn collect_str<T: ?Sized + Display>(self, value: &T) -> Result<()> {
        push_displayed(&mut self.0.out, value)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use proptest::prelude::*;
    use serde::Serialize;

    use super::*;

    fn ours<T: ?Sized + Serialize>(value: &T) -> Result<String> {
        let mut out = String::new();
        write_json_line(&mut out, value)?;
        Ok(out)
    }

    fn assert_same<T: ?Sized + Serialize + fmt::Debug>(value: &T) {
        assert_eq!(
            ours(value).unwrap(),
            serde_json::to_string(value).unwrap(),
            "{value:?}"
        );
    }

    #[test]
    fn every_ascii_byte_escapes_as_serde_json_escapes_it() {
        for byte in 0..=0x7fu8 {
            assert_same(&char::from(byte).to_string());
            assert_same(&char::from(byte));
        }
    }

    #[test]
    fn strings_that_need_no_escape_pass_unchanged() {
        for text in [
            "",
            "a",
            "/",
            "\u{7f}",
            "é",
            "日本語",
            "\u{2028}\u{2029}",
            "😀 emoji",
        ] {
            assert_same(text);
        }
    }

    #[test]
    fn an_escape_is_found_at_every_offset_of_a_word() {
        for escaped in ["\"", "\\", "\n", "\u{0}", "\u{1f}", "\u{8}"] {
            for before in 0..20 {
                for after in 0..10 {
                    let text = format!("{}{escaped}{}", "x".repeat(before), "é".repeat(after));
                    assert_same(&text);
                    let doubled = format!("{}{escaped}{escaped}y", "ü".repeat(before));
                    assert_same(&doubled);
                }
            }
        }
    }

    #[test]
    fn bytes_near_the_escaped_ones_are_not_escaped() {
        // Neighbours of the three tests the word scan makes, and bytes that
        // differ from `"` or `\` only in the high bit.
        let text: String = [
            ' ', '!', '#', '[', ']', '\u{a2}', '\u{dc}', '\u{a0}', '\u{ff}',
        ]
        .iter()
        .cycle()
        .take(40)
        .collect();
        assert_same(&text);
    }

    #[test]
    fn maps_take_the_keys_serde_json_takes() {
        let by_int: BTreeMap<i64, &str> = [(-3, "a"), (7, "b\n")].into_iter().collect();
        assert_same(&by_int);
        let by_bool: BTreeMap<bool, u8> = [(false, 0), (true, 1)].into_iter().collect();
        assert_same(&by_bool);
        let by_char: BTreeMap<char, ()> = [('"', ()), ('x', ())].into_iter().collect();
        assert_same(&by_char);
        let by_str: BTreeMap<&str, ()> = [("", ()), ("a\"b", ())].into_iter().collect();
        assert_same(&by_str);
        let empty: BTreeMap<String, String> = BTreeMap::new();
        assert_same(&empty);
        assert!(matches!(
            ours(&[((1, 2), 3)].into_iter().collect::<BTreeMap<_, _>>()),
            Err(JsonLineError::KeyMustBeAString)
        ));
        assert!(
            serde_json::to_string(&[((1, 2), 3)].into_iter().collect::<BTreeMap<_, _>>()).is_err()
        );
    }

    #[test]
    fn float_keys_must_be_finite() {
        struct FloatKeys(Vec<f64>);
        impl Serialize for FloatKeys {
            fn serialize<S: ser::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                use ser::SerializeMap;
                let mut map = s.serialize_map(Some(self.0.len()))?;
                for key in &self.0 {
                    map.serialize_entry(key, &0)?;
                }
                map.end()
            }
        }
        assert_eq!(
            ours(&FloatKeys(vec![1.5, -0.0])).unwrap(),
            r#"{"1.5":0,"-0.0":0}"#
        );
        assert_eq!(
            ours(&FloatKeys(vec![1.5, -0.0])).unwrap(),
            serde_json::to_string(&FloatKeys(vec![1.5, -0.0])).unwrap()
        );
        assert!(matches!(
            ours(&FloatKeys(vec![f64::NAN])),
            Err(JsonLineError::FloatKeyMustBeFinite)
        ));
    }

    #[test]
    fn numbers_are_written_as_serde_json_writes_them() {
        assert_same(&(0u8, i8::MIN, u16::MAX, i16::MIN, u32::MAX, i32::MIN));
        assert_same(&(u64::MAX, i64::MIN, u128::MAX, i128::MIN, 0usize, -1isize));
        assert_same(&[
            0.0,
            -0.0,
            1.0,
            0.1,
            2.5e-8,
            1e21,
            123456.789,
            f64::MAX,
            f64::MIN_POSITIVE,
        ]);
        assert_same(&[f64::NAN, f64::INFINITY, f64::NEG_INFINITY]);
        assert_same(&[1.5f32, f32::NAN, 0.1f32]);
    }

    #[derive(Serialize, Debug)]
    struct Unit;

    #[derive(Serialize, Debug)]
    struct Newtype(u8);

    #[derive(Serialize, Debug)]
    struct Pair(i32, String);

    #[derive(Serialize, Debug)]
    enum Shape {
        Empty,
        Wrapped(Option<u8>),
        Pair(u8, u8),
        Record { a: u8, b: Vec<u8> },
        NoFields {},
    }

    #[derive(Serialize, Debug)]
    #[serde(tag = "kind", rename_all = "snake_case")]
    enum Tagged {
        Plain,
        Fields {
            #[serde(skip_serializing_if = "Option::is_none")]
            skipped: Option<u8>,
            kept: bool,
        },
        Inner(Newtype2),
    }

    #[derive(Serialize, Debug)]
    struct Newtype2 {
        x: u8,
    }

    #[derive(Serialize, Debug)]
    #[serde(untagged)]
    enum Untagged {
        Text(String),
        Number(u32),
    }

    #[derive(Serialize, Debug)]
    struct Everything {
        unit: (),
        unit_struct: Unit,
        newtype: Newtype,
        pair: Pair,
        shapes: Vec<Shape>,
        tagged: Vec<Tagged>,
        untagged: Vec<Untagged>,
        #[serde(with = "serde_bytes_as_slice")]
        bytes: Vec<u8>,
        empty: Vec<u8>,
        nested: Vec<Vec<()>>,
        none: Option<String>,
        some: Option<String>,
        flag: bool,
        #[serde(rename = "needs \"escaping\"\n")]
        odd_key: u8,
        chrono: chrono::NaiveDate,
    }

    /// Serializes through `serialize_bytes`, which derive never calls for a `Vec<u8>`.
    mod serde_bytes_as_slice {
        pub fn serialize<S: serde::Serializer>(
            bytes: &[u8],
            s: S,
        ) -> std::result::Result<S::Ok, S::Error> {
            s.serialize_bytes(bytes)
        }
    }

    #[test]
    fn every_shape_of_the_serde_data_model_matches_serde_json() {
        let everything = Everything {
            unit: (),
            unit_struct: Unit,
            newtype: Newtype(7),
            pair: Pair(-1, "p".into()),
            shapes: vec![
                Shape::Empty,
                Shape::Wrapped(None),
                Shape::Wrapped(Some(1)),
                Shape::Pair(1, 2),
                Shape::Record { a: 1, b: vec![] },
                Shape::NoFields {},
            ],
            tagged: vec![
                Tagged::Plain,
                Tagged::Fields {
                    skipped: None,
                    kept: true,
                },
                Tagged::Inner(Newtype2 { x: 3 }),
            ],
            untagged: vec![Untagged::Text("t".into()), Untagged::Number(4)],
            bytes: vec![0, 255, 10],
            empty: vec![],
            nested: vec![vec![], vec![(), ()]],
            none: None,
            some: Some("s\t".into()),
            flag: false,
            odd_key: 1,
            chrono: chrono::NaiveDate::from_ymd_opt(2023, 9, 11).unwrap(),
        };
        assert_same(&everything);
    }

    #[test]
    fn a_failing_serialize_impl_is_an_error() {
        struct Fails;
        impl Serialize for Fails {
            fn serialize<S: ser::Serializer>(&self, _: S) -> std::result::Result<S::Ok, S::Error> {
                Err(ser::Error::custom("no"))
            }
        }
        assert!(matches!(ours(&vec![Fails]), Err(JsonLineError::Custom(m)) if m == "no"));
    }

    fn leaked_keys(count: usize) -> Vec<&'static str> {
        (0..count)
            .map(|i| &*Box::leak(format!("key_{i}").into_boxed_str()))
            .collect()
    }

    #[test]
    fn every_key_of_a_model_sized_set_finds_its_own_slot() {
        let keys = leaked_keys(150);
        let mut cache = KeyCache::new();
        for key in &keys {
            assert!(cache.insert(key).is_some(), "{key}");
        }
        for key in &keys {
            let cached = cache.get(key).unwrap();
            assert_eq!(&*cached.written, format!(",\"{key}\":"));
            assert_eq!(&*cached.first, format!("\"{key}\":"));
        }
    }

    #[test]
    fn keys_past_what_the_table_holds_are_still_written() {
        let keys = leaked_keys(3000);
        let mut line = Line {
            out: String::new(),
            keys: KeyCache::new(),
        };
        for (i, key) in keys.iter().enumerate() {
            line.push_field_key(key, i == 0);
        }
        let expected: Vec<String> = keys.iter().map(|key| format!("\"{key}\":")).collect();
        assert_eq!(line.out, expected.join(","));
        // Whatever was kept is still found where it was put.
        let kept = keys
            .iter()
            .filter(|key| line.keys.get(key).is_some())
            .count();
        assert!(kept >= 100, "{kept}");
    }

    proptest! {
        #[test]
        fn any_string_escapes_as_serde_json_escapes_it(text in any::<String>()) {
            prop_assert_eq!(ours(&text).unwrap(), serde_json::to_string(&text).unwrap());
        }

        #[test]
        fn control_heavy_strings_escape_as_serde_json_escapes_them(
            text in "[\\x00-\\x20\"\\\\a-z\u{e9}\u{2028}]{0,40}"
        ) {
            prop_assert_eq!(ours(&text).unwrap(), serde_json::to_string(&text).unwrap());
        }
    }
}
