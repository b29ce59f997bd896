use leptos::prelude::*;

/// False now, true a task later (or never, if the view is gone by then): for
/// rendering in steps, so that no single task renders a whole page
/// (docs/performance.md, "Long tasks").
pub fn after_a_task() -> Signal<bool> {
    let ready = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        crate::browser::sleep(0).await;
        let _ = ready.try_set(true);
    });
    ready.into()
}

/// Renders its children a task after itself: for what the first frame can do
/// without (live regions, listeners, the part of a page below the first screen).
#[component]
pub fn Later(
    /// What is rendered a task later.
    children: ChildrenFn,
    /// Renders them at once instead (when the first frame needs them after all).
    #[prop(optional)]
    now: bool,
) -> impl IntoView {
    if now {
        return children().into_any();
    }
    let ready = after_a_task();
    view! { <Show when=move || ready.get()>{children()}</Show> }.into_any()
}
