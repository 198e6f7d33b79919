//! Stable keys the engine hands to its readers (the widget, `noc`, the JS API).
//!
//! Each key is an enum, so a reader that turns keys into words writes one exhaustive `match` and a
//! new key cannot compile without its words. Each serialises to the snake_case string documented in
//! docs/profile.md and docs/rules.md; those strings are the contract and never change.

/// Declares a key enum: `Variant = "json_key"`, plus `ALL`, `key()`, `from_key()` and string
/// serialisation. Exported so that a reader's own string-keyed enums (the calculator's form fields)
/// are declared the same way.
#[macro_export]
macro_rules! key_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $key:literal,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)*
        }

        impl $name {
            /// Every key, in declaration order.
            pub const ALL: [$name; [$(stringify!($variant)),*].len()] = [$($name::$variant),*];

            /// The enum value of a JSON key, if it is one.
            pub fn from_key(key: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|v| v.key() == key)
            }

            /// The key as it appears in JSON.
            pub const fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key,)*
                }
            }
        }

        impl $crate::__serde::Serialize for $name {
            fn serialize<S: $crate::__serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.key())
            }
        }

        /// Compares with the JSON key (tests and data attributes read the contract's strings).
        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.key() == *other
            }
        }

        impl core::fmt::Display for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.key())
            }
        }
    };
}
