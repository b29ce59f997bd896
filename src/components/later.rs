use leptos::prelude::*;

/// False now, true `tasks` tasks later (or never, if the view is gone by then): for
/// rendering in steps, so that no single task renders a whole page
/// (docs/performance.md, "Long tasks").
pub fn after_tasks(tasks: u32) -> Signal<bool> {
    let ready = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        for _ in 0..tasks {
            crate::browser::sleep(0).await;
        }
        let _ = ready.try_set(true);
    });
    ready.into()
}

/// False now, true a task later: see [`after_tasks`].
pub fn after_a_task() -> Signal<bool> {
    after_tasks(1)
}

/// Renders its children a task (or `tasks` tasks) after itself: for what the first
/// frame can do without (live regions, listeners, the part of a page below the first
/// screen).
#[component]
pub fn Later(
    /// What is rendered later.
    children: ChildrenFn,
    /// How many tasks later: 1 (the next) unless set; 0 renders them at once (when
    /// the first frame needs them after all).
    #[prop(default = 1)]
    tasks: u32,
    /// What stands in their place until then (nothing unless set).
    #[prop(optional, into)]
    fallback: ViewFn,
) -> impl IntoView {
    if tasks == 0 {
        return children().into_any();
    }
    let ready = after_tasks(tasks);
    view! { <Show when=move || ready.get() fallback=fallback>{children()}</Show> }.into_any()
}
