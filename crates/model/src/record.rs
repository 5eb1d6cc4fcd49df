//! How the summary format is declared once: [`FormatValue`] says, for each
//! type a summary is made of, what it must be in a document ([`Shape`]), how
//! it is read from a checked document, written out, and left blank; and
//! [`records!`](crate::records) declares a record type field by field, from
//! which the Rust struct, its shape (and so the shape check and the JSON
//! Schema), its reader, its writer and its blank are all generated.

use crate::json::Json;
use crate::shape::Shape;

/// A value of the summary format.
pub trait FormatValue: Sized {
    /// What the value must be in a document.
    const SHAPE: &'static Shape;
    /// Whether a record's field of this type must be present.
    const REQUIRED: bool = true;

    /// The value of a document part that [`check_shape`](crate::check_shape)
    /// has passed; `None` when the field is absent. Never panics: on a part
    /// of another shape it gives what [`FormatValue::blank`] gives.
    fn read(json: Option<&Json>) -> Self;

    /// The value as the format writes it; `None` leaves the field out.
    fn write(&self) -> Option<Json>;

    /// The value with nothing filled in, for authors to complete: an empty
    /// string, paragraph 0, an empty list, no optional value. The validator
    /// names every blank that must be filled.
    fn blank() -> Self;
}

impl FormatValue for String {
    const SHAPE: &'static Shape = &Shape::Text;

    // Called for every text field of every record: kept out of line, one
    // copy serves them all in the wasm.
    #[inline(never)]
    fn read(json: Option<&Json>) -> Self {
        match json {
            Some(Json::String(text)) => text.clone(),
            _ => String::new(),
        }
    }

    fn write(&self) -> Option<Json> {
        Some(Json::String(self.clone()))
    }

    fn blank() -> Self {
        String::new()
    }
}

/// A paragraph number: the shape check admits only whole numbers from 1 up
/// to `u32::MAX`; 0 is the blank.
impl FormatValue for usize {
    const SHAPE: &'static Shape = &Shape::Paragraph;

    #[inline(never)]
    fn read(json: Option<&Json>) -> Self {
        match json {
            Some(Json::Number(number)) => *number as usize,
            _ => 0,
        }
    }

    fn write(&self) -> Option<Json> {
        Some(Json::Number(*self as f64))
    }

    fn blank() -> Self {
        0
    }
}

impl<T: FormatValue> FormatValue for Vec<T> {
    const SHAPE: &'static Shape = &Shape::List(T::SHAPE);

    fn read(json: Option<&Json>) -> Self {
        match json {
            Some(Json::Array(items)) => items.iter().map(|item| T::read(Some(item))).collect(),
            _ => Vec::new(),
        }
    }

    fn write(&self) -> Option<Json> {
        Some(Json::Array(self.iter().filter_map(T::write).collect()))
    }

    fn blank() -> Self {
        Vec::new()
    }
}

impl<T: FormatValue> FormatValue for Option<T> {
    const SHAPE: &'static Shape = T::SHAPE;
    const REQUIRED: bool = false;

    fn read(json: Option<&Json>) -> Self {
        json.map(|json| T::read(Some(json)))
    }

    fn write(&self) -> Option<Json> {
        self.as_ref().and_then(T::write)
    }

    fn blank() -> Self {
        None
    }
}

/// Declares record types of the format. Each field carries one line of doc
/// (its meaning, also the JSON Schema's description), optionally the JSON
/// key when it is not the field's name, its Rust type, and optionally a
/// [`Shape`] that narrows the type's own (`=> Date` for a `String` that must
/// be a date):
///
/// ```ignore
/// records! {
///     /// Where and when the source was issued.
///     pub struct Dateline as "dateline" {
///         /// The place, as the source names it.
///         pub place: String,
///         /// The date, YYYY-MM-DD.
///         pub date: String => Date,
///     }
/// }
/// ```
///
/// `as "dateline"` names the record's definition in the JSON Schema.
#[macro_export]
macro_rules! records {
    ($(
        $(#[doc = $doc:literal])*
        pub struct $name:ident as $schema_name:literal {
            $(
                #[doc = $about:literal]
                $(#[key = $key:literal])?
                pub $field:ident: $ty:ty $(=> $shape:ident)?,
            )*
        }
    )*) => {$(
        $(#[doc = $doc])*
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub struct $name {
            $(
                #[doc = $about]
                pub $field: $ty,
            )*
        }

        impl $crate::FormatValue for $name {
            const SHAPE: &'static $crate::Shape = &$crate::Shape::Record($crate::Record {
                #[cfg(feature = "native")]
                name: $schema_name,
                fields: &[$(
                    $crate::Field {
                        name: $crate::records!(@key $field $($key)?),
                        required: <$ty as $crate::FormatValue>::REQUIRED,
                        shape: $crate::records!(@shape $ty $(, $shape)?),
                        #[cfg(feature = "native")]
                        about: $about.trim_ascii(),
                    },
                )*],
            });

            fn read(json: Option<&$crate::Json>) -> Self {
                let json = json.unwrap_or(&$crate::Json::Null);
                $name {$(
                    $field: <$ty as $crate::FormatValue>::read(
                        json.member($crate::records!(@key $field $($key)?)),
                    ),
                )*}
            }

            fn write(&self) -> Option<$crate::Json> {
                let mut members = Vec::new();
                $(
                    if let Some(value) = $crate::FormatValue::write(&self.$field) {
                        members.push(($crate::records!(@key $field $($key)?).to_string(), value));
                    }
                )*
                Some($crate::Json::Object(members))
            }

            fn blank() -> Self {
                $name {$(
                    $field: <$ty as $crate::FormatValue>::blank(),
                )*}
            }
        }
    )*};
    (@key $field:ident) => { stringify!($field) };
    (@key $field:ident $key:literal) => { $key };
    (@shape $ty:ty) => { <$ty as $crate::FormatValue>::SHAPE };
    (@shape $ty:ty, $shape:ident) => { &$crate::Shape::$shape };
}
