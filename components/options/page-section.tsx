import type { ReactNode } from 'react';
import type { PageSectionInfo } from './page-sections';

/** One of the page's sections: its own address, a heading that takes focus when the address is opened, and a line of help. */
export function PageSection({ section, intro, children }: { section: PageSectionInfo; intro: ReactNode; children: ReactNode }) {
  const headingId = `section-${section.id}-title`;
  return (
    <section id={section.id} className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} data-section-heading="">
        {section.title}
      </h2>
      <p className="section-intro">{intro}</p>
      {children}
    </section>
  );
}
