//! What the key section says, by what the key is for.

use crate::i18n::{msg, Message, Msg};
use injixo_contract::KeyUse;

/// The messages of one kind of key section.
#[derive(Clone, Copy)]
pub struct KeyTexts {
    pub title: Msg,
    pub key_label: Msg,
    pub none: Msg,
    pub once_warning: Msg,
    pub copied_status: Msg,
    pub copy_failed: Msg,
    pub regenerate_title: Msg,
    pub regenerate_body: fn(String) -> Message,
    pub regenerate_confirm: Msg,
    pub regenerate_cancel: Msg,
    pub leave_title: Msg,
    pub leave_body: Msg,
    pub leave_cancel: Msg,
}

fn api_regenerate_body(_product: String) -> Message {
    msg::API_REGENERATE_BODY.into()
}

pub fn texts(key_use: KeyUse) -> KeyTexts {
    let key = KeyTexts {
        title: msg::APP_SECTION_TITLE,
        key_label: msg::APP_KEY_LABEL,
        none: msg::APP_KEY_NONE,
        once_warning: msg::APP_KEY_ONCE_WARNING,
        copied_status: msg::APP_COPIED_STATUS,
        copy_failed: msg::APP_COPY_FAILED,
        regenerate_title: msg::APP_REGENERATE_TITLE,
        regenerate_body: msg::app_regenerate_body,
        regenerate_confirm: msg::APP_REGENERATE_CONFIRM,
        regenerate_cancel: msg::APP_REGENERATE_CANCEL,
        leave_title: msg::APP_LEAVE_TITLE,
        leave_body: msg::APP_LEAVE_BODY,
        leave_cancel: msg::APP_LEAVE_CANCEL,
    };
    match key_use {
        KeyUse::App => key,
        KeyUse::Api => KeyTexts {
            title: msg::API_SECTION_TITLE,
            key_label: msg::API_KEY_LABEL,
            regenerate_body: api_regenerate_body,
            ..key
        },
        KeyUse::UrlToken => KeyTexts {
            title: msg::URL_TOKEN_SECTION_TITLE,
            key_label: msg::URL_TOKEN_LABEL,
            none: msg::URL_TOKEN_NONE,
            once_warning: msg::URL_TOKEN_ONCE_WARNING,
            copied_status: msg::URL_TOKEN_COPIED_STATUS,
            copy_failed: msg::URL_TOKEN_COPY_FAILED,
            regenerate_title: msg::URL_TOKEN_REGENERATE_TITLE,
            regenerate_body: msg::url_token_regenerate_body,
            regenerate_confirm: msg::URL_TOKEN_REGENERATE_CONFIRM,
            regenerate_cancel: msg::URL_TOKEN_REGENERATE_CANCEL,
            leave_title: msg::URL_TOKEN_LEAVE_TITLE,
            leave_body: msg::URL_TOKEN_LEAVE_BODY,
            leave_cancel: msg::URL_TOKEN_LEAVE_CANCEL,
        },
    }
}
