//! Awaiting a JS promise. wasm-bindgen's `JsFuture` makes two closures per
//! await, each registered with a FinalizationRegistry: a measurable share of
//! a call (bench/HISTORY.md). Here two callbacks, made once, serve every
//! await: each promise gets them bound to the number of its slot, where the
//! outcome waits for the future that polls it.

use alloc::vec::Vec;
use core::cell::RefCell;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll, Waker};

use js_sys::{Function, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::task::run_now;

#[wasm_bindgen]
extern "C" {
    /// One of the two callbacks.
    #[wasm_bindgen(extends = Function)]
    type Callback;
    #[wasm_bindgen(method, js_name = bind)]
    fn bind_slot(this: &Callback, context: &JsValue, slot: usize) -> Function;

    #[wasm_bindgen(extends = Promise)]
    type Awaitable;
    #[wasm_bindgen(method, js_name = then)]
    fn then_both(this: &Awaitable, fulfilled: &Function, rejected: &Function);
}

enum Slot {
    Free,
    /// Not settled yet; the waker of the last poll.
    Waiting(Option<Waker>),
    Settled(Result<JsValue, JsValue>),
    /// The outcome went to its future; freed when that is dropped.
    Taken,
    /// Its future was dropped first; freed when the promise settles.
    Abandoned,
}

struct Slots {
    slots: Vec<Slot>,
    free: Vec<usize>,
}

impl Slots {
    fn take_free(&mut self) -> usize {
        let slot = self.free.pop().unwrap_or_else(|| {
            self.slots.push(Slot::Free);
            self.slots.len() - 1
        });
        self.slots[slot] = Slot::Waiting(None);
        slot
    }

    fn release(&mut self, slot: usize) {
        self.slots[slot] = Slot::Free;
        self.free.push(slot);
    }
}

instance_local! {
    static SLOTS: RefCell<Slots> = const {
        RefCell::new(Slots {
            slots: Vec::new(),
            free: Vec::new(),
        })
    };
}
instance_local! {
    /// `(fulfilled, rejected)`, each taking its slot number first.
    static CALLBACKS: (Callback, Callback) = (callback(Ok), callback(Err));
}

fn callback(outcome: fn(JsValue) -> Result<JsValue, JsValue>) -> Callback {
    Closure::<dyn Fn(usize, JsValue)>::new(move |slot, value| settle(slot, outcome(value)))
        .into_js_value()
        .unchecked_into()
}

fn settle(slot: usize, outcome: Result<JsValue, JsValue>) {
    let waker = SLOTS.with_borrow_mut(|slots| match &mut slots.slots[slot] {
        Slot::Waiting(waker) => {
            let waker = waker.take();
            slots.slots[slot] = Slot::Settled(outcome);
            waker
        }
        _ => {
            slots.release(slot);
            None
        }
    });
    // Nothing but the promise's reaction job is on the stack: poll now.
    if let Some(waker) = waker {
        run_now(|| waker.wake());
    }
}

/// The outcome of `promise`: its value, or why it was rejected.
pub struct Awaited {
    slot: usize,
}

pub fn awaited(promise: &Promise) -> Awaited {
    let slot = SLOTS.with_borrow_mut(Slots::take_free);
    CALLBACKS.with(|(fulfilled, rejected)| {
        promise.unchecked_ref::<Awaitable>().then_both(
            &fulfilled.bind_slot(&JsValue::UNDEFINED, slot),
            &rejected.bind_slot(&JsValue::UNDEFINED, slot),
        )
    });
    Awaited { slot }
}

/// A JS function and the future it settles when called (with its first
/// argument as the value): a callback for APIs that take one, not a promise.
pub fn awaited_call() -> (Awaited, Function) {
    let slot = SLOTS.with_borrow_mut(Slots::take_free);
    let settle = CALLBACKS.with(|(fulfilled, _)| fulfilled.bind_slot(&JsValue::UNDEFINED, slot));
    (Awaited { slot }, settle)
}

impl Awaited {
    /// For an `awaited_call` whose function will never be called again (its
    /// timer cleared): frees the slot now, settled or not.
    pub fn never_called(self) {
        SLOTS.with_borrow_mut(|slots| slots.release(self.slot));
        core::mem::forget(self);
    }
}

impl Future for Awaited {
    type Output = Result<JsValue, JsValue>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        SLOTS.with_borrow_mut(|slots| {
            let slot = &mut slots.slots[self.slot];
            match core::mem::replace(slot, Slot::Taken) {
                Slot::Settled(outcome) => Poll::Ready(outcome),
                // Still waiting (nothing else happens before Ready).
                _ => {
                    *slot = Slot::Waiting(Some(cx.waker().clone()));
                    Poll::Pending
                }
            }
        })
    }
}

impl Drop for Awaited {
    fn drop(&mut self) {
        SLOTS.with_borrow_mut(|slots| match slots.slots[self.slot] {
            Slot::Waiting(_) => slots.slots[self.slot] = Slot::Abandoned,
            _ => slots.release(self.slot),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    use std::task::Wake;

    struct Wakes(AtomicUsize);

    impl Wake for Wakes {
        fn wake(self: Arc<Self>) {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }

    /// An await whose promise the test settles by hand (`awaited` needs JS).
    fn pending() -> Awaited {
        Awaited {
            slot: SLOTS.with_borrow_mut(Slots::take_free),
        }
    }

    fn poll(future: &mut Awaited, waker: &Waker) -> Poll<Result<JsValue, JsValue>> {
        Pin::new(future).poll(&mut Context::from_waker(waker))
    }

    #[test]
    fn an_outcome_wakes_the_waiting_future_once_and_goes_to_it() {
        let wakes = Arc::new(Wakes(AtomicUsize::new(0)));
        let waker = Waker::from(Arc::clone(&wakes));
        let mut future = pending();
        assert!(poll(&mut future, &waker).is_pending());
        assert!(poll(&mut future, &waker).is_pending());
        settle(future.slot, Err(JsValue::NULL));
        assert_eq!(wakes.0.load(Ordering::SeqCst), 1);
        assert!(matches!(poll(&mut future, &waker), Poll::Ready(Err(_))));
    }

    #[test]
    fn a_slot_is_reused_once_its_future_is_gone_and_its_promise_settled() {
        let first = pending();
        let slot = first.slot;
        settle(slot, Ok(JsValue::UNDEFINED));
        drop(first);
        let second = pending();
        assert_eq!(second.slot, slot, "settled, then dropped unpolled");
        drop(second);
        let third = pending();
        assert_ne!(third.slot, slot, "dropped before its promise settled");
        settle(slot, Ok(JsValue::UNDEFINED));
        assert_eq!(pending().slot, slot, "free once the promise settled");
    }
}
