//! Values kept for the life of the wasm instance: what `thread_local!` gives
//! where Rust's std is linked, which the shipped .wasm is not (see the `std`
//! feature in Cargo.toml). Native builds (the unit tests, which run on many
//! threads) keep `thread_local!`.

#[cfg(target_family = "wasm")]
pub use wasm::{Fixed, Local};

/// `instance_local! { static NAME: Type = init; }`: made on first use, then
/// reached with `NAME.with(|value| ..)`. `= const { init };` makes it at
/// compile time instead (no check on each use, no code per type to make it);
/// a `RefCell` made so is also reached with `with_borrow_mut`.
macro_rules! instance_local {
    ($(#[$attr:meta])* static $name:ident: $t:ty = const $init:block;) => {
        #[cfg(not(target_family = "wasm"))]
        std::thread_local! { $(#[$attr])* static $name: $t = const $init; }
        #[cfg(target_family = "wasm")]
        $(#[$attr])* static $name: $crate::local::Fixed<$t> = $crate::local::Fixed($init);
    };
    ($(#[$attr:meta])* static $name:ident: $t:ty = $init:expr;) => {
        #[cfg(not(target_family = "wasm"))]
        std::thread_local! { $(#[$attr])* static $name: $t = $init; }
        #[cfg(target_family = "wasm")]
        $(#[$attr])* static $name: $crate::local::Local<$t> = $crate::local::Local::new(|| $init);
    };
}

#[cfg(target_family = "wasm")]
mod wasm {
    use core::cell::{OnceCell, RefCell};

    #[cfg(target_feature = "atomics")]
    compile_error!(
        "instance_local! assumes one thread: wasm built with atomics needs thread_local! instead"
    );

    pub struct Local<T> {
        value: OnceCell<T>,
        init: fn() -> T,
    }

    // SAFETY: wasm32 without the atomics feature runs one thread (checked
    // above), so no value here is ever reached from two threads.
    unsafe impl<T> Sync for Local<T> {}

    impl<T> Local<T> {
        pub const fn new(init: fn() -> T) -> Self {
            Local {
                value: OnceCell::new(),
                init,
            }
        }

        pub fn with<R>(&'static self, use_it: impl FnOnce(&T) -> R) -> R {
            use_it(self.value.get_or_init(self.init))
        }
    }

    /// A value made at compile time.
    pub struct Fixed<T>(pub T);

    // SAFETY: as for `Local`.
    unsafe impl<T> Sync for Fixed<T> {}

    impl<T> Fixed<T> {
        pub fn with<R>(&'static self, use_it: impl FnOnce(&T) -> R) -> R {
            use_it(&self.0)
        }
    }

    impl<T> Fixed<RefCell<T>> {
        pub fn with_borrow<R>(&'static self, use_it: impl FnOnce(&T) -> R) -> R {
            use_it(&self.0.borrow())
        }

        pub fn with_borrow_mut<R>(&'static self, use_it: impl FnOnce(&mut T) -> R) -> R {
            use_it(&mut self.0.borrow_mut())
        }
    }
}
