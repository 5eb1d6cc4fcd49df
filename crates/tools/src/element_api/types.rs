//! The TypeScript types of the element's values and events, shared by the
//! manifest and the declarations file, and text helpers both use.

use conference_summary_model::element_api::{DetailType, Event, ValueType, Values};

/// The values of an enumerated type as a TypeScript union: `'auto' | 'light' | 'dark'`.
pub(super) fn union(value: ValueType) -> String {
    let Values::OneOf(values) = value.values() else {
        return "string".to_string();
    };
    values
        .iter()
        .map(|value| format!("'{value}'"))
        .collect::<Vec<_>>()
        .join(" | ")
}

/// The TypeScript type of a value, spelled out (the manifest) or by the
/// names the declarations file defines.
pub(super) fn type_text(value: ValueType, named: bool) -> String {
    match (value, named) {
        (ValueType::Section, true) => "ConferenceSummarySection".to_string(),
        (ValueType::Theme, true) => "ConferenceSummaryTheme".to_string(),
        (ValueType::Loading, true) => "ConferenceSummaryLoading".to_string(),
        (ValueType::Section | ValueType::Theme | ValueType::Loading, false) => union(value),
        (ValueType::Text { .. } | ValueType::DeepLinkKey, _) => "string".to_string(),
        (ValueType::Timeout, _) => "number".to_string(),
        (ValueType::Flag, _) => "boolean".to_string(),
    }
}

/// The TypeScript type of a property reflecting an attribute of `value`:
/// its type, or `null` too where an absent attribute reads as `null`.
pub(super) fn property_type(value: ValueType, named: bool) -> String {
    match value {
        ValueType::DeepLinkKey => format!("{} | null", type_text(value, named)),
        _ => type_text(value, named),
    }
}

pub(super) fn detail_type(detail: DetailType, named: bool) -> String {
    match detail {
        DetailType::Section => type_text(ValueType::Section, named),
        DetailType::Text => "string".to_string(),
        DetailType::Boolean => "boolean".to_string(),
    }
}

/// The detail of an event as a TypeScript object type, spelled out.
pub(super) fn detail_object(event: Event) -> String {
    let detail = event.entry().detail;
    if detail.is_empty() {
        return "{}".to_string();
    }
    let fields: Vec<String> = detail
        .iter()
        .map(|(name, kind, _)| format!("{name}: {}", detail_type(*kind, false)))
        .collect();
    format!("{{ {} }}", fields.join("; "))
}

pub(super) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
