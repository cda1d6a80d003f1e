//! Running each call's future to the promise the caller holds. It stands in
//! for wasm-bindgen-futures, whose queue puts a microtask (and two crossings
//! between JS and wasm) between a promise settling and the future seeing it:
//! here a future is first polled when spawned (as an async function starts
//! at once), and polled again at once when a promise it awaits settles.
//! Wakes from anywhere else (a caller's abort event, a freed connection
//! slot) are queued and run after the poll under way or, outside one, in a
//! microtask: no future is polled inside another's poll, nor inside the
//! caller's code that fired an event.

use alloc::{boxed::Box, collections::VecDeque, rc::Rc};
use core::cell::{Cell, RefCell};
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll, RawWaker, RawWakerVTable, Waker};

use js_sys::{Function, Promise};
use wasm_bindgen::prelude::*;

type Outcome = Result<JsValue, JsValue>;

struct Task {
    /// `None` once the promise is settled.
    future: RefCell<Option<Pin<Box<dyn Future<Output = Outcome>>>>>,
    resolve: Function,
    reject: Function,
    /// Waiting in `READY`: a second wake adds nothing.
    queued: Cell<bool>,
}

instance_local! {
    static READY: RefCell<VecDeque<Rc<Task>>> = const { RefCell::new(VecDeque::new()) };
}
instance_local! {
    /// Whether `READY` is being run now (or a microtask will run it).
    static RUNNING: Cell<bool> = const { Cell::new(false) };
}
instance_local! {
    static RUN_LATER: Function = Closure::<dyn Fn()>::new(run_ready).into_js_value().into();
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = queueMicrotask)]
    fn queue_microtask(callback: &Function);
}

/// A promise of `future`'s outcome. The future is first polled now.
pub fn spawn_promise(future: impl Future<Output = Outcome> + 'static) -> Promise {
    let mut future = Some(Box::pin(future) as Pin<Box<dyn Future<Output = Outcome>>>);
    let mut task = None;
    // The executor function runs before `Promise::new` returns.
    let promise = Promise::new(&mut |resolve, reject| {
        task = Some(Rc::new(Task {
            future: RefCell::new(future.take()),
            resolve,
            reject,
            queued: Cell::new(false),
        }));
    });
    if let Some(task) = task {
        run_now(|| wake(task));
    }
    promise
}

/// Runs `wakes` (which wakes tasks), then, unless a run is under way or
/// due already, every task it woke: for entries from JS where polling at
/// once is safe, a call starting or an awaited promise settling.
pub fn run_now(wakes: impl FnOnce()) {
    if RUNNING.with(|running| running.replace(true)) {
        wakes();
        return;
    }
    wakes();
    run_queue();
}

fn run_ready() {
    RUNNING.with(|running| running.set(true));
    run_queue();
}

fn run_queue() {
    while let Some(task) = READY.with_borrow_mut(VecDeque::pop_front) {
        task.queued.set(false);
        task.poll();
    }
    RUNNING.with(|running| running.set(false));
}

fn wake(task: Rc<Task>) {
    if task.queued.replace(true) {
        return;
    }
    READY.with_borrow_mut(|ready| ready.push_back(task));
    if !RUNNING.with(|running| running.replace(true)) {
        RUN_LATER.with(queue_microtask);
    }
}

impl Task {
    fn poll(self: Rc<Self>) {
        let waker = waker_of(Rc::clone(&self));
        let mut future = self.future.borrow_mut();
        let Some(running) = future.as_mut() else {
            return;
        };
        let Poll::Ready(outcome) = running.as_mut().poll(&mut Context::from_waker(&waker)) else {
            return;
        };
        // Dropping the future may wake others (a freed slot): they queue.
        *future = None;
        drop(future);
        let (settle, value) = match outcome {
            Ok(value) => (&self.resolve, value),
            Err(reason) => (&self.reject, reason),
        };
        // Settling a promise runs no code at once; it cannot throw.
        let _ = settle.call1(&JsValue::UNDEFINED, &value);
    }
}

// A waker is a counted reference to its task. Wakers must be Send and Sync;
// these are not, which is sound on single-threaded wasm only (local.rs
// refuses to build for wasm with threads).
static VTABLE: RawWakerVTable =
    RawWakerVTable::new(clone_waker, wake_waker, wake_by_ref, drop_waker);

fn waker_of(task: Rc<Task>) -> Waker {
    // SAFETY: the pointer comes from `Rc::into_raw`, as the vtable expects.
    unsafe { Waker::from_raw(RawWaker::new(Rc::into_raw(task).cast(), &VTABLE)) }
}

unsafe fn clone_waker(task: *const ()) -> RawWaker {
    Rc::increment_strong_count(task.cast::<Task>());
    RawWaker::new(task, &VTABLE)
}

unsafe fn wake_waker(task: *const ()) {
    wake(Rc::from_raw(task.cast::<Task>()));
}

unsafe fn wake_by_ref(task: *const ()) {
    Rc::increment_strong_count(task.cast::<Task>());
    wake(Rc::from_raw(task.cast::<Task>()));
}

unsafe fn drop_waker(task: *const ()) {
    drop(Rc::from_raw(task.cast::<Task>()));
}
