// @vitest-environment jsdom
// Calibration results on a real backend: a round driven through the api the
// way the facilitator's screens drive it, then the revealed view (scores
// beside the anchors, who is outside the rule, statistics with an undefined
// one explained, consensus saved, the CSV and print exports), a rater's
// history (status with its reason, trend, rounds and co-observations) and
// the board of raters with its heatmap.
import { useState, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { ApiProvider, useAppStore } from '../../renderer/appContext.js';
import { RaterBoard } from '../../renderer/features/calibrate/RaterBoard.js';
import { RaterScreen } from '../../renderer/features/calibrate/RaterScreen.js';
import { RevealView } from '../../renderer/features/calibrate/RevealView.js';
import { ROUND_CSV_COLUMNS } from '../../shared/calibration/roundReport.js';
import type { RoundDetail, RoundRule } from '../../shared/calibration/schemas.js';
import type { Api } from '../../shared/contract.js';
import { parseCsv } from '../../shared/csv.js';
import type { Person } from '../../shared/domain.js';
import { uuidv7 } from '../../shared/ids.js';
import { captureDownloads } from './support/downloads.js';
import { renderApp, tidyUp, type RenderedApp } from './support/renderApp.js';

afterEach(() => {
  tidyUp();
  vi.restoreAllMocks();
  delete window.fieldbookShell;
});

const TRU = { id: 'tru-math', version: 1 };
const DIMENSIONS = ['mathematics', 'cognitive-demand', 'equitable-access', 'agency-ownership-identity', 'formative-assessment'] as const;
const ANCHORS = [3, 2, 2, 1, 2];
/** Ana matches every anchor; Ben is one above on two dimensions; Cai is off on three, both ways. */
const SHEETS = { ana: [3, 2, 2, 1, 2], ben: [3, 3, 2, 2, 2], cai: [2, 1, 2, 1, 3] };

async function people(api: Api, names: readonly string[]): Promise<Person[]> {
  const added: Person[] = [];
  for (const name of names) added.push(await api.savePerson({ name, roles: ['principal'] }));
  return added;
}

/** A pass-the-laptop TRU Math round scored, anchored (or not) and revealed. */
async function revealedRound(
  api: Api,
  raters: readonly { person: Person; values: readonly number[] }[],
  facilitator: Person,
  options: { name?: string; anchors?: readonly number[]; rule?: RoundRule } = {},
) {
  const round = await api.createCalibrationRound({
    name: options.name ?? 'Fall calibration',
    rubric: TRU,
    lessonKind: 'video',
    lesson: 'Grade 4 fractions, Room 12',
    videoName: 'fractions.mp4',
    facilitatorId: facilitator.id,
    mode: 'pass_the_laptop',
    raterIds: raters.map((r) => r.person.id),
    ...(options.rule ? { rule: options.rule } : {}),
  });
  for (const [i, value] of (options.anchors ?? []).entries()) await api.saveCalibrationAnchor({ roundId: round.id, dimensionId: DIMENSIONS[i]!, value });
  for (const { person, values } of raters) {
    for (const [i, dimensionId] of DIMENSIONS.entries()) {
      await api.saveCalibrationScore({ roundId: round.id, raterId: person.id, dimensionId, value: values[i]!, evidence: `Seen for ${dimensionId}` });
    }
    await api.submitCalibrationSheet({ roundId: round.id, raterId: person.id });
  }
  return api.revealCalibrationRound({ id: round.id });
}

async function threeRaters(app: RenderedApp, options: { name?: string; anchors?: readonly number[] } = { anchors: ANCHORS }) {
  const [ana, ben, cai, fay] = await people(app.api, ['Ana Ruiz', 'Ben Okafor', 'Cai Lin', 'Fay Moss']);
  const raters = [
    { person: ana!, values: SHEETS.ana },
    { person: ben!, values: SHEETS.ben },
    { person: cai!, values: SHEETS.cai },
  ];
  const round = await revealedRound(app.api, raters, fay!, options);
  return { round, ana: ana!, ben: ben!, cai: cai!, fay: fay! };
}

/** Which Calibrate screen the store would show, so a test can see where a button leads. */
function ScreenProbe() {
  const current = useAppStore('calibrate', (s) => s.screen);
  return <output aria-label="Calibrate screen">{JSON.stringify(current)}</output>;
}

function Revealed({ initial }: { initial: RoundDetail }) {
  const [round, setRound] = useState(initial);
  return <RevealView round={round} onChange={setRound} />;
}

let mounts = 0;
function show(app: RenderedApp, element: ReactNode) {
  app.view.rerender(
    <ApiProvider api={app.api} key={++mounts}>
      {element}
      <ScreenProbe />
    </ApiProvider>,
  );
}

const probe = () => JSON.parse(screen.getByRole('status', { name: 'Calibrate screen' }).textContent!) as unknown;

/** The cells of the row whose header says exactly `header`. */
function rowCells(table: HTMLElement, header: string): string[] {
  const row = within(table)
    .getAllByRole('rowheader')
    .find((h) => h.textContent === header)
    ?.closest('tr');
  if (!row) throw new Error(`No row "${header}" in the table.`);
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent!);
}

