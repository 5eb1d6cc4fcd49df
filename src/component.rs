//! The summary as a yew component for any yew app: [`ConferenceSummary`].
//!
//! It renders into a shadow root of its own, on a `<div>` host, as the custom
//! element does into its own: the crate's stylesheet applies there and
//! nowhere else, the app's CSS cannot reach in, and element ids cannot
//! collide with the app's or another instance's. The app themes it through
//! the host: the same custom properties (`--cs-accent`, …) and parts
//! (`::part(tab-selected)`, …) as the element, listed in the README.

use std::rc::Rc;

use yew::prelude::*;

use crate::host::summaries::{built_in, parsed};
use crate::host::{console_error, shadow};
use crate::i18n;
use crate::model::{Section, Summary, Theme};
use crate::view::{error_box, Failure, StatefulSummary};

/// Where the component's summary comes from.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum SummarySource {
    /// The summary built into the crate: the OSCE conference in Vienna,
    /// 20–21 September 2007, on fighting the sexual exploitation of children
    /// online.
    #[default]
    BuiltIn,
    /// A summary the app has already parsed and validated, with
    /// [`parse_summary`](crate::parse_summary).
    Parsed(Rc<Summary>),
    /// Summary JSON (the format in `docs/authoring.md`), which the component
    /// parses and validates; if it is not valid, the component shows an error
    /// box that lists every problem, as the `validate` command does.
    Json(AttrValue),
}

impl From<Summary> for SummarySource {
    fn from(summary: Summary) -> Self {
        SummarySource::Parsed(Rc::new(summary))
    }
}

impl From<Rc<Summary>> for SummarySource {
    fn from(summary: Rc<Summary>) -> Self {
        SummarySource::Parsed(summary)
    }
}

/// Properties of [`ConferenceSummary`]. All are optional.
#[derive(Properties, PartialEq)]
pub struct ConferenceSummaryProps {
    /// The summary to show: the built-in one unless given.
    #[prop_or_default]
    pub summary: SummarySource,
    /// The interface's language, a tag such as `fr` or `fr-CA`: English,
    /// French, German, Italian, Russian or Spanish; any other, and none,
    /// mean English. The summary stays in the language it is written in.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// Light, dark, or as the reader prefers.
    #[prop_or_default]
    pub theme: Theme,
    /// The section shown first; followed when it changes.
    #[prop_or_default]
    pub section: Section,
    /// Whether every quote is open; followed when it changes.
    #[prop_or_default]
    pub expanded: bool,
    /// Called after the shown section changed, whoever changed it.
    #[prop_or_default]
    pub on_section_change: Callback<Section>,
    /// Called after a quote opened (`true`) or closed, with the quote's id.
    #[prop_or_default]
    pub on_quote_toggle: Callback<(AttrValue, bool)>,
    /// Classes of the host element, for the app's own rules: its size, its
    /// margins, custom properties and `::part` rules.
    #[prop_or_default]
    pub class: Classes,
}

/// The conference summary: sections the reader clicks through (overview,
/// quotes, programme, participants, funders), quotes that open to the full
/// passage with speaker and role, and every fact tied to its paragraph of the
/// source.
///
/// ```no_run
/// use conference_summary::{ConferenceSummary, SummarySource, Theme};
/// use conference_summary::model::Section;
/// use yew::prelude::*;
///
/// #[component]
/// fn Summaries() -> Html {
///     let json = AttrValue::from(r#"{ "format": "1.0" }"#);
///     html! {
///         <>
///             // The built-in summary, in French, on the quotes.
///             <ConferenceSummary lang="fr" section={Section::Quotes} />
///             // Another event's summary, dark, every quote open.
///             <ConferenceSummary
///                 summary={SummarySource::Json(json)}
///                 theme={Theme::Dark}
///                 expanded=true
///                 on_quote_toggle={Callback::from(|(id, open): (AttrValue, bool)| {
///                     web_sys::console::log_1(&format!("{id}: {open}").into());
///                 })}
///             />
///         </>
///     }
/// }
/// ```
///
/// On a server (the `ssr` feature) it renders its host only: the summary
/// appears once the app runs in the browser, in the shadow root it attaches
/// then.
#[component]
pub fn ConferenceSummary(props: &ConferenceSummaryProps) -> Html {
    let host = use_node_ref();
    let mount = use_state(|| None::<web_sys::Element>);
    {
        let (host, mount) = (host.clone(), mount.clone());
        use_effect_with((), move |_| mount.set(attach(&host)));
    }
    let summary = use_memo(props.summary.clone(), resolve);
    // The reader sees the error box; the app's developer, every problem.
    use_effect_with(summary.clone(), |summary| {
        if let Err(failure) = &**summary {
            for detail in failure.details.iter() {
                console_error(detail);
            }
        }
    });
    let strings = i18n::strings(props.lang.as_deref().unwrap_or("en"));
    let content = match (&*mount, &*summary) {
        (None, _) => Html::default(),
        (Some(mount), Ok(summary)) => create_portal(
            html! {
                <StatefulSummary
                    summary={summary.clone()}
                    {strings}
                    section={props.section}
                    expanded={props.expanded}
                    on_section_change={props.on_section_change.clone()}
                    on_quote_toggle={props.on_quote_toggle.clone()}
                />
            },
            mount.clone(),
        ),
        (Some(mount), Err(failure)) => create_portal(error_box(strings, failure), mount.clone()),
    };
    html! {
        <div
            ref={host}
            class={classes!("conference-summary", props.class.clone())}
            theme={(props.theme != Theme::Auto).then_some(props.theme.id())}
        >
            { content }
        </div>
    }
}

/// The summary `source` names, or why there is none.
fn resolve(source: &SummarySource) -> Result<Rc<Summary>, Failure> {
    match source {
        SummarySource::BuiltIn => built_in(),
        SummarySource::Parsed(summary) => Ok(summary.clone()),
        SummarySource::Json(json) => parsed(json),
    }
}

/// The crate's stylesheet, which the component adopts (the element gets
/// its own from the loader, which fetches it beside the wasm).
const CSS: &str = include_str!("../assets/conference-summary.css");

/// Attaches a shadow root to `host`, styled by the crate's stylesheet, and
/// returns the element inside it that the summary renders into.
fn attach(host: &NodeRef) -> Option<web_sys::Element> {
    thread_local! {
        /// One constructable stylesheet for the page, where the browser has them.
        static SHEET: Option<web_sys::CssStyleSheet> = web_sys::CssStyleSheet::new()
            .ok()
            .filter(|sheet| sheet.replace_sync(CSS).is_ok());
    }
    let host = host.cast::<web_sys::Element>()?;
    let shadow = shadow::open_shadow(&host).ok()?;
    let document = host.owner_document()?;
    let adopted = SHEET.with(|sheet| {
        let sheet = sheet.as_ref()?;
        shadow::adopt(&shadow, sheet).ok()
    });
    if adopted.is_none() {
        let style = document.create_element("style").ok()?;
        style.set_text_content(Some(CSS));
        shadow.append_child(&style).ok()?;
    }
    let mount = document.create_element("div").ok()?;
    shadow::set_mount_class(&mount, false).ok()?;
    shadow.append_child(&mount).ok()?;
    Some(mount)
}
