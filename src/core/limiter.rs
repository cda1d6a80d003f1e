//! At most `max` requests in flight per Config (ChartMogul answers 503 above
//! 20 parallel connections); the rest wait in arrival order. A waiter that
//! gives up (its call aborted) simply drops its future and loses its place.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::poll_fn;
use std::rc::Rc;
use std::task::{Poll, Waker};

pub struct Limiter {
    max: Cell<usize>,
    in_flight: Cell<usize>,
    waiting: RefCell<VecDeque<Rc<Waiter>>>,
}

/// A waiter's place in the queue: the permit handed to it, and the waker
/// of its last poll. Its future holds the other reference: when that is
/// dropped (the call gave up), the place is skipped.
#[derive(Default)]
struct Waiter {
    permit: Cell<Option<Permit>>,
    waker: Cell<Option<Waker>>,
}

/// A slot in flight; dropping it hands the slot to the next waiter.
pub struct Permit {
    limiter: Rc<Limiter>,
}

impl Limiter {
    pub fn new(max: usize) -> Rc<Limiter> {
        Rc::new(Limiter {
            max: Cell::new(max.max(1)),
            in_flight: Cell::new(0),
            waiting: RefCell::new(VecDeque::new()),
        })
    }

    pub fn set_max(self: &Rc<Self>, max: usize) {
        self.max.set(max.max(1));
        while self.in_flight.get() < self.max.get() && self.hand_over() {}
    }

    #[cfg(test)]
    pub fn in_flight(&self) -> usize {
        self.in_flight.get()
    }

    /// A permit now, if a slot is free and nobody waits before us.
    pub fn try_acquire(self: &Rc<Self>) -> Option<Permit> {
        let free = self.in_flight.get() < self.max.get() && self.waiting.borrow().is_empty();
        free.then(|| self.take_slot())
    }

    /// Resolves with a permit once a slot is free, in arrival order.
    pub async fn acquire(self: &Rc<Self>) -> Permit {
        if let Some(permit) = self.try_acquire() {
            return permit;
        }
        let waiter = Rc::new(Waiter::default());
        self.waiting.borrow_mut().push_back(Rc::clone(&waiter));
        poll_fn(|cx| match waiter.permit.take() {
            Some(permit) => Poll::Ready(permit),
            None => {
                waiter.waker.set(Some(cx.waker().clone()));
                Poll::Pending
            }
        })
        .await
    }

    fn take_slot(self: &Rc<Self>) -> Permit {
        self.in_flight.set(self.in_flight.get() + 1);
        Permit {
            limiter: Rc::clone(self),
        }
    }

    /// Gives a new slot to the first waiter still waiting; false if none is.
    fn hand_over(self: &Rc<Self>) -> bool {
        loop {
            let Some(waiter) = self.waiting.borrow_mut().pop_front() else {
                return false;
            };
            if Rc::strong_count(&waiter) > 1 {
                waiter.permit.set(Some(self.take_slot()));
                if let Some(waker) = waiter.waker.take() {
                    waker.wake();
                }
                return true;
            }
        }
    }
}

