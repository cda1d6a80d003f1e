//! Following a caller's AbortSignal: a future that resolves with the
//! signal's reason, and a forwarder that aborts one of our controllers with
//! it. Both stop listening when dropped (no listener outlives the call).

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_channel::oneshot;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{AbortController, AbortSignal};

pub struct Aborted {
    watched: Option<Watched>,
}

struct Watched {
    signal: AbortSignal,
    listener: Closure<dyn FnMut()>,
    fired: oneshot::Receiver<()>,
}

impl Aborted {
    /// Resolves when `signal` aborts; never, without a signal.
    pub fn on(signal: Option<&AbortSignal>) -> Aborted {
        let watched = signal.map(|signal| {
            let (sender, fired) = oneshot::channel();
            let mut sender = Some(sender);
            let listener = Closure::<dyn FnMut()>::new(move || {
                if let Some(sender) = sender.take() {
                    let _ = sender.send(());
                }
            });
            // Adding a listener to an AbortSignal cannot throw.
            let _ =
                signal.add_event_listener_with_callback("abort", listener.as_ref().unchecked_ref());
            Watched {
                signal: signal.clone(),
                listener,
                fired,
            }
        });
        Aborted { watched }
    }
}

impl Future for Aborted {
    type Output = JsValue;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<JsValue> {
        let Some(watched) = self.watched.as_mut() else {
            return Poll::Pending;
        };
        if watched.signal.aborted() || Pin::new(&mut watched.fired).poll(cx).is_ready() {
            return Poll::Ready(watched.signal.reason());
        }
        Poll::Pending
    }
}

impl Drop for Aborted {
    fn drop(&mut self) {
        if let Some(watched) = &self.watched {
            let _ = watched.signal.remove_event_listener_with_callback(
                "abort",
                watched.listener.as_ref().unchecked_ref(),
            );
        }
    }
}

/// Aborts `controller` with `signal`'s reason when `signal` aborts (at once
/// if it already has), while it lives.
pub struct Forward {
    signal: AbortSignal,
    listener: Closure<dyn FnMut()>,
}

impl Forward {
    pub fn new(signal: &AbortSignal, controller: &AbortController) -> Forward {
        let (source, target) = (signal.clone(), controller.clone());
        let listener = Closure::<dyn FnMut()>::new(move || {
            target.abort_with_reason(&source.reason());
        });
        if signal.aborted() {
            controller.abort_with_reason(&signal.reason());
        } else {
            let _ =
                signal.add_event_listener_with_callback("abort", listener.as_ref().unchecked_ref());
        }
        Forward {
            signal: signal.clone(),
            listener,
        }
    }
}

impl Drop for Forward {
    fn drop(&mut self) {
        let _ = self
            .signal
            .remove_event_listener_with_callback("abort", self.listener.as_ref().unchecked_ref());
    }
}
