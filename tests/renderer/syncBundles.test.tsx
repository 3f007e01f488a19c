// @vitest-environment jsdom
// The Sync screen's bundles on real backends: a colleague's bundle imported
// by choosing its file, the result in words and in the history; an export for
// that colleague holding only what their device lacks, saved as a download;
// a damaged file refused in one sentence.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { captureDownloads } from './support/downloads.js';
import { renderApp, tidyUp } from './support/renderApp.js';
import { openTestBackend, type TestBackend } from './support/testBackend.js';

const extra: TestBackend[] = [];
afterEach(() => {
  tidyUp();
  vi.restoreAllMocks();
  for (const b of extra.splice(0)) b.close();
});

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

function base64Of(bytes: Uint8Array): string {
  return btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
}

function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsArrayBuffer(blob);
  });
}

async function colleague(): Promise<{ backend: TestBackend; node: string; file: File }> {
  const backend = await openTestBackend();
  extra.push(backend);
  await backend.api.saveSettings({ userName: 'Ken Ito', district: 'Dinuba Unified' });
  await backend.api.saveSchool({ name: 'Jefferson Elementary', code: '007' });
  const bundle = await backend.api.exportBundle({});
  const { nodeId } = await backend.api.getAppInfo({});
  return { backend, node: nodeId, file: new File([bytesOf(bundle.dataBase64)], bundle.fileName) };
}

describe('bundles on the Sync screen', () => {
  it("imports a colleague's bundle, says what happened, lists it, and exports for that colleague only what they lack", async () => {
    const ken = await colleague();
    const { user, api } = await renderApp({ firstRunDone: true });
    await api.saveSettings({ userName: 'Ana Ruiz' });
    await user.click(await screen.findByRole('link', { name: 'Sync' }));
    await screen.findByRole('heading', { level: 1, name: 'Sync' });
    expect(await screen.findByText('No bundle has been exported or imported here yet.')).toBeTruthy();

    await user.upload(screen.getByLabelText('Import a bundle'), ken.file);
    expect((await screen.findByText(/^Imported the bundle from/)).textContent).toMatch(
      new RegExp(`^Imported the bundle from Ken Ito's device \\(${ken.node}\\): [1-9]\\d* changes applied\\.$`),
    );
    const history = await screen.findByRole('table', { name: 'Bundles on this device' });
    const [, row] = within(history).getAllByRole('row');
    expect(row!.textContent).toContain(`Imported ${ken.file.name}`);
    expect(row!.textContent).toContain(`From Ken Ito's device (${ken.node})`);
    expect((await api.listSchools({})).map((s) => s.code)).toEqual(['007']);

    await api.saveSchool({ name: 'Lincoln Middle', code: '012' });
    const downloads = captureDownloads();
    await user.selectOptions(screen.getByLabelText("Colleague's device"), `Ken Ito's device (${ken.node}): only what it has not seen`);
    await user.click(screen.getByRole('button', { name: 'Export for a colleague' }));
    expect((await screen.findByText(/^Saved fieldbook-/)).textContent).toMatch(
      new RegExp(`^Saved fieldbook-.*-for-${ken.node.slice(0, 8)}\\.fbundle\\. The bundle holds [1-9] changes and 0 rubric versions: what Ken Ito's device \\(${ken.node}\\) has not seen\\. A copy stays on this device in .*\\.`),
    );
    expect(downloads.names).toHaveLength(1);
    const sent = await ken.backend.api.importBundle({ fileName: downloads.names[0]!, dataBase64: base64Of(await blobBytes(downloads.blobs[0]!)) });
    expect(sent).toMatchObject({ fromName: 'Ana Ruiz', alreadyHad: 0 });
    expect((await ken.backend.api.listSchools({})).map((s) => s.code).sort()).toEqual(['007', '012']);
    expect(within(await screen.findByRole('table', { name: 'Bundles on this device' })).getAllByRole('row')).toHaveLength(3);
  });

  it('refuses a damaged bundle in one sentence and imports nothing', async () => {
    const ken = await colleague();
    const { user, api } = await renderApp({ firstRunDone: true });
    await user.click(await screen.findByRole('link', { name: 'Sync' }));
    const bytes = new Uint8Array(await blobBytes(ken.file));
    bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0x01;
    await user.upload(screen.getByLabelText('Import a bundle'), new File([bytes], 'changed.fbundle'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^This bundle file is damaged or was changed after it was made \(.*\); ask for a new one\. Nothing was imported\.$/);
    expect(await api.listSchools({})).toEqual([]);
    expect(screen.getByText('No bundle has been exported or imported here yet.')).toBeTruthy();
  });

  it('exports everything for the district', async () => {
    const { user, api } = await renderApp({ firstRunDone: true, demo: true });
    const downloads = captureDownloads();
    await user.click(await screen.findByRole('link', { name: 'Sync' }));
    await user.click(await screen.findByRole('button', { name: 'Export for the district' }));
    const { ops } = await api.getStatus({});
    expect((await screen.findByText(/^Saved fieldbook-/)).textContent).toContain(`The bundle holds ${ops.toLocaleString('en-US')} changes and 0 rubric versions: everything this device holds.`);
    expect(downloads.names).toEqual([expect.stringMatching(/^fieldbook-\d{8}-\d{6}-[0-9a-f]{8}\.fbundle$/)]);
    const row = within(await screen.findByRole('table', { name: 'Bundles on this device' })).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('Everything, for anyone');
  });
});
