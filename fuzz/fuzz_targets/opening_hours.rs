//! Opening hours as the phone evaluates them (`services::hours`): an expression parsed for a
//! city, then its state asked at an instant and at each next change after it, as the app's
//! "open until …" does. Input: a byte choosing the city, 8 bytes of instant (milliseconds,
//! little-endian), then the expression.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ponte_core::services::hours::Hours;
use ponte_core::Timestamp;

const CITIES: [&str; 4] = ["Bologna", "roma", "Palermo", "Nowhere"];

/// The instants the app deals with (`ponte_core::time`): 2000-01-01 to 2200-01-01. They come
/// from the phone's clock, never from the data, so the input's are folded into them.
const EARLIEST: i64 = 946_684_800_000;
const LATEST: i64 = 7_258_118_400_000;

fuzz_target!(|data: &[u8]| {
    let [city, t0, t1, t2, t3, t4, t5, t6, t7, expression @ ..] = data else {
        return;
    };
    let Ok(expression) = std::str::from_utf8(expression) else {
        return;
    };
    let city = CITIES[usize::from(*city) % CITIES.len()];
    let Some(hours) = Hours::parse(expression, city) else {
        return;
    };
    let raw = i64::from_le_bytes([*t0, *t1, *t2, *t3, *t4, *t5, *t6, *t7]);
    let mut at =
        Timestamp::from_millis(EARLIEST + raw.wrapping_sub(EARLIEST).rem_euclid(LATEST - EARLIEST));
    for _ in 0..4 {
        let state = hours.state_at(at);
        match state.next_change {
            Some(next) => {
                assert!(next > at, "the next change {next:?} is after {at:?}");
                at = next;
            }
            None => break,
        }
    }
});
