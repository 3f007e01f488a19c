// The sidebar: every section, grouped, with the current one marked for
// assistive technology (aria-current) as well as visually.
import { useId } from 'react';
import { ROLE_LABELS } from '../../../shared/domain.js';
import { useAppStore } from '../../appContext.js';
import { useNow } from '../../ui/useNow.js';
import { hubSummary } from '../sync/hubWords.js';
import { SectionLink } from './SectionLink.js';
import { SECTIONS, SECTION_GROUPS, type SectionGroup } from './sections.js';

export function Navigation() {
  const current = useAppStore('navigation', (s) => s.section);
  const settings = useAppStore('settings', (s) => s.settings);
  const hubStatus = useAppStore('hub', (s) => s.status);
  const now = useNow(hubStatus?.enrolled === true, 30_000);
  const hubLine = hubSummary(hubStatus, now);
  const idPrefix = useId();
  const who = [settings?.userName, settings?.role ? ROLE_LABELS[settings.role] : '', settings?.district].filter(Boolean);

  return (
    <nav className="sidebar" aria-label="Sections">
      <div className="sidebar__brand">
        <span className="brand">Fieldbook</span>
        {who.length > 0 ? <span className="sidebar__who">{who.join(' · ')}</span> : null}
        {hubLine ? <span className="sidebar__hub">{hubLine}</span> : null}
      </div>
      {SECTION_GROUPS.map((group: SectionGroup) => {
        const labelId = `${idPrefix}-${group.replace(/\s+/g, '-')}`;
        return (
          <div className="sidebar__group" key={group}>
            <p className="sidebar__group-label" id={labelId}>
              {group}
            </p>
            <ul className="sidebar__list" aria-labelledby={labelId}>
              {SECTIONS.filter((s) => s.group === group).map((section) => (
                <li key={section.id}>
                  <SectionLink to={section.id} className="sidebar__link" current={section.id === current}>
                    {section.label}
                  </SectionLink>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
