//! Test helper: reading the TypeScript declarations tsify generates, so tests
//! can check that hand-written field lists agree with the types users see.

/// The fields a TypeScript interface declares: name, and whether it may be
/// absent or null (`name?:` or a type with `| null`).
pub fn declared_fields(decl: &str) -> Vec<(String, bool)> {
    decl.lines()
        .map(str::trim)
        .filter(|line| !line.starts_with('*') && !line.starts_with("/**"))
        .filter_map(|line| {
            let (name, ty) = line.split_once(':')?;
            let optional = name.ends_with('?') || ty.contains("| null");
            Some((name.trim_end_matches('?').to_string(), optional))
        })
        .collect()
}

/// The names of the fields a TypeScript interface declares, in order.
pub fn declared_names(decl: &str) -> Vec<String> {
    declared_fields(decl)
        .into_iter()
        .map(|(name, _)| name)
        .collect()
}
