//! Timers that cannot outlive whoever set them: an unmounted app leaves none behind.
//! And time-slicing, so that long work (reading a 7 MB file) never blocks the page.

/// A `setTimeout` that is cleared when this guard is dropped, unless disarmed.
pub struct TimerGuard(Option<i32>);

impl TimerGuard {
    /// Calls `callback` after `ms` milliseconds.
    pub fn set(callback: &js_sys::Function, ms: i32) -> Self {
        Self(web_sys::window().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(callback, ms)
                .ok()
        }))
    }

    /// The timer fired: nothing left to clear.
    pub fn disarm(&mut self) {
        self.0 = None;
    }
}

impl Drop for TimerGuard {
    fn drop(&mut self) {
        if let (Some(w), Some(id)) = (web_sys::window(), self.0) {
            w.clear_timeout_with_handle(id);
        }
    }
}

/// Waits `ms` milliseconds. Dropping the future (the page went away) clears the timer.
pub async fn sleep(ms: i32) {
    let mut timer = None;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        timer = Some(TimerGuard::set(&resolve, ms));
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    if let Some(t) = timer.as_mut() {
        t.disarm();
    }
}

/// Milliseconds since the page started (`performance.now()`), for time-slicing and
/// the figures the benchmarks read.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Splits long work into tasks of at most `budget_ms`: call [`Slices::pause`] between
/// steps; it yields to the event loop (input, rendering) once the budget is spent.
pub struct Slices {
    budget_ms: f64,
    started: f64,
}

impl Slices {
    pub fn new(budget_ms: f64) -> Self {
        Self {
            budget_ms,
            started: now_ms(),
        }
    }

    /// Yields if this task has run for its budget; returns whether it did.
    pub async fn pause(&mut self) -> bool {
        if now_ms() - self.started < self.budget_ms {
            return false;
        }
        sleep(0).await;
        self.started = now_ms();
        true
    }
}
