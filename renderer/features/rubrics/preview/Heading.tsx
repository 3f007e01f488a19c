// A heading whose level is relative to where the preview is placed, so the
// preview's outline nests under whatever heading the host screen gives it
// (the library's version view, the editor's preview tab) without skipping.
import type { ReactNode } from 'react';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export function Heading({ level, id, className, children }: { level: number; id?: string; className?: string; children: ReactNode }) {
  const Tag = `h${Math.min(6, Math.max(1, level)) as HeadingLevel}` as const;
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}
