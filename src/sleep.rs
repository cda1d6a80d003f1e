//! Waiting a while on the JS event loop's timers. Dropping a wait clears its
//! timer, so no timer outlives the call that set it.

use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

use js_sys::Function;
use wasm_bindgen::prelude::*;

use crate::awaited::{awaited_call, Awaited};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(handler: &Function, ms: u32) -> JsValue;

    #[wasm_bindgen(js_name = clearTimeout)]
    pub fn clear_timeout(timer: &JsValue);
}

pub struct Sleep {
    /// `None` once dropped.
    done: Option<Awaited>,
    timer: JsValue,
}

/// Ready after `ms` milliseconds (callers keep `ms` within setTimeout's limit).
pub fn sleep(ms: u32) -> Sleep {
    let (done, wake) = awaited_call();
    let timer = set_timeout(&wake, ms);
    Sleep {
        done: Some(done),
        timer,
    }
}

impl Future for Sleep {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        match self.done.as_mut() {
            Some(done) => Pin::new(done).poll(cx).map(|_| ()),
            None => Poll::Pending,
        }
    }
}

impl Drop for Sleep {
    fn drop(&mut self) {
        clear_timeout(&self.timer);
        if let Some(done) = self.done.take() {
            done.never_called();
        }
    }
}
