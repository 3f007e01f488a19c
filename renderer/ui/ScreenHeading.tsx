// The h1 of a screen. It can take focus (tabIndex -1) so that moving between
// sections puts keyboard and screen-reader users at the top of the new screen
// instead of leaving focus on a link in the sidebar.
import type { ReactNode } from 'react';

export function ScreenHeading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h1 className="screen__title" id={id} tabIndex={-1} data-screen-heading="">
      {children}
    </h1>
  );
}