impl Drop for Permit {
    fn drop(&mut self) {
        let limiter = &self.limiter;
        limiter.in_flight.set(limiter.in_flight.get() - 1);
        if limiter.in_flight.get() < limiter.max.get() {
            limiter.hand_over();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::future::Future;
    use core::pin::pin;
    use core::task::{Context, Poll, Waker};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    use std::task::Wake;

    /// Runs a future that must be ready at once.
    fn block_on<F: Future>(future: F) -> F::Output {
        poll_once(pin!(future).as_mut()).expect("ready at once")
    }

    /// Polls once: Some(output) if the future is ready now.
    fn poll_once<F: Future>(future: core::pin::Pin<&mut F>) -> Option<F::Output> {
        match future.poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(value) => Some(value),
            Poll::Pending => None,
        }
    }

    #[test]
    fn up_to_max_permits_are_granted_at_once() {
        let limiter = Limiter::new(2);
        let a = block_on(limiter.acquire());
        let b = block_on(limiter.acquire());
        assert_eq!(limiter.in_flight(), 2);
        drop((a, b));
        assert_eq!(limiter.in_flight(), 0);
    }

    #[test]
    fn try_acquire_takes_a_free_slot_but_never_jumps_the_queue() {
        let limiter = Limiter::new(1);
        let first = limiter.try_acquire().expect("a free slot");
        assert!(limiter.try_acquire().is_none(), "no slot left");
        let mut waiting = pin!(limiter.acquire());
        assert!(poll_once(waiting.as_mut()).is_none());
        drop(first);
        assert!(
            limiter.try_acquire().is_none(),
            "the waiter is served first"
        );
        let _served = poll_once(waiting.as_mut()).expect("the waiter has the slot");
    }

    #[test]
    fn waiters_get_slots_in_arrival_order() {
        let limiter = Limiter::new(1);
        let first = block_on(limiter.acquire());
        let mut second = pin!(limiter.acquire());
        let mut third = pin!(limiter.acquire());
        assert!(poll_once(second.as_mut()).is_none());
        assert!(poll_once(third.as_mut()).is_none());
        drop(first);
        let second = poll_once(second.as_mut()).expect("second is next");
        assert!(poll_once(third.as_mut()).is_none(), "third still waits");
        assert_eq!(limiter.in_flight(), 1);
        drop(second);
        let _third = poll_once(third.as_mut()).expect("third is last");
        assert_eq!(limiter.in_flight(), 1);
    }

    #[test]
    fn an_abandoned_waiter_loses_its_place_without_leaking_a_slot() {
        let limiter = Limiter::new(1);
        let first = block_on(limiter.acquire());
        {
            let mut gives_up = pin!(limiter.acquire());
            assert!(poll_once(gives_up.as_mut()).is_none());
        } // dropped while waiting, as an aborted call does
        let mut next = pin!(limiter.acquire());
        assert!(poll_once(next.as_mut()).is_none());
        drop(first);
        let _next = poll_once(next.as_mut()).expect("next gets the slot");
        assert_eq!(limiter.in_flight(), 1);
    }

    #[test]
    fn a_freed_slot_skips_abandoned_waiters_and_serves_exactly_one() {
        let limiter = Limiter::new(1);
        let first = block_on(limiter.acquire());
        let mut abandoned = Box::pin(limiter.acquire());
        let mut b = pin!(limiter.acquire());
        let mut c = pin!(limiter.acquire());
        assert!(poll_once(abandoned.as_mut()).is_none());
        assert!(poll_once(b.as_mut()).is_none());
        assert!(poll_once(c.as_mut()).is_none());
        drop(abandoned);
        drop(first);
        let _b = poll_once(b.as_mut()).expect("b is served");
        assert!(poll_once(c.as_mut()).is_none(), "c still waits");
        assert_eq!(limiter.in_flight(), 1);
    }

    #[test]
    fn a_slot_handed_to_a_waiter_that_then_gives_up_goes_to_the_next() {
        let limiter = Limiter::new(1);
        let first = block_on(limiter.acquire());
        let mut handed = Box::pin(limiter.acquire());
        let mut next = pin!(limiter.acquire());
        assert!(poll_once(handed.as_mut()).is_none());
        assert!(poll_once(next.as_mut()).is_none());
        drop(first); // the slot goes to `handed`...
        drop(handed); // ...which gives up before it is polled again
        let _next = poll_once(next.as_mut()).expect("next gets the slot");
        assert_eq!(limiter.in_flight(), 1);
    }

    #[test]
    fn a_waiter_is_woken_when_a_slot_is_handed_to_it() {
        struct Count(AtomicUsize);
        impl Wake for Count {
            fn wake(self: Arc<Self>) {
                self.0.fetch_add(1, Ordering::SeqCst);
            }
        }
        let limiter = Limiter::new(1);
        let first = block_on(limiter.acquire());
        let wakes = Arc::new(Count(AtomicUsize::new(0)));
        let waker = Waker::from(Arc::clone(&wakes));
        let mut waiting = pin!(limiter.acquire());
        let polled = waiting.as_mut().poll(&mut Context::from_waker(&waker));
        assert!(polled.is_pending());
        assert_eq!(wakes.0.load(Ordering::SeqCst), 0);
        drop(first);
        assert_eq!(wakes.0.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn raising_the_limit_lets_waiters_in() {
        let limiter = Limiter::new(1);
        let _first = block_on(limiter.acquire());
        let mut second = pin!(limiter.acquire());
        assert!(poll_once(second.as_mut()).is_none());
        limiter.set_max(2);
        let _second = poll_once(second.as_mut()).expect("second gets the new slot");
        assert_eq!(limiter.in_flight(), 2);
    }

    #[test]
    fn many_callers_never_exceed_the_limit_and_all_get_through() {
        let limiter = Limiter::new(3);
        let mut waiting: Vec<_> = (0..20).map(|_| Box::pin(limiter.acquire())).collect();
        let mut held = Vec::new();
        let mut served = 0;
        while served < 20 {
            waiting.retain_mut(|acquire| match poll_once(acquire.as_mut()) {
                Some(permit) => {
                    held.push(permit);
                    false
                }
                None => true,
            });
            assert!(limiter.in_flight() <= 3);
            assert_eq!(limiter.in_flight(), held.len());
            // Finish the oldest call in flight.
            if !held.is_empty() {
                held.remove(0);
                served += 1;
            }
        }
        assert!(waiting.is_empty());
        assert_eq!(limiter.in_flight(), 0);
    }
}
