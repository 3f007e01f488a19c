// @vitest-environment jsdom
// The observer's view of a rubric, from the built-ins as the real backend
// stores them: TRU Math (scored per episode) and the unscored lesson study guide.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { RubricPreview } from '../../renderer/features/rubrics/preview/RubricPreview.js';
import { openTestBackend, type TestBackend } from './support/testBackend.js';

let backend: TestBackend | null = null;

afterEach(() => {
  cleanup();
  backend?.close();
  backend = null;
});

async function storedRubric(id: string) {
  backend = await openTestBackend();
  return (await backend.api.getRubricVersion({ id })).rubric;
}

function headingLevels(): { level: number; text: string }[] {
  return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => ({ level: Number(h.tagName[1]), text: h.textContent ?? '' }));
}

describe('rubric preview', () => {
  it('shows TRU Math as an observer sees it', async () => {
    const rubric = await storedRubric('tru-math');
    render(<RubricPreview rubric={rubric} />);

    const article = screen.getByRole('article', { name: 'TRU Math' });
    expect(screen.getByRole('heading', { level: 2, name: 'TRU Math' })).toBeTruthy();
    const facts = article.querySelector('dl')!;
    expect(facts.textContent).toContain('Mathematics');
    expect(facts.textContent).toContain('K–12');
    expect(facts.textContent).toContain('Scored per episode');
    expect(facts.textContent).toContain('1 Limited, 2 Developing, 3 Strong');
    expect(facts.textContent).toContain("Observer's own summary score");
    expect(screen.queryByText('Template to adapt')).toBeNull();

    const episodes = screen.getByRole('table', { name: 'Episode types and the keys that start them' });
    const launch = within(episodes).getByRole('rowheader', { name: 'Launch' }).closest('tr')!;
    expect(launch.querySelector('kbd')?.textContent).toBe('l');
    expect(launch.textContent).toContain('Whole class');

    const demand = screen.getByRole('region', { name: 'Cognitive Demand' });
    expect(within(demand).getByRole('heading', { level: 4, name: 'Cognitive Demand' })).toBeTruthy();
    const students = within(demand).getByRole('heading', { name: 'Things to notice in students' }).nextElementSibling!;
    expect(students.tagName).toBe('UL');
    expect(students.textContent).toContain('Students stay with a hard problem for a sustained stretch of time.');
    expect(within(demand).queryByRole('checkbox')).toBeNull();
    expect(within(demand).getByRole('heading', { name: 'Things to notice in the teacher' })).toBeTruthy();
    expect(within(demand).getByRole('heading', { name: 'Guiding questions' })).toBeTruthy();

    const levels = within(demand).getByRole('table', { name: 'Levels of Cognitive Demand' });
    const rows = within(levels).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['1', '2', '3']);
    expect(rows[2]!.textContent).toContain('Strong');
    expect(rows[2]!.textContent).toContain('Students spend sustained time on challenging ideas');
    expect(within(demand).queryByText('Evidence only')).toBeNull();

    const attribution = screen.getByRole('contentinfo', { name: 'Attribution' });
    expect(attribution.textContent).toContain('Alan H. Schoenfeld');
    expect(within(attribution).getByRole('link', { name: 'https://truframework.org' })).toBeTruthy();
  });

  it('forms a heading outline with no skipped levels', async () => {
    render(<RubricPreview rubric={await storedRubric('tru-math')} />);
    const levels = headingLevels();
    expect(levels[0]).toEqual({ level: 2, text: 'TRU Math' });
    levels.slice(1).forEach((h, i) => expect(h.level - levels[i]!.level, `${h.text} after ${levels[i]!.text}`).toBeLessThanOrEqual(1));
    expect(levels.filter((h) => h.level === 3).map((h) => h.text)).toEqual(['Protocol', 'Episode types', 'Dimensions', 'Attribution']);
  });

  it('nests under the heading level it is given', async () => {
    render(<RubricPreview rubric={await storedRubric('tru-math')} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'TRU Math' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 5, name: 'Cognitive Demand' })).toBeTruthy();
  });

  it('shows the unscored lesson study guide as evidence only, without a scale', async () => {
    const rubric = await storedRubric('lesson-study-observation-guide');
    render(<RubricPreview rubric={rubric} />);
    const article = screen.getByRole('article', { name: 'Lesson study observation guide' });
    expect(article.querySelector('dl')!.textContent).toContain('Not scored');
    expect(article.querySelector('dl')!.textContent).not.toContain('Scale');
    expect(article.querySelector('dl')!.textContent).toContain('Steps of the lesson plan');
    expect(screen.queryByRole('table', { name: /Episode types/ })).toBeNull();
    const dimensions = screen.getAllByRole('region').filter((r) => r.classList.contains('rubric-dimension'));
    expect(dimensions).toHaveLength(rubric.dimensions.length);
    for (const d of dimensions) {
      expect(within(d).getByText('Evidence only')).toBeTruthy();
      expect(within(d).queryByRole('table')).toBeNull();
    }
  });

  it('marks a template to adapt and a dimension that needs evidence', async () => {
    const template = await storedRubric('district-smp-template');
    render(<RubricPreview rubric={{ ...template, dimensions: template.dimensions.map((d, i) => ({ ...d, evidenceRequired: i === 0 })) }} />);
    expect(screen.getByText('Template to adapt')).toBeTruthy();
    const [first, second] = screen.getAllByRole('region').filter((r) => r.classList.contains('rubric-dimension'));
    expect(within(first!).getByText('Evidence required')).toBeTruthy();
    expect(within(second!).queryByText('Evidence required')).toBeNull();
  });
});
