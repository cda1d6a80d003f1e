//! Values kept for the life of the wasm instance: what `thread_local!` gives
//! where Rust's std is linked, which the shipped .wasm is not (see the `std`
//! feature in Cargo.toml). Native builds (the unit tests, which run on many
//! threads) keep `thread_local!`.

#[cfg(target_family = "wasm")]
pub use wasm::Local;

/// `instance_local! { static NAME: Type = init; }`: made on first use, then
/// reached with `NAME.with(|value| ..)`, `with_borrow` or `with_borrow_mut`.
macro_rules! instance_local {
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
    compile_error!("Local assumes one thread: wasm built with atomics needs thread_local! instead");

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

    impl<T> Local<RefCell<T>> {
        pub fn with_borrow<R>(&'static self, use_it: impl FnOnce(&T) -> R) -> R {
            self.with(|cell| use_it(&cell.borrow()))
        }

        pub fn with_borrow_mut<R>(&'static self, use_it: impl FnOnce(&mut T) -> R) -> R {
            self.with(|cell| use_it(&mut cell.borrow_mut()))
        }
    }
}
