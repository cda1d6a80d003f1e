//! At most `max` requests started in any one-second window per Config,
//! retries included: ChartMogul answers 429 above 40 a second, and a bulk
//! import through one Config should never meet it. Each start is booked in
//! call order, no earlier than a window after the start `max` places before
//! it, so the booked starts keep the rule whatever the clock does between
//! calls (p-throttle's strict mode books the same way).

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

/// A second, and a tenth more: the server sees a start a network trip
/// later, and trips vary (the first requests of a burst also open their
/// connections), which can bring two starts a window apart closer there.
pub const WINDOW_MS: f64 = 1_100.0;

pub struct Pacer {
    /// Starts per window; 0 turns pacing off.
    max: Cell<u32>,
    /// The last `max` booked starts (ms since the epoch), oldest first.
    booked: RefCell<VecDeque<f64>>,
}

impl Pacer {
    pub fn new(max: u32) -> Pacer {
        Pacer {
            max: Cell::new(max),
            booked: RefCell::new(VecDeque::new()),
        }
    }

    pub fn set_max(&self, max: u32) {
        self.max.set(max);
    }

    /// Books a start at `now` or later (ms since the epoch) and says when
    /// it is: the caller waits until then. A booking holds even when the
    /// caller gives up, which can only make later starts wait less than
    /// they could, never break the rule.
    pub fn book(&self, now: f64) -> f64 {
        let max = self.max.get() as usize;
        if max == 0 {
            return now;
        }
        let mut booked = self.booked.borrow_mut();
        let at = match booked.len() >= max {
            true => (booked[booked.len() - max] + WINDOW_MS).max(now),
            false => now,
        };
        booked.push_back(at);
        while booked.len() > max {
            booked.pop_front();
        }
        at
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_first_starts_of_a_window_go_at_once_the_next_waits_for_the_window() {
        let pacer = Pacer::new(3);
        assert_eq!(pacer.book(0.0), 0.0);
        assert_eq!(pacer.book(10.0), 10.0);
        assert_eq!(pacer.book(20.0), 20.0);
        assert_eq!(pacer.book(30.0), WINDOW_MS);
        assert_eq!(pacer.book(30.0), 10.0 + WINDOW_MS);
        // Long after, nothing waits.
        assert_eq!(pacer.book(10_000.0), 10_000.0);
    }

    #[test]
    fn zero_turns_pacing_off_and_a_new_max_applies_to_the_next_booking() {
        let pacer = Pacer::new(0);
        for _ in 0..100 {
            assert_eq!(pacer.book(5.0), 5.0);
        }
        pacer.set_max(1);
        assert_eq!(pacer.book(5.0), 5.0);
        assert_eq!(pacer.book(5.0), 5.0 + WINDOW_MS);
    }

    proptest! {
        /// Whatever the clock reads at each booking (never backwards), no
        /// window holds more than `max` booked starts, none is booked
        /// before its `now`, and a start waits only when `max` others are
        /// booked within the window before it.
        #[test]
        fn no_window_holds_more_than_max(
            max in 1u32..50,
            steps in proptest::collection::vec(0.0f64..200.0, 1..400),
        ) {
            let pacer = Pacer::new(max);
            let mut now = 0.0;
            let mut starts: Vec<f64> = Vec::new();
            for step in steps {
                now += step;
                let at = pacer.book(now);
                prop_assert!(at >= now);
                // Within a window: less than WINDOW_MS before (a float's rounding aside).
                let within = |s: f64, t: f64| t - s < WINDOW_MS - 1e-6;
                let before = starts.iter().filter(|&&s| within(s, at)).count();
                prop_assert!(before < max as usize, "{} starts within a window of {}", before + 1, at);
                if at > now {
                    let crowded = starts.iter().filter(|&&s| s > now - WINDOW_MS).count();
                    prop_assert!(crowded >= max as usize, "waited though the window had room");
                }
                starts.push(at);
            }
        }
    }
}
