//! Per-attempt timeouts without an AbortController and a timer per attempt.
//! In Node 20 creating an AbortController costs more than the rest of a call
//! (bench/HISTORY.md), so attempts that start within a short window of each
//! other with the same timeout share one controller and one timer: each is
//! given up between `ms` and `ms + slack(ms)` after it started. An attempt
//! with a caller's signal gets a controller of its own, which that signal
//! aborts too (the caller already pays for a signal).

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use gloo_timers::callback::Timeout;
use js_sys::Date;
use web_sys::AbortSignal;

use crate::abort::Forward;

/// Attempts per shared signal. undici's abort listener stays on a signal
/// until its request is garbage collected, and Node's EventTarget walks its
/// listeners on each add: a long-lived signal gets slower with every request
/// (and Node warns past 1500 listeners). 64 keeps both small while a new
/// controller costs each attempt a 64th of its price.
const MAX_JOINS: u32 = 64;

/// How much later than asked an attempt may be given up: 1/32 of the
/// timeout, at most a second.
pub fn slack(ms: u32) -> u32 {
    (ms / 32).min(1000)
}

/// Attempts sharing one controller and one timer.
struct Group {
    ms: u32,
    opened_at: f64,
    controller: web_sys::AbortController,
    /// Attempts that joined, and those still running.
    joined: Cell<u32>,
    attempts: Cell<u32>,
    fired: Cell<bool>,
    /// Cleared (and the JS timer with it) once no attempt is left.
    timer: RefCell<Option<Timeout>>,
}

impl Group {
    fn open(ms: u32, opened_at: f64, extra_ms: u32) -> Rc<Group> {
        Rc::new_cyclic(|group: &Weak<Group>| {
            let group = group.clone();
            // +1: Date.now() counts whole milliseconds.
            let timer = Timeout::new(ms.saturating_add(extra_ms + 1), move || {
                if let Some(group) = group.upgrade() {
                    group.fired.set(true);
                    group.controller.abort();
                }
            });
            Group {
                ms,
                opened_at,
                // Only fails where AbortController is missing, which fetch needs too.
                controller: web_sys::AbortController::new().expect("AbortController"),
                joined: Cell::new(0),
                attempts: Cell::new(0),
                fired: Cell::new(false),
                timer: RefCell::new(Some(timer)),
            }
        })
    }

    fn accepts(&self, ms: u32, now: f64) -> bool {
        self.ms == ms
            && self.timer.borrow().is_some()
            && !self.fired.get()
            && self.joined.get() < MAX_JOINS
            && now - self.opened_at <= f64::from(slack(ms))
    }
}

thread_local! {
    /// The group new attempts without a caller's signal may join.
    static OPEN: RefCell<Option<Rc<Group>>> = const { RefCell::new(None) };
}

/// One attempt's timeout; dropping it ends the attempt's share.
pub struct AttemptTimeout {
    group: Rc<Group>,
    _caller: Option<Forward>,
}

impl AttemptTimeout {
    /// Starts timing an attempt that may last `ms`; `caller`'s abort, if
    /// given, also aborts `signal()`, with the caller's reason.
    pub fn start(ms: u32, caller: Option<&AbortSignal>) -> AttemptTimeout {
        let now = Date::now();
        let group = match caller {
            Some(_) => Group::open(ms, now, 0),
            None => OPEN.with_borrow_mut(|open| match open {
                Some(group) if group.accepts(ms, now) => Rc::clone(group),
                _ => Rc::clone(open.insert(Group::open(ms, now, slack(ms)))),
            }),
        };
        group.joined.set(group.joined.get() + 1);
        group.attempts.set(group.attempts.get() + 1);
        let caller = caller.map(|signal| Forward::new(signal, &group.controller));
        AttemptTimeout {
            group,
            _caller: caller,
        }
    }

    /// The signal to give fetch.
    pub fn signal(&self) -> AbortSignal {
        self.group.controller.signal()
    }

    pub fn fired(&self) -> bool {
        self.group.fired.get()
    }
}

impl Drop for AttemptTimeout {
    fn drop(&mut self) {
        let left = self.group.attempts.get() - 1;
        self.group.attempts.set(left);
        if left == 0 {
            // A pending timer would keep a Node process alive for nothing.
            self.group.timer.take();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::slack;

    #[test]
    fn slack_is_a_32nd_of_the_timeout_capped_at_a_second() {
        assert_eq!(slack(30_000), 937);
        assert_eq!(slack(100), 3);
        assert_eq!(slack(20), 0);
        assert_eq!(slack(600_000), 1000);
    }
}
