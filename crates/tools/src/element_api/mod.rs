//! Writes the element's API, as [`conference_summary_model::element_api`]
//! describes it, in the forms others read, one file each: the loader's
//! constants, the Custom Elements Manifest, TypeScript declarations (and
//! React's, Vue's and Svelte's typings of the tag) and the README's tables; the CSS custom properties come from the stylesheet.

mod css;
mod dts;
mod frameworks;
mod loader;
mod manifest;
mod readme;
mod types;

pub use css::{css_properties, CssProperty};
pub use dts::typescript_declarations;
pub use frameworks::{react_declarations, svelte_declarations, vue_declarations};
pub use loader::loader_constants;
pub use manifest::custom_elements_manifest;
pub use readme::{fill_readme, readme_tables};
