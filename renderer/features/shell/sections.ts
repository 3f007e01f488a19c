// Every place the navigation can take you, in the order the sidebar shows
// them. Sections that are not built yet carry the sentence their empty state
// shows, so the app says plainly what is coming instead of showing fake data.

export type SectionId =
  | 'observe'
  | 'calibrate'
  | 'lesson-study'
  | 'rubrics'
  | 'insights'
  | 'schools'
  | 'people'
  | 'sync'
  | 'settings';

export type SectionGroup = 'Practice' | 'Directory' | 'This device';

export interface Section {
  id: SectionId;
  label: string;
  group: SectionGroup;
}

export const SECTIONS: readonly Section[] = [
  { id: 'observe', label: 'Observe', group: 'Practice' },
  { id: 'calibrate', label: 'Calibrate', group: 'Practice' },
  { id: 'lesson-study', label: 'Lesson study', group: 'Practice' },
  { id: 'rubrics', label: 'Rubrics', group: 'Practice' },
  { id: 'insights', label: 'Insights', group: 'Practice' },
  { id: 'schools', label: 'Schools', group: 'Directory' },
  { id: 'people', label: 'People', group: 'Directory' },
  { id: 'sync', label: 'Sync', group: 'This device' },
  { id: 'settings', label: 'Settings', group: 'This device' },
];

export const SECTION_GROUPS: readonly SectionGroup[] = ['Practice', 'Directory', 'This device'];

/** Where the app opens: the directory is the part that is already alive. */
export const HOME_SECTION: SectionId = 'schools';

/** "#/people" -> "people"; anything else (including the host's #secret=...) -> null. */
export function sectionFromHash(hash: string): SectionId | null {
  const id = hash.replace(/^#\/?/, '');
  return SECTIONS.some((s) => s.id === id) ? (id as SectionId) : null;
}

export function hashOf(id: SectionId): string {
  return `#/${id}`;
}
