import { PAGE_SECTIONS, SETUP_ADDRESS } from './page-sections';

/** Links to every section by its address; the one the address names is marked as the current place. */
export function SectionNav({ current }: { current: string }) {
  return (
    <nav className="section-nav" aria-label="Sections of this page">
      <ul>
        {PAGE_SECTIONS.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`} aria-current={current === `#${section.id}` ? 'location' : undefined}>
              {section.navLabel}
            </a>
          </li>
        ))}
        <li className="section-nav__setup">
          <a href={`#${SETUP_ADDRESS}`} aria-current={current === `#${SETUP_ADDRESS}` ? 'location' : undefined}>
            Set-up guide
          </a>
        </li>
      </ul>
    </nav>
  );
}