describe('revealed round', () => {
  it('shows every score beside the anchor, names who is outside the rule, and each rater against the anchors', async () => {
    const app = await renderApp({ firstRunDone: true });
    const { round, ben } = await threeRaters(app);
    show(app, <Revealed initial={round} />);

    const scores = await screen.findByRole('table', { name: 'Scores by dimension' });
    const headers = within(scores).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Dimension', 'Ana Ruiz', 'Ben Okafor', 'Cai Lin', 'Anchor', 'Spread', 'Against the anchor', 'Consensus']);
    expect(rowCells(scores, 'Cognitive Demand')).toEqual(['2', '3', '1', '2', '1–3', 'Outside the rule: Ben Okafor, Cai Lin', '—Not agreed yet']);
    expect(rowCells(scores, 'Equitable Access to Content')).toEqual(['2', '2', '2', '2', 'All 2', 'Everyone within the rule', '—Not agreed yet']);

    const statistics = screen.getByRole('region', { name: 'Agreement statistics' });
    // Pairs agreeing exactly per dimension: 1/3, 0, 3/3, 1/3, 1/3; their mean over five dimensions is 40%.
    expect(rowCells(statistics, 'Exact agreement')).toEqual(['40%']);
    expect(rowCells(statistics, "Krippendorff's alpha, interval")[0]).toMatch(/^−?\d\.\d\d$/);
    expect(rowCells(statistics, 'Ana Ruiz and Ben Okafor').slice(0, 2)).toEqual(['5', '60%']);
    expect(statistics.textContent).not.toMatch(/NaN|Infinity|[0-9a-f]{8}-[0-9a-f]{4}/);

    const raters = screen.getByRole('region', { name: 'Raters against the anchors' });
    const table = within(raters).getByRole('table', { name: 'Each rater against the anchor scores' });
    expect(rowCells(table, 'Ana Ruiz')).toEqual(['5', '100%', '100%', '0 (on the anchors)', '50%', 'Met the rule']);
    expect(rowCells(table, 'Ben Okafor')).toEqual(['5', '60%', '100%', '+0.4 (lenient)', '40%', 'Missed the rule']);
    expect(rowCells(table, 'Cai Lin')).toEqual(['5', '40%', '100%', '−0.2 (severe)', '30%', 'Missed the rule']);

    const heatmap = within(raters).getByRole('table', { name: 'Deviation from the anchors by rater and dimension' });
    expect(rowCells(heatmap, 'Ben Okafor')).toEqual(['0', '+1', '0', '+1', '0']);
    expect(rowCells(heatmap, 'Cai Lin')).toEqual(['−1', '−1', '0', '0', '+1']);
    expect(within(heatmap).getAllByRole('cell', { name: '+1' })[0]!.className).toContain('heatmap__cell--lenient-2');

    await app.user.click(within(table).getByRole('button', { name: 'Ben Okafor' }));
    expect(probe()).toEqual({ kind: 'rater', personId: ben.id });
  });

  it('saves a consensus and discussion notes per dimension and shows the consensus in the scores', async () => {
    const app = await renderApp({ firstRunDone: true });
    const { round } = await threeRaters(app);
    show(app, <Revealed initial={round} />);

    const select = await screen.findByRole('combobox', { name: 'Consensus for Cognitive Demand' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['No consensus yet', expect.stringMatching(/^1 /), expect.stringMatching(/^2 /), expect.stringMatching(/^3 /)]);
    await app.user.selectOptions(select, '2');
    await app.user.type(screen.getByRole('textbox', { name: 'Discussion notes for Cognitive Demand' }), 'The task stayed procedural after the launch.');
    expect(screen.getByText('Not saved yet')).toBeTruthy();
    await app.user.click(screen.getByRole('button', { name: 'Save consensus for Cognitive Demand' }));

    expect((await screen.findByText(/^Consensus saved for Cognitive Demand: 2 /)).getAttribute('role')).toBe('status');
    expect(screen.queryByText('Not saved yet')).toBeNull();
    expect(rowCells(screen.getByRole('table', { name: 'Scores by dimension' }), 'Cognitive Demand').at(-1)).toBe('2');
    const stored = (await app.api.getCalibrationRound({ id: round.id })).results!.dimensions.find((d) => d.dimensionId === 'cognitive-demand')!;
    expect(stored).toMatchObject({ consensus: 2, discussion: 'The task stayed procedural after the launch.' });
  });

  it('shows a statistic the scores cannot define as "—" with the reason, and says when there are no anchors', async () => {
    const app = await renderApp({ firstRunDone: true });
    const [ana, ben, fay] = await people(app.api, ['Ana Ruiz', 'Ben Okafor', 'Fay Moss']);
    // Both raters give every dimension a 2: nothing varies, so ICC and kappa are undefined.
    const same = [2, 2, 2, 2, 2];
    const round = await revealedRound(app.api, [{ person: ana!, values: same }, { person: ben!, values: same }], fay!);
    const { notes } = round.results!.statistics;
    expect(notes['icc.ICC1']).toBeTruthy();
    show(app, <Revealed initial={round} />);

    const statistics = await screen.findByRole('region', { name: 'Agreement statistics' });
    expect(rowCells(statistics, 'Exact agreement')).toEqual(['100%']);
    const icc = rowCells(statistics, 'ICC1: one-way random, one rater')[0]!;
    expect(icc).toBe(`— Not defined: ${notes['icc.ICC1']}.`);
    expect(rowCells(statistics, 'Ana Ruiz and Ben Okafor')[3]).toBe(`— Not defined: ${notes['pairs[0].cohen_kappa.unweighted']}.`);

    expect(rowCells(screen.getByRole('table', { name: 'Scores by dimension' }), 'The Mathematics').slice(2, 5)).toEqual(['—No anchor', 'All 2', 'No anchor']);
    const raters = screen.getByRole('table', { name: 'Each rater against the anchor scores' });
    expect(rowCells(raters, 'Ana Ruiz')).toEqual(['0', '—', '—', '—', '100%', 'No anchors']);
  });

  it('exports the round as a CSV and prints it or saves a PDF through the desktop shell', async () => {
    const app = await renderApp({ firstRunDone: true });
    const { round } = await threeRaters(app, { name: 'Fall calibration: Grade 4', anchors: ANCHORS });
    const { blobs, names } = captureDownloads();
    show(app, <Revealed initial={round} />);

    const status = () => screen.getAllByRole('status').find((s) => s.classList.contains('notice--status'))?.textContent;
    await app.user.click(await screen.findByRole('button', { name: 'Export round (CSV)' }));
    const day = new Date(round.revealedAt!).toISOString().slice(0, 10);
    expect(names).toEqual([`calibration-fall-calibration-grade-4-${day}.csv`]);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    const [header, ...rows] = parseCsv(await blobs[0]!.text()).map((r) => r.cells);
    expect(header).toEqual([...ROUND_CSV_COLUMNS]);
    expect(rows).toHaveLength(3 * DIMENSIONS.length);
    const ben = rows.find((r) => r[9] === 'Ben Okafor' && r[6] === 'cognitive-demand')!;
    expect(ben.slice(10)).toEqual(['3', '0', '2', '1', '0', '']);
    expect(status()).toBe(`Exported ${names[0]}.`);

    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await app.user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledOnce();
    const savePdf = vi.fn(async () => ({ saved: true, path: '/home/fay/round.pdf' }));
    window.fieldbookShell = { savePdf, onDataChanged: () => () => undefined };
    await app.user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(savePdf).toHaveBeenCalledWith(`calibration-fall-calibration-grade-4-${day}.pdf`);
    expect(status()).toBe('Saved the PDF to /home/fay/round.pdf.');
    expect(print).toHaveBeenCalledOnce();
  });
});

/** Two observers' submitted co-observations of one teacher, the same day: peer agreement in both histories. */
async function coObservation(api: Api, observer: string, values: readonly number[]) {
  await api.saveSettings({ userName: observer });
  const o = await api.startObservation({ teacherLabel: 'Ms. Rivera', rubric: TRU, kind: 'co_observation' });
  const note = await api.saveNote({ observationId: o.id, id: uuidv7(), text: 'Students compare strategies', atMs: 0 });
  for (const [i, dimensionId] of DIMENSIONS.entries()) await api.saveScore({ observationId: o.id, episodeId: null, dimensionId, value: values[i]!, evidence: [note.id] });
  await api.submitObservation({ id: o.id });
}

/** A second round, Winter calibration: Ana matches the anchors on two dimensions of five (within one on four); Ben scores as in the first. */
function winterRound(api: Api, { ana, ben, fay }: { ana: Person; ben: Person; fay: Person }) {
  return revealedRound(
    api,
    [
      { person: ana, values: [1, 1, 2, 2, 2] },
      { person: ben, values: SHEETS.ben },
    ],
    fay,
    { name: 'Winter calibration', anchors: ANCHORS },
  );
}

describe('raters over time', () => {
  it("shows a rater's status with its reason, the trend, each round and co-observation, and deviation by dimension", async () => {
    const app = await renderApp({ firstRunDone: true });
    const { ana, ben, fay } = await threeRaters(app);
    // Second round: Ana matches the anchors on two dimensions of five, after all five in the first.
    await winterRound(app.api, { ana, ben, fay });
    await coObservation(app.api, 'Ana Ruiz', [3, 2, 2, 1, 2]);
    await coObservation(app.api, 'Cai Lin', [3, 3, 2, 3, 2]);
    show(app, <RaterScreen personId={ana.id} />);

    expect((await screen.findByRole('heading', { level: 1, name: 'Ana Ruiz' })).textContent).toBe('Ana Ruiz');
    expect(await screen.findByText('Drifting')).toBeTruthy();
    expect(screen.getByText(/Was calibrated, then missed the rule in Winter calibration \(40%\)\./)).toBeTruthy();

    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe('Over 3 rounds, exact agreement went from 100% to 60%; within one level from 100% to 80%.');
    expect(screen.getByText(/^Agreement in 3 rounds, oldest first/)).toBeTruthy();

    const rounds = screen.getByRole('table', { name: 'Rounds' });
    expect(within(rounds).getAllByRole('rowheader').map((r) => r.textContent)).toEqual(['Fall calibration', 'Winter calibration', 'Co-observation with Cai Lin']);
    expect(rowCells(rounds, 'Winter calibration').slice(1)).toEqual(['Round, vs anchors', '5', '40%', '80%', '−0.4 (severe)', 'Missed the rule']);
    // Against a peer, not the anchors: how far from the peer, and which way.
    expect(rowCells(rounds, 'Co-observation with Cai Lin').slice(1)).toEqual(['Co-observation, vs peer', '5', '60%', '80%', '−0.6 from the peer (lower)', '—Not judged: no anchors']);

    const deviation = screen.getByRole('table', { name: 'Mean deviation from the anchors by dimension, over every revealed round' });
    expect(rowCells(deviation, 'Ana Ruiz')).toEqual(['−1', '−0.5', '0', '+0.5', '0']);

    await app.user.click(within(rounds).getByRole('button', { name: 'Winter calibration' }));
    expect(probe()).toMatchObject({ kind: 'round' });
    await app.user.click(screen.getByRole('button', { name: 'Back to Calibrate' }));
    expect(probe()).toEqual({ kind: 'home' });
  });

  it("words a co-observation's mean deviation as from the peer, never as on the anchors", async () => {
    const app = await renderApp({ firstRunDone: true });
    const [ana] = await people(app.api, ['Ana Ruiz']);
    await coObservation(app.api, 'Ana Ruiz', [3, 2, 2, 1, 2]);
    await coObservation(app.api, 'Cai Lin', [3, 3, 2, 1, 1]);
    show(app, <RaterScreen personId={ana!.id} />);
    const rounds = await screen.findByRole('table', { name: 'Rounds' });
    expect(rowCells(rounds, 'Co-observation with Cai Lin').slice(1)).toEqual(['Co-observation, vs peer', '5', '60%', '100%', '0 from the peer', '—Not judged: no anchors']);
    expect(rounds.textContent).not.toContain('anchors)');
  });

  it('says a rater with no revealed round needs calibration', async () => {
    const app = await renderApp({ firstRunDone: true });
    const [ana, ben, fay] = await people(app.api, ['Ana Ruiz', 'Ben Okafor', 'Fay Moss']);
    await app.api.createCalibrationRound({ name: 'Spring', rubric: TRU, lessonKind: 'live', lesson: 'Room 12', facilitatorId: fay!.id, mode: 'own_device', raterIds: [ana!.id, ben!.id] });
    show(app, <RaterScreen personId={ben!.id} />);
    expect(await screen.findByText('Needs calibration')).toBeTruthy();
    expect(screen.getByText('No revealed round with anchor scores yet.')).toBeTruthy();
    expect(screen.getByText(/^Ben Okafor has no revealed round yet\./)).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Rounds' })).toBeNull();
  });

  it('lists every rater on the board with status, rounds and latest agreement, and a heatmap of deviation', async () => {
    const app = await renderApp({ firstRunDone: true });
    show(app, <RaterBoard />);
    expect(await screen.findByText(/^No one has been a rater yet\./)).toBeTruthy();

    const { cai } = await threeRaters(app);
    show(app, <RaterBoard />);
    const board = await screen.findByRole('region', { name: 'Raters over time' });
    const table = await within(board).findByRole('table', { name: 'Raters and their calibrated status' });
    expect(within(table).getAllByRole('rowheader').map((r) => r.textContent)).toEqual(['Ana Ruiz', 'Ben Okafor', 'Cai Lin']);
    // TRU Math's rule is exact agreement, so the column is exact agreement: Cai's 40% is why he needs calibration (within one he had 100%).
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Rater', 'Status', 'Rounds scored', 'Latest exact agreement']);
    expect(rowCells(table, 'Ana Ruiz')).toEqual(['Calibrated Met exact agreement with the anchors of at least 80% in the latest round.', '1', '100%']);
    expect(rowCells(table, 'Cai Lin')[0]).toMatch(/^Needs calibration/);
    expect(rowCells(table, 'Cai Lin').slice(1)).toEqual(['1', '40%']);

    const heatmap = within(board).getByRole('table', { name: 'Mean deviation from the anchors, rater by dimension' });
    expect(within(heatmap).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Rater', 'The Mathematics', 'Cognitive Demand', 'Equitable Access to Content', 'Agency, Ownership, and Identity', 'Formative Assessment']);
    expect(rowCells(heatmap, 'Cai Lin')).toEqual(['−1', '−1', '0', '0', '+1']);
    await app.user.click(within(heatmap).getByRole('button', { name: 'Cai Lin' }));
    expect(probe()).toEqual({ kind: 'rater', personId: cai.id });
  });

  it("shows beside each status the agreement its rule is judged on: exact, within one, or each named when rules differ", async () => {
    const app = await renderApp({ firstRunDone: true });
    const { ana, ben, fay } = await threeRaters(app);
    // Winter, on the exact rule: Ana matches 2 of 5 anchors (40%) but is within one on 4 (80%): drifting on exact agreement.
    await winterRound(app.api, { ana, ben, fay });
    show(app, <RaterBoard />);
    let table = await screen.findByRole('table', { name: 'Raters and their calibrated status' });
    expect(rowCells(table, 'Ana Ruiz')).toEqual(['Drifting Was calibrated, then missed the rule in Winter calibration (40%).', '2', '40%']);
    expect(rowCells(table, 'Ben Okafor').at(-1)).toBe('60%');
    expect(table.textContent).not.toMatch(/within one/i);

    // Ben's latest round judges within one level: now the raters' rules differ and each cell names its measure.
    const withinOne: RoundRule = { agreement: 'within_one', thresholdPercent: 80, roundsRequired: 1 };
    const [dee] = await people(app.api, ['Dee Park']);
    await revealedRound(
      app.api,
      [
        { person: ben, values: [1, 3, 2, 2, 2] },
        { person: dee!, values: ANCHORS },
      ],
      fay,
      { name: 'Spring walkthrough', anchors: ANCHORS, rule: withinOne },
    );
    show(app, <RaterBoard />);
    table = await screen.findByRole('table', { name: 'Raters and their calibrated status' });
    expect(within(table).getAllByRole('columnheader').at(-1)!.textContent).toBe('Latest agreement, by each rater’s rule');
    // Ben: exact 2 of 5 (40%), within one 4 of 5 (80%), which meets his rule; the drop the status names is the number beside it.
    expect(rowCells(table, 'Ben Okafor')).toEqual(['Drifting Still meets the rule, but agreement fell to 80% in Spring walkthrough from 100% on average before.', '3', '80% within one']);
    expect(rowCells(table, 'Ana Ruiz').at(-1)).toBe('40% exact');
    expect(rowCells(table, 'Cai Lin').at(-1)).toBe('40% exact');
    expect(rowCells(table, 'Dee Park').at(-1)).toBe('100% within one');
  });

  it('names the within-one measure in the heading when every rater is judged within one', async () => {
    const app = await renderApp({ firstRunDone: true });
    const [ana, ben, fay] = await people(app.api, ['Ana Ruiz', 'Ben Okafor', 'Fay Moss']);
    const withinOne: RoundRule = { agreement: 'within_one', thresholdPercent: 80, roundsRequired: 1 };
    await revealedRound(
      app.api,
      [
        { person: ana!, values: [1, 1, 2, 2, 2] },
        { person: ben!, values: SHEETS.ben },
      ],
      fay!,
      { anchors: ANCHORS, rule: withinOne },
    );
    show(app, <RaterBoard />);
    const table = await screen.findByRole('table', { name: 'Raters and their calibrated status' });
    expect(within(table).getAllByRole('columnheader').at(-1)!.textContent).toBe('Latest agreement within one');
    expect(rowCells(table, 'Ana Ruiz').at(-1)).toBe('80%');
    expect(rowCells(table, 'Ben Okafor').at(-1)).toBe('100%');
  });
});
