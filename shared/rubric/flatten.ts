// A rubric as a flat list of labelled entries, each under a key that stays
// the same across versions (dimensions by id, levels by value), so that two
// versions can be lined up side by side even when dimensions were reordered.
import type { Rubric } from './format.js';

export interface RubricEntry {
  key: string;
  section: string;
  label: string;
  value: string;
}

const list = (items: readonly string[]) => items.join('\n');
const yesNo = (b: boolean) => (b ? 'Yes' : 'No');

export function flattenRubric(r: Rubric): RubricEntry[] {
  const out: RubricEntry[] = [];
  const add = (key: string, section: string, label: string, value: string) => out.push({ key, section, label, value });
  const details = 'Details';
  add('name', details, 'Name', r.name);
  add('subject', details, 'Subject', r.subject);
  add('gradeBand', details, 'Grade band', r.gradeBand);
  add('description', details, 'Description', r.description);
  add('attribution.source', details, 'Source', r.attribution.source);
  add('attribution.licence', details, 'Licence', r.attribution.licence);
  add('attribution.url', details, 'Web address', r.attribution.url);
  add('attribution.notes', details, 'Attribution notes', r.attribution.notes);
  add('template', details, 'Template to adapt', yesNo(r.template));
  add('notesFollow', details, 'Notes follow', r.notesFollow === 'plan_steps' ? 'Plan steps' : 'Dimensions');

  const scoring = 'Scoring';
  add('scoring.unit', scoring, 'Scored per', r.scoring.unit);
  if (r.scoring.unit !== 'none') {
    for (const level of r.scoring.scale.levels) add(`scale.${level.value}`, scoring, `Level ${level.value}`, level.label);
    add('scale.naAllowed', scoring, 'N/A allowed', yesNo(r.scoring.scale.naAllowed));
  }
  if (r.scoring.unit === 'episode') add('scoring.rollup', scoring, 'Lesson score', r.scoring.rollup);
  for (const e of r.episodeTypes) {
    add(`episode.${e.id}`, 'Episode types', e.name, [e.group, e.key ? `key ${e.key}` : '', e.description].filter(Boolean).join(' · '));
  }
  add('dimensions.order', 'Dimensions', 'Order', r.dimensions.map((d) => d.shortName).join(', '));
  for (const d of r.dimensions) {
    const section = `Dimension: ${d.name}`;
    const at = (field: string) => `dimension.${d.id}.${field}`;
    add(at('name'), section, 'Name', d.name);
    add(at('shortName'), section, 'Short name', d.shortName);
    add(at('description'), section, 'Description', d.description);
    add(at('scored'), section, 'Scored', yesNo(d.scored));
    add(at('evidenceRequired'), section, 'Evidence required', yesNo(d.evidenceRequired));
    add(at('lookFors.students'), section, 'Look-fors: students', list(d.lookFors.students));
    add(at('lookFors.teacher'), section, 'Look-fors: teacher', list(d.lookFors.teacher));
    add(at('guidingQuestions'), section, 'Guiding questions', list(d.guidingQuestions));
    for (const level of d.levels) add(at(`level.${level.value}`), section, `Level ${level.value}`, level.descriptor);
  }
  const protocol = 'Protocol';
  add('protocol.before', protocol, 'Before the visit', list(r.protocol.before));
  add('protocol.during', protocol, 'During the visit', list(r.protocol.during));
  add('protocol.after', protocol, 'After the visit', list(r.protocol.after));
  add('protocol.lengthMinutes', protocol, 'Length', r.protocol.lengthMinutes === null ? '' : `${r.protocol.lengthMinutes} minutes`);
  add('protocol.focus', protocol, 'Focus dimensions', `${r.protocol.focusDimensions.min} to ${r.protocol.focusDimensions.max}`);
  const c = r.calibration;
  add('calibration', 'Calibration', 'Rule', c ? `${c.agreement === 'exact' ? 'Exact' : 'Within one'} agreement on ${c.thresholdPercent}%, ${c.roundsRequired} round(s) in a row` : 'Set per round');
  return out;
}
