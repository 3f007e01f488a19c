// Renders the whole app on a fresh real backend, the way a person meets it,
// and tidies up afterwards (unmount, close the database, reset the URL).
import { cleanup, render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { App } from '../../../renderer/App.js';
import { openTestBackend, type TestBackend } from './testBackend.js';

export interface RenderedApp extends TestBackend {
  user: UserEvent;
  view: RenderResult;
}

const open: TestBackend[] = [];

export async function renderApp(options: { firstRunDone?: boolean; demo?: boolean; dataDir?: string } = {}): Promise<RenderedApp> {
  const backend = await openTestBackend(options.dataDir);
  open.push(backend);
  if (options.demo) await backend.api.loadDemo({});
  if (options.firstRunDone) await backend.api.saveSettings({ firstRunDone: true });
  const user = userEvent.setup();
  const view = render(<App api={backend.api} changes={backend.changes} />);
  return { ...backend, user, view };
}

/** Unmounts the app without closing its database, as a reload would. */
export function unmountApp(app: RenderedApp): void {
  app.view.unmount();
}

export function tidyUp(): void {
  cleanup();
  for (const backend of open.splice(0)) backend.close();
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
}
