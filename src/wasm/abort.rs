//! Following a caller's AbortSignal: a future that resolves with the
//! signal's reason, and a forwarder that aborts one of our controllers with
//! it. Both stop listening when dropped (no listener outlives the call).

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{AbortController, AbortSignal};

/// `on_abort` listening to `signal`'s abort event until dropped.
struct Listening {
    signal: AbortSignal,
    listener: Closure<dyn FnMut()>,
}

impl Listening {
    fn new(signal: &AbortSignal, on_abort: impl FnMut() + 'static) -> Listening {
        let listener = Closure::<dyn FnMut()>::new(on_abort);
        // Adding a listener to an AbortSignal cannot throw.
        let _ = signal.add_event_listener_with_callback("abort", listener.as_ref().unchecked_ref());
        Listening {
            signal: signal.clone(),
            listener,
        }
    }
}

impl Drop for Listening {
    fn drop(&mut self) {
        let _ = self
            .signal
            .remove_event_listener_with_callback("abort", self.listener.as_ref().unchecked_ref());
    }
}

pub struct Aborted {
    /// The listener, and the waker of the last poll, which it wakes.
    watched: Option<(Listening, Rc<Cell<Option<Waker>>>)>,
}

impl Aborted {
    /// Resolves when `signal` aborts; never, without a signal.
    pub fn on(signal: Option<&AbortSignal>) -> Aborted {
        let watched = signal.map(|signal| {
            let waker = Rc::new(Cell::new(None::<Waker>));
            let to_wake = Rc::clone(&waker);
            let listening = Listening::new(signal, move || {
                if let Some(waker) = to_wake.take() {
                    waker.wake();
                }
            });
            (listening, waker)
        });
        Aborted { watched }
    }
}

impl Future for Aborted {
    type Output = JsValue;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<JsValue> {
        let Some((listening, waker)) = self.watched.as_ref() else {
            return Poll::Pending;
        };
        if listening.signal.aborted() {
            return Poll::Ready(listening.signal.reason());
        }
        waker.set(Some(cx.waker().clone()));
        Poll::Pending
    }
}

/// Aborts `controller` with `signal`'s reason when `signal` aborts (at once
/// if it already has), while it lives.
pub struct Forward {
    _listening: Listening,
}

impl Forward {
    pub fn new(signal: &AbortSignal, controller: &AbortController) -> Forward {
        if signal.aborted() {
            controller.abort_with_reason(&signal.reason());
        }
        let (source, target) = (signal.clone(), controller.clone());
        Forward {
            _listening: Listening::new(signal, move || {
                target.abort_with_reason(&source.reason());
            }),
        }
    }
}
