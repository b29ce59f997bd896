use leptos::prelude::*;

/// The few pictograms the app uses. Inline SVG: no icon font to load, every glyph
/// exists on every system (a Unicode ⏸ does not), and it takes the text colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IconKind {
    Pause,
    Play,
    Pencil,
}

/// A decorative icon; the button or link around it carries the words.
#[component]
pub fn Icon(
    /// Which pictogram.
    kind: IconKind,
) -> impl IntoView {
    let path = match kind {
        IconKind::Pause => "M5 3h3v10H5zM10 3h3v10h-3z",
        IconKind::Play => "M5 3l8 5-8 5z",
        IconKind::Pencil => "M11.5 2.5l2 2L6 12l-3 1 1-3z",
    };
    view! {
        <svg class="ixi-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d=path fill="currentColor" />
        </svg>
    }
}
