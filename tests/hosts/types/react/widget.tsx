import type {} from 'conference-summary/react';
import type { ConferenceSummaryElement } from 'conference-summary';
import { useRef, useState } from 'react';

export function Summary() {
  const ref = useRef<ConferenceSummaryElement>(null);
  const [section, setSection] = useState<'overview' | 'quotes'>('quotes');
  return (
    <conference-summary
      ref={ref}
      id="widget"
      lang="fr"
      section={section}
      theme="dark"
      src="/summary.json"
      timeout={5000}
      expanded
      deepLink="talk"
      loading="lazy"
      onconference-summary-section-change={(event) => {
        const shown: 'overview' | 'quotes' | 'programme' | 'participants' | 'funders' = event.detail.section;
        console.log(shown);
        setSection('overview');
      }}
      onconference-summary-quote-toggle={(event) => console.log(event.detail.id, event.detail.open)}
      onconference-summary-ready={() => ref.current?.showSection('funders')}
      onconference-summary-error={(event) => console.error(event.detail.message)}
    />
  );
}
