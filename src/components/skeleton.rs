use leptos::prelude::*;

/// The setup form's sketch while it renders, as the server's frame draws it
/// (backend/src/first_paint/frame.rs): the page goes from the frame to the form
/// without an empty box between. Hidden from screen readers.
#[component]
pub fn FormSkeleton() -> impl IntoView {
    let field = || {
        view! {
            <span class="ixi-skel ixi-skel-label"></span>
            <span class="ixi-skel ixi-skel-input"></span>
        }
    };
    view! {
        <div class="ixi-form ixi-skel-form" aria-hidden="true">
            {field()} {field()} {field()} {field()}
        </div>
    }
}
