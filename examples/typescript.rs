//! Prints the TypeScript declarations of the package's option and record
//! types; scripts/build.mjs adds them to the package's .d.ts.

#[cfg(not(target_family = "wasm"))]
fn main() {
    println!("{}", chartmogul_wasm::typescript_declarations());
}

// The types are generated on the build machine only (see the function).
#[cfg(target_family = "wasm")]
fn main() {}
