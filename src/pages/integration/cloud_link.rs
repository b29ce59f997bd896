//! The injixo Cloud Link of an on-premise integration: which server, which version,
//! when it was last heard from, and whether it is connected now.

use crate::i18n::{labels, msg, use_i18n};
use injixo_contract::{CloudLink, LINK_LOST_AFTER_SECS};
use leptos::prelude::*;

#[component]
pub fn CloudLinkStatus(
    /// The linked client as the server last saw it.
    link: CloudLink,
) -> impl IntoView {
    let i18n = use_i18n();
    let last_seen = link.last_seen_at.clone();
    let connected = link.connected;
    view! {
        <section class="ixi-card" aria-labelledby="ixi-cloud-link-heading">
            <h2 id="ixi-cloud-link-heading">{i18n.text(msg::CLOUD_LINK_STATUS_HEADING)}</h2>
            <dl class="ixi-details">
                <dt>{i18n.text(msg::CLOUD_LINK_CONNECTION_LABEL)}</dt>
                <dd>
                    <span class=if connected { "ixi-status ixi-status-operational" } else { "ixi-status ixi-status-problem_detected" }>
                        <span class="ixi-status-dot" aria-hidden="true"></span>
                        {i18n.text(if connected { msg::CLOUD_LINK_CONNECTED } else { msg::CLOUD_LINK_NOT_CONNECTED })}
                    </span>
                </dd>
                <dt>{i18n.text(msg::CLOUD_LINK_HOST_LABEL)}</dt>
                <dd class="ixi-mono">{link.host.clone()}</dd>
                <dt>{i18n.text(msg::CLOUD_LINK_VERSION_LABEL)}</dt>
                <dd>{link.version.clone()}</dd>
                <dt>{i18n.text(msg::CLOUD_LINK_LAST_SEEN_LABEL)}</dt>
                <dd>{move || labels::when(i18n, &last_seen)}</dd>
            </dl>
            <p class="ixi-muted">{move || i18n.fmt(&msg::cloud_link_lost_help(LINK_LOST_AFTER_SECS))}</p>
        </section>
    }
}
