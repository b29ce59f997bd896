//! Timers that cannot outlive whoever set them: an unmounted app leaves none behind.

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
