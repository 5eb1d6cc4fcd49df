//! A count of the model's elementary steps — values read, nodes checked,
//! comparisons made — so that tests can show that work grows linearly (or
//! n log n) with the input without timing anything
//! (`crates/model/tests/growth.rs`). Only with the feature `count-work`,
//! which the crate's own tests turn on; otherwise [`tick`] is nothing.

#[cfg(feature = "count-work")]
thread_local! {
    static STEPS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Counts one step.
#[inline(always)]
pub(crate) fn tick() {
    #[cfg(feature = "count-work")]
    STEPS.with(|steps| steps.set(steps.get() + 1));
}

/// The steps this thread has taken since the last call, and a new count.
#[cfg(feature = "count-work")]
pub fn take_steps() -> u64 {
    STEPS.with(|steps| steps.replace(0))
}
