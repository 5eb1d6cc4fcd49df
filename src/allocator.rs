//! The wasm build's global allocator: small, because every reader downloads
//! it (Rust's default, dlmalloc, was larger: docs/benchmarks.md).
//!
//! - Blocks of up to [`LARGEST_CLASS`] bytes come in power-of-two size
//!   classes, each with an intrusive free list (a freed block holds the
//!   address of the next). A class with an empty list takes a new block from
//!   a bump region of pages got with `memory.grow`. Blocks are aligned to
//!   their class size, so any alignment up to the class size holds; an
//!   alignment larger than the size picks a larger class.
//! - Larger blocks are runs of whole 64 KiB pages. A freed run goes on a free
//!   list; an allocation takes the first run that is long enough (splitting
//!   off what it does not need) before growing the memory.
//!
//! The widget's allocations are small and of few sizes, and it runs on one
//! thread: this is all it needs. Memory is never given back to the browser,
//! as with dlmalloc on wasm.

/// The smallest block: room for the free list's link.
const SMALLEST_CLASS: usize = 8;
/// The largest size class; a larger block is a run of pages.
pub(crate) const LARGEST_CLASS: usize = 32 * 1024;
/// WebAssembly's page size.
pub(crate) const PAGE: usize = 64 * 1024;
/// How many size classes there are: 8, 16, …, [`LARGEST_CLASS`].
pub(crate) const CLASSES: usize =
    (LARGEST_CLASS.trailing_zeros() - SMALLEST_CLASS.trailing_zeros() + 1) as usize;

/// The size class of a block of `size` bytes aligned to `align` (a power of
/// two), as an index into the free lists; `None` for a run of pages.
pub(crate) fn class_of(size: usize, align: usize) -> Option<usize> {
    let size = size.max(align).max(SMALLEST_CLASS);
    if size > LARGEST_CLASS {
        return None;
    }
    let class_size = size.next_power_of_two();
    Some((class_size.trailing_zeros() - SMALLEST_CLASS.trailing_zeros()) as usize)
}

/// The block size of a class.
pub(crate) fn class_size(class: usize) -> usize {
    SMALLEST_CLASS << class
}

/// How many pages a large block of `size` bytes takes; `None` if the count
/// overflows.
pub(crate) fn pages_for(size: usize) -> Option<usize> {
    Some(size.max(1).checked_add(PAGE - 1)? / PAGE)
}

#[cfg(all(target_arch = "wasm32", feature = "embed"))]
mod wasm {
    use super::{class_of, class_size, pages_for, CLASSES, PAGE};
    use core::alloc::{GlobalAlloc, Layout};
    use core::arch::wasm32::memory_grow;
    use core::cell::UnsafeCell;
    use core::ptr::{copy_nonoverlapping, null_mut};

    /// A free run of pages: its first bytes.
    struct Run {
        next: *mut Run,
        pages: usize,
    }

    struct State {
        /// Per size class, the first free block (which holds the next one's address).
        free: [*mut u8; CLASSES],
        /// The bump region: the next free address and its end.
        next: usize,
        end: usize,
        /// Free runs of pages.
        runs: *mut Run,
    }

    pub struct Allocator(UnsafeCell<State>);

    // SAFETY: the wasm build has no threads (no `atomics` target feature).
    unsafe impl Sync for Allocator {}

    #[global_allocator]
    static ALLOCATOR: Allocator = Allocator(UnsafeCell::new(State {
        free: [null_mut(); CLASSES],
        next: 0,
        end: 0,
        runs: null_mut(),
    }));

    /// `pages` new pages of memory: their address, or `None` if the memory cannot grow.
    fn grow(pages: usize) -> Option<usize> {
        match memory_grow(0, pages) {
            usize::MAX => None,
            old => Some(old * PAGE),
        }
    }

    impl State {
        unsafe fn alloc_small(&mut self, class: usize) -> *mut u8 {
            let head = self.free[class];
            if !head.is_null() {
                self.free[class] = *(head as *mut *mut u8);
                return head;
            }
            let size = class_size(class);
            let mut at = (self.next + size - 1) & !(size - 1);
            if at + size > self.end {
                // A class is at most half a page: one new page always holds it.
                let Some(page) = grow(1) else {
                    return null_mut();
                };
                if page != self.end {
                    self.next = page;
                    at = page;
                }
                self.end = page + PAGE;
            }
            self.next = at + size;
            at as *mut u8
        }

