//! Running work on a fixed number of rendering threads.
//!
//! Not tasks of one shared rayon pool: Typst parallelizes its own layout with
//! rayon, and a worker waiting inside one compilation could steal another
//! document's whole compilation and run it on top of its stack (which
//! overflowed on large caseloads). Each worker is its own one-thread rayon
//! pool, so Typst's inner parallel work stays on the worker's thread and one
//! document runs per stack.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Stack size of a rendering thread: Typst's layout recurses deeply.
const WORKER_STACK: usize = 32 * 1024 * 1024;

/// Calls `f` on every item, on `jobs` workers pulling items from a queue;
/// results in item order.
pub fn run<T: Sync, R: Send>(items: &[T], jobs: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let done = Mutex::new(Vec::with_capacity(items.len()));
    let worker = || {
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else {
                break;
            };
            let out = f(item);
            done.lock()
                .unwrap_or_else(|e| e.into_inner())
                .push((i, out));
        }
    };
    let pools: Vec<rayon::ThreadPool> = (0..jobs.clamp(1, items.len().max(1)))
        .filter_map(|n| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(1)
                .stack_size(WORKER_STACK)
                .thread_name(move |_| format!("spoor2-render-{n}"))
                .build()
                .ok()
        })
        .collect();
    if pools.is_empty() {
        worker();
    } else {
        std::thread::scope(|scope| {
            for pool in &pools {
                scope.spawn(|| pool.install(worker));
            }
        });
    }
    let mut done = done.into_inner().unwrap_or_else(|e| e.into_inner());
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, out)| out).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_item_once_in_order_whatever_the_number_of_workers() {
        let items: Vec<u32> = (0..100).collect();
        for jobs in [0, 1, 2, 7, 500] {
            let out = super::run(&items, jobs, |i| i * 2);
            assert_eq!(out, items.iter().map(|i| i * 2).collect::<Vec<_>>());
        }
    }
}
