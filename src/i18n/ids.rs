//! Typed message ids. `build.rs` generates one item per English message in
//! [`super::msg`]: a [`Msg`] for a message without variables, a [`VarMsg`] plus a
//! function that takes exactly its variables for one with variables, an [`Attr`] per
//! attribute. An id the code names therefore exists, or the build fails there.

use super::Args;

/// A message without variables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Msg(pub(super) &'static str);

/// A message with variables: format it through its generated function
/// (`msg::setup_title(product)`), or with [`super::I18n::t_args`] where one set of
/// variables serves several messages (the field errors).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct VarMsg(pub(super) &'static str);

/// An attribute of a message (`.aria-label`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Attr(pub(super) &'static str, pub(super) &'static str);

impl Msg {
    /// The Fluent id.
    pub const fn id(self) -> &'static str {
        self.0
    }
}

impl VarMsg {
    /// The Fluent id.
    pub const fn id(self) -> &'static str {
        self.0
    }
}

/// Where one set of variables serves messages with and without variables (field
/// errors), both are taken as a plain [`Msg`].
impl From<VarMsg> for Msg {
    fn from(m: VarMsg) -> Self {
        Msg(m.0)
    }
}

/// A message together with its variables, ready to format (in any language).
#[derive(Clone, Debug)]
pub struct Message {
    pub(super) id: &'static str,
    pub(super) args: Args,
}

impl Message {
    pub fn new(msg: VarMsg, args: Args) -> Self {
        Self { id: msg.0, args }
    }

    /// The Fluent id.
    pub fn id(&self) -> &'static str {
        self.id
    }
}

impl From<Msg> for Message {
    fn from(m: Msg) -> Self {
        Self {
            id: m.0,
            args: Args::new(),
        }
    }
}