        unsafe fn alloc_large(&mut self, size: usize, align: usize) -> *mut u8 {
            let Some(pages) = pages_for(size) else {
                return null_mut();
            };
            if align > PAGE {
                return null_mut();
            }
            let mut link: *mut *mut Run = &mut self.runs;
            while !(*link).is_null() {
                let run = *link;
                if (*run).pages >= pages {
                    let rest = (*run).pages - pages;
                    if rest == 0 {
                        *link = (*run).next;
                    } else {
                        let tail = (run as *mut u8).add(pages * PAGE) as *mut Run;
                        tail.write(Run {
                            next: (*run).next,
                            pages: rest,
                        });
                        *link = tail;
                    }
                    return run as *mut u8;
                }
                link = &mut (*run).next;
            }
            match grow(pages) {
                Some(at) => at as *mut u8,
                None => null_mut(),
            }
        }
    }

    unsafe impl GlobalAlloc for Allocator {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            let state = &mut *self.0.get();
            match class_of(layout.size(), layout.align()) {
                Some(class) => state.alloc_small(class),
                None => state.alloc_large(layout.size(), layout.align()),
            }
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            let state = &mut *self.0.get();
            match class_of(layout.size(), layout.align()) {
                Some(class) => {
                    *(ptr as *mut *mut u8) = state.free[class];
                    state.free[class] = ptr;
                }
                None => {
                    let run = ptr as *mut Run;
                    run.write(Run {
                        next: state.runs,
                        // The same count as when allocated, which did not overflow.
                        pages: pages_for(layout.size()).unwrap_or(0),
                    });
                    state.runs = run;
                }
            }
        }

        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            let align = layout.align();
            let (old, new) = (class_of(layout.size(), align), class_of(new_size, align));
            let same = match (old, new) {
                (Some(old), Some(new)) => old == new,
                (None, None) => pages_for(layout.size()) == pages_for(new_size),
                _ => false,
            };
            if same {
                return ptr;
            }
            // SAFETY: the caller guarantees `new_size`, rounded up to `align`, fits in an isize.
            let new_layout = Layout::from_size_align_unchecked(new_size, align);
            let moved = self.alloc(new_layout);
            if !moved.is_null() {
                copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            moved
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_cover_eight_bytes_to_the_largest() {
        assert_eq!(CLASSES, 13);
        assert_eq!(class_size(0), 8);
        assert_eq!(class_size(CLASSES - 1), LARGEST_CLASS);
    }

    #[test]
    fn a_size_gets_the_smallest_class_that_holds_it() {
        assert_eq!(class_of(0, 1), Some(0));
        assert_eq!(class_of(1, 1), Some(0));
        assert_eq!(class_of(8, 8), Some(0));
        assert_eq!(class_of(9, 1), Some(1));
        assert_eq!(class_of(16, 4), Some(1));
        assert_eq!(class_of(17, 4), Some(2));
        assert_eq!(class_of(LARGEST_CLASS, 8), Some(CLASSES - 1));
        assert_eq!(class_of(LARGEST_CLASS + 1, 8), None);
        for size in 1..=LARGEST_CLASS {
            let class = class_of(size, 1).unwrap();
            assert!(class_size(class) >= size);
            assert!(class == 0 || class_size(class - 1) < size);
        }
    }

    #[test]
    fn an_alignment_larger_than_the_size_picks_a_larger_class() {
        assert_eq!(class_of(4, 64), class_of(64, 1));
        assert_eq!(class_size(class_of(24, 128).unwrap()), 128);
        assert_eq!(class_of(8, 2 * LARGEST_CLASS), None);
        // A block is aligned to its class size, so it honours any alignment up to it.
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            for size in [0, 1, 7, 8, 100, 1000] {
                let class = class_of(size, align).unwrap();
                assert_eq!(class_size(class) % align, 0);
            }
        }
    }

    #[test]
    fn large_blocks_are_whole_pages() {
        assert_eq!(pages_for(LARGEST_CLASS + 1), Some(1));
        assert_eq!(pages_for(PAGE), Some(1));
        assert_eq!(pages_for(PAGE + 1), Some(2));
        assert_eq!(pages_for(usize::MAX), None);
        // A zero-sized block with a large alignment still takes a page of its own.
        assert_eq!(pages_for(0), Some(1));
    }
}
