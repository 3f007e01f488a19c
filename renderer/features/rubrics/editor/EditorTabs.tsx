// The editor's sections as a tab list (ARIA tabs pattern): arrow keys, Home
// and End move between tabs, and each tab shows how many problems its
// section has, so a person sees where the work is left. The capture screen's
// side tabs use it too (with their own label and id prefix).
import { useRef, type KeyboardEvent } from 'react';
import type { SectionId } from './fieldPaths.js';

export interface Tab<Id extends string = SectionId> {
  id: Id;
  label: string;
  problems: number;
}

export const tabId = (id: string, prefix = 'rubric-edit') => `${prefix}-tab-${id}`;
export const panelId = (id: string, prefix = 'rubric-edit') => `${prefix}-panel-${id}`;

interface EditorTabsProps<Id extends string> {
  tabs: readonly Tab<Id>[];
  active: Id;
  onSelect(id: NoInfer<Id>): void;
  label?: string;
  prefix?: string;
}

export function EditorTabs<Id extends string = SectionId>({ tabs, active, onSelect, label = 'Sections of the rubric', prefix }: EditorTabsProps<Id>) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === active);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length]!;
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`#${tabId(tab.id, prefix)}`)?.focus();
  };
  return (
    <div className="editor-tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={tabId(tab.id, prefix)}
          aria-selected={tab.id === active}
          aria-controls={panelId(tab.id, prefix)}
          tabIndex={tab.id === active ? 0 : -1}
          className="editor-tabs__tab"
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
          {tab.problems > 0 ? (
            <>
              {' '}
              <span className="badge badge--problem" aria-hidden="true">
                {tab.problems}
              </span>
              <span className="visually-hidden">{tab.problems === 1 ? '1 problem' : `${tab.problems} problems`}</span>
            </>
          ) : null}
        </button>
      ))}
    </div>
  );
}
