//! Per-attempt timeouts without an AbortController and a timer closure per
//! attempt. In Node 20 creating an AbortController costs more than the rest
//! of a call (bench/HISTORY.md), so attempts that start within a short window
//! of each other with the same timeout share one controller, aborted at one
//! time: each is given up between `ms` and `ms + slack(ms)` after it started.
//! A group's timer runs as long as the group lives: while one of its
//! attempts runs, or while it is the group new attempts may join. Kept over
//! the gaps between calls, it is started once per group rather than once
//! per call at one call in flight; the host unrefs it, so it never keeps a
//! process alive. An attempt with a caller's signal gets a controller of its own,
//! which that signal aborts too (the caller already pays for a signal).
//! Sharing is switched on by the Node, Bun and Deno entries only: in workerd
//! (and Vercel Edge) a controller belongs to the request that created it,
//! and another request's fetch cannot use it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::Function;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{AbortController, AbortSignal};

use super::abort::Forward;
use crate::core::config::MAX_TIMEOUT_MS;

// Not gloo-timers: a group's timer must be handed to the host to unref,
// and one handler serves every group (it is given the controller).
#[wasm_bindgen]
extern "C" {
    /// `setTimeout(handler, ms, controller)`: the handler gets the controller.
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(handler: &Function, ms: u32, controller: &AbortController) -> JsValue;

    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(timer: &JsValue);
}

/// Attempts per shared signal. Each request listens on its signal: while in
/// flight, and with undici's fetch until the request is garbage collected; Node's
/// EventTarget walks its listeners on each add, so a long-lived signal would
/// get slower with every request. 64 keeps that small while a new
/// controller costs each attempt a 64th of its price.
const MAX_JOINS: u32 = 64;

/// How much later than asked an attempt may be given up: 1/32 of the
/// timeout, at most a second.
pub fn slack(ms: u32) -> u32 {
    (ms / 32).min(1000)
}

/// Whether an attempt that may last `ms`, starting at `now`, may join a
/// group for `group_ms` opened at `opened_at` that `joined` attempts joined.
/// Within the window no attempt's time is up yet: the group has not fired.
fn joinable(group_ms: u32, opened_at: f64, joined: u32, ms: u32, now: f64) -> bool {
    group_ms == ms && joined < MAX_JOINS && now - opened_at <= f64::from(slack(ms))
}

/// Attempts sharing one controller, which a timer aborts `ms` and the slack
/// after the group opened.
struct Group {
    ms: u32,
    opened_at: f64,
    controller: AbortController,
    joined: Cell<u32>,
    /// Cleared when the group is dropped.
    timer: JsValue,
}

impl Group {
    fn open(ms: u32, now: f64, slack_ms: u32) -> Result<Group, JsValue> {
        let controller = AbortController::new()?;
        // +1: Date.now() counts whole milliseconds. The slack may take the
        // largest timeout past setTimeout's limit.
        let delay = ms.saturating_add(slack_ms + 1).min(MAX_TIMEOUT_MS);
        let timer = ABORT.with(|abort| set_timeout(abort, delay, &controller));
        Ok(Group {
            ms,
            opened_at: now,
            controller,
            joined: Cell::new(1),
            timer,
        })
    }

    fn accepts(&self, ms: u32, now: f64) -> bool {
        joinable(self.ms, self.opened_at, self.joined.get(), ms, now)
    }
}

impl Drop for Group {
    fn drop(&mut self) {
        clear_timeout(&self.timer);
    }
}

/// Lets attempts of different calls share controllers (see above). Called
/// once by the entries for Node, Bun and Deno, with their way to unref a
/// timer.
#[wasm_bindgen(js_name = __shareTimeouts, skip_typescript)]
pub fn share_timeouts(unref: Function) {
    UNREF.with_borrow_mut(|slot| *slot = Some(unref));
}

thread_local! {
    /// The host's unref for timers, once attempts may share.
    static UNREF: RefCell<Option<Function>> = const { RefCell::new(None) };
}
thread_local! {
    /// The group new attempts without a caller's signal may join.
    static OPEN: RefCell<Option<Rc<Group>>> = const { RefCell::new(None) };
}
thread_local! {
    /// The timers' one handler: aborts the controller it is given.
    static ABORT: Function = Closure::<dyn Fn(AbortController)>::new(|c: AbortController| c.abort())
        .into_js_value()
        .unchecked_into();
}

/// One attempt's timeout; dropping it ends the attempt's share.
pub struct AttemptTimeout {
    group: Rc<Group>,
    _caller: Option<Forward>,
}

impl AttemptTimeout {
    /// Starts timing an attempt that may last `ms`, starting `now` (ms
    /// since the epoch); `caller`'s abort, if given, also aborts `signal()`,
    /// with the caller's reason. Fails only where AbortController is missing
    /// (as fetch would).
    pub fn start(
        ms: u32,
        now: f64,
        caller: Option<&AbortSignal>,
    ) -> Result<AttemptTimeout, JsValue> {
        let sharing = caller.is_none() && UNREF.with_borrow(Option::is_some);
        let group = match sharing {
            true => OPEN.with_borrow_mut(|open| join_open(open, ms, now))?,
            false => Rc::new(Group::open(ms, now, 0)?),
        };
        let caller = caller.map(|signal| Forward::new(signal, &group.controller));
        Ok(AttemptTimeout {
            group,
            _caller: caller,
        })
    }

    /// The signal to give fetch.
    pub fn signal(&self) -> AbortSignal {
        self.group.controller.signal()
    }

    /// Whether the signal was aborted (by the timer, unless the caller's
    /// signal was, which the caller checks first).
    pub fn fired(&self) -> bool {
        self.signal().aborted()
    }
}

/// The open group, joined, if it accepts an attempt for `ms` starting `now`;
/// else a new group in its place.
fn join_open(open: &mut Option<Rc<Group>>, ms: u32, now: f64) -> Result<Rc<Group>, JsValue> {
    if let Some(group) = open.as_ref().filter(|group| group.accepts(ms, now)) {
        group.joined.set(group.joined.get() + 1);
        return Ok(Rc::clone(group));
    }
    let group = Group::open(ms, now, slack(ms))?;
    UNREF.with_borrow(|unref| match unref {
        Some(unref) => unref.call1(&JsValue::UNDEFINED, &group.timer).map(drop),
        None => Ok(()),
    })?;
    Ok(Rc::clone(open.insert(Rc::new(group))))
}

#[cfg(test)]
mod tests {
    use super::{joinable, slack, MAX_JOINS};

    #[test]
    fn slack_is_a_32nd_of_the_timeout_capped_at_a_second() {
        assert_eq!(slack(30_000), 937);
        assert_eq!(slack(100), 3);
        assert_eq!(slack(20), 0);
        assert_eq!(slack(600_000), 1000);
    }

    #[test]
    fn an_attempt_joins_a_group_for_its_timeout_within_the_window_until_it_is_full() {
        let opened = 1_000.0;
        assert!(joinable(30_000, opened, 1, 30_000, opened + 937.0));
        assert!(
            !joinable(30_000, opened, 1, 30_000, opened + 938.0),
            "window closed"
        );
        assert!(
            !joinable(30_000, opened, 1, 20_000, opened),
            "another timeout"
        );
        assert!(joinable(30_000, opened, MAX_JOINS - 1, 30_000, opened));
        assert!(!joinable(30_000, opened, MAX_JOINS, 30_000, opened), "full");
        assert!(
            !joinable(20, opened, 1, 20, opened + 1.0),
            "no slack under 32 ms"
        );
    }
}
