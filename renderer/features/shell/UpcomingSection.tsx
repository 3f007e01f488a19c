// The honest empty state of a section that is not built yet: what it will do,
// that it comes in a later version, and where to go meanwhile. No sample data
// and no buttons that do nothing.
import type { ReactNode } from 'react';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { SectionLink } from './SectionLink.js';
import type { Section } from './sections.js';

export function UpcomingSection({ section, children }: { section: Section; children?: ReactNode }) {
  const titleId = `${section.id}-title`;
  return (
    <section className="screen" aria-labelledby={titleId}>
      <header className="screen__header">
        <ScreenHeading id={titleId}>{section.label}</ScreenHeading>
      </header>
      <div className="empty-state">
        <p className="empty-state__lead">{section.upcoming}</p>
        <p>
          {section.label} arrives in a later version of Fieldbook. Until then you can keep the directory of{' '}
          <SectionLink to="schools">schools</SectionLink> and <SectionLink to="people">people</SectionLink> up to
          date, and say who uses this device in <SectionLink to="settings">Settings</SectionLink>.
        </p>
        {children}
      </div>
    </section>
  );
}
