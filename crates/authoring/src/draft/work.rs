//! A count of the draft's work, so that tests can bound how it grows with
//! the release without timing anything: the text helpers charge what they
//! scan, the lookups what they compare. Outside tests it compiles to
//! nothing.

#[cfg(test)]
std::thread_local! {
    static UNITS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Counts `units` of work: bytes scanned or candidates compared.
#[inline]
pub(crate) fn charge(units: usize) {
    #[cfg(test)]
    UNITS.with(|count| count.set(count.get().saturating_add(units as u64)));
    #[cfg(not(test))]
    let _ = units;
}

/// The work `run` charges on this thread, with its result.
#[cfg(test)]
pub(crate) fn measure<T>(run: impl FnOnce() -> T) -> (T, u64) {
    let before = UNITS.with(std::cell::Cell::get);
    let result = run();
    (result, UNITS.with(std::cell::Cell::get) - before)
}
