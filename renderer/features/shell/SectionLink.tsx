// A link to a section. A real <a href="#/people"> (so it is a link to
// assistive technology, can be copied, and Back works) whose plain click goes
// through the navigation store, to the section's home: from a teacher's
// history, "Observe" returns to Observe's home, as a new tab on the link would.
import type { MouseEvent, ReactNode } from 'react';
import { useStoreApi } from '../../appContext.js';
import { hashOf, type SectionId } from './sections.js';

export function SectionLink({
  to,
  children,
  className,
  current,
}: {
  to: SectionId;
  children: ReactNode;
  className?: string;
  current?: boolean;
}) {
  const navigation = useStoreApi('navigation');
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigation.getState().goHome(to);
  };
  return (
    <a href={hashOf(to)} className={className} aria-current={current ? 'page' : undefined} onClick={onClick}>
      {children}
    </a>
  );
}
