// Electron's main process: one window, served from app://fieldbook (never
// file://), sandboxed, with no Node in the renderer. The renderer reaches the
// backend through one IPC channel whose sender is checked against our own
// origin and whose input is validated by the shared contract (callMethod).
// The pure rules (origins, external links, asset paths, webPreferences) live
// in security.ts and options.ts, where plain-Node tests cover them.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import type { IpcMainInvokeEvent, MenuItemConstructorOptions, WebContents } from 'electron';
import { mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { callMethod, createBackend } from '../db/backend.js';
import { createHubSyncer, type HubSyncer } from '../db/hubSync/syncer.js';
import { openStore } from '../db/store.js';
import type { CallResult } from '../shared/contract.js';
import { AppError, INTERNAL_ERROR_MESSAGE } from '../shared/errors.js';
import type { SavePdfResult } from '../shared/shellBridge.js';
import { DATA_CHANGED_CHANNEL, IPC_CHANNEL, SAVE_PDF_CHANNEL } from './channel.js';
import { parseShellOptions, ShellOptionsError, type ShellOptions } from './options.js';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  appResponseHeaders,
  isAllowedExternalUrl,
  isTrustedSenderUrl,
  resolveAppAsset,
  safePdfFileName,
  secureWebPreferences,
} from './security.js';

type Store = ReturnType<typeof openStore>;
type Backend = ReturnType<typeof createBackend>;

const FORBIDDEN_MESSAGE = 'This request did not come from the Fieldbook window, so it was refused.';
const FORBIDDEN: CallResult = { ok: false, error: { code: 'forbidden', message: FORBIDDEN_MESSAGE } };
const PDF_PRINT_FAILED = 'Fieldbook could not turn this page into a PDF. Please try again.';
const PDF_WRITE_FAILED = 'Fieldbook could not write the PDF there. Choose another folder, or close the file if another program has it open, and try again.';
const INTERNAL: CallResult = { ok: false, error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE } };

let mainWindow: BrowserWindow | null = null;
let store: Store | null = null;
let backend: Backend | null = null;
let syncer: HubSyncer | null = null;

// Both must happen before the app is ready. A standard, secure scheme gets a
// real origin (app://fieldbook), relative URLs, fetch and web storage; it does
// not bypass the CSP.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);
app.enableSandbox();

/** Shows one sentence and exits; used when Fieldbook cannot start at all. */
function fatal(title: string, message: string): void {
  dialog.showErrorBox(title, message);
  app.exit(1);
}

function userMessage(error: unknown): string {
  if (error instanceof AppError || error instanceof ShellOptionsError) return error.message;
  console.error(error);
  return INTERNAL_ERROR_MESSAGE;
}

function rendererDir(): string {
  // The app path is the project folder in development and app.asar when
  // packaged; Electron's fs reads inside the archive.
  return path.join(app.getAppPath(), 'dist', 'renderer');
}

async function serveAppRequest(request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405, headers: { ...appResponseHeaders(), Allow: 'GET, HEAD' } });
  }
  const asset = resolveAppAsset(rendererDir(), request.url);
  if (!asset.ok) return new Response(null, { status: asset.status, headers: appResponseHeaders() });
  try {
    const body = await readFile(asset.filePath);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: appResponseHeaders(asset.contentType),
    });
  } catch {
    const hint = asset.isIndex ? 'Fieldbook’s interface is missing from this build; run `npm run build`.' : 'Not found.';
    return new Response(hint, { status: 404, headers: appResponseHeaders('text/plain; charset=utf-8') });
  }
}

function openExternalIfAllowed(url: string): void {
  if (isAllowedExternalUrl(url)) {
    shell.openExternal(url).catch((error: unknown) => console.warn('Could not open an external link:', error));
  } else {
    console.warn(`Blocked a link that is not on the allow-list: ${url.slice(0, 200)}`);
  }
}

/** Applied to every webContents Electron creates, so no window escapes the rules. */
function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (isTrustedSenderUrl(event.url)) return;
    event.preventDefault();
    openExternalIfAllowed(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isTrustedSenderUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isTrustedSenderUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });
}

/** The IPC sender must be the main frame of our window, showing our own origin; a refusal is logged. */
function isTrustedIpcEvent(event: IpcMainInvokeEvent): boolean {
  const win = mainWindow;
  const frame = event.senderFrame;
  const trusted =
    win !== null && !win.isDestroyed() && event.sender === win.webContents && frame !== null && frame.parent === null && isTrustedSenderUrl(frame.url);
  if (!trusted) console.warn(`Refused an IPC call from ${frame?.url ?? 'a destroyed frame'}.`);
  return trusted;
}

async function handleCall(event: IpcMainInvokeEvent, method: unknown, input: unknown): Promise<CallResult> {
  if (!isTrustedIpcEvent(event)) return FORBIDDEN;
  if (backend === null) return INTERNAL;
  try {
    // callMethod checks the method name and validates the input with the
    // contract's zod schema; it never throws and never returns a stack.
    return await callMethod(backend, typeof method === 'string' ? method : '', input);
  } catch (error) {
    console.error(error);
    return INTERNAL;
  }
}

/** Prints the page with its print stylesheet (the report alone) and saves it where the person chooses. */
async function handleSavePdf(event: IpcMainInvokeEvent, suggestedName: unknown): Promise<SavePdfResult> {
  if (!isTrustedIpcEvent(event)) return { saved: false, error: FORBIDDEN_MESSAGE };
  let pdf: Uint8Array;
  try {
    pdf = await event.sender.printToPDF({ printBackground: true, pageSize: 'Letter' });
  } catch (error) {
    console.error('Could not print the page to PDF:', error);
    return { saved: false, error: PDF_PRINT_FAILED };
  }
  const options = { defaultPath: safePdfFileName(suggestedName), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
  const owner = BrowserWindow.fromWebContents(event.sender);
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  try {
    await writeFile(choice.filePath, pdf);
  } catch (error) {
    console.error('Could not write the PDF:', error);
    return { saved: false, error: PDF_WRITE_FAILED };
  }
  return { saved: true, path: choice.filePath };
}

function buildMenu(): Menu {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { label: '&File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        { type: 'separator' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'reload' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'help', label: '&Help', submenu: [{ label: 'About Fieldbook', click: () => app.showAboutPanel() }] },
  ];
  return Menu.buildFromTemplate(template);
}

function createWindow(): void {
  if (mainWindow !== null && !mainWindow.isDestroyed()) {
    mainWindow.focus();
    return;
  }
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 540,
    show: false,
    title: 'Fieldbook',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences({
      preloadPath: path.join(app.getAppPath(), 'dist', 'electron', 'preload.cjs'),
      devTools: !app.isPackaged,
    }),
  });
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('Could not load the Fieldbook window:', error));
}

function onReady(options: ShellOptions): void {
  const dataDir = options.dataDir ?? app.getPath('userData');
  try {
    mkdirSync(dataDir, { recursive: true });
    store = options.nativeBinding === null ? openStore({ dataDir }) : openStore({ dataDir, nativeBinding: options.nativeBinding });
    syncer = createHubSyncer(store);
    backend = createBackend(store, syncer);
    // What changed in the store reaches the window, whose open screens follow it.
    store.changes.subscribe((change) => {
      if (mainWindow !== null && !mainWindow.isDestroyed()) mainWindow.webContents.send(DATA_CHANGED_CHANNEL, change);
    });
    // With the district hub, whenever it can be reached, backing off when it cannot.
    syncer.startAutomatic();
  } catch (error) {
    fatal('Fieldbook cannot open its data', userMessage(error));
    return;
  }

  // Fieldbook needs no camera, microphone, location, notifications or
  // devices: every permission request and check is denied.
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);

  protocol.handle(APP_SCHEME, serveAppRequest);
  ipcMain.handle(IPC_CHANNEL, handleCall);
  ipcMain.handle(SAVE_PDF_CHANNEL, handleSavePdf);

  app.setAboutPanelOptions({
    applicationName: 'Fieldbook',
    applicationVersion: app.getVersion(),
    copyright: 'Offline-first classroom observation, rubric calibration and lesson study.',
  });
  Menu.setApplicationMenu(buildMenu());
  createWindow();
}

function closeStore(): void {
  const open = store;
  syncer?.stopAutomatic();
  syncer = null;
  store = null;
  backend = null;
  if (open === null) return;
  try {
    open.close();
  } catch (error) {
    console.error('Could not close the database cleanly:', error);
  }
}

function start(): void {
  if (!app.requestSingleInstanceLock()) {
    // Another Fieldbook is running; it focuses its window (second-instance).
    app.quit();
    return;
  }

  let options: ShellOptions;
  try {
    options = parseShellOptions(process.argv.slice(1), process.env, { packaged: app.isPackaged, cwd: process.cwd() });
  } catch (error) {
    fatal('Fieldbook cannot start', userMessage(error));
    return;
  }

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('second-instance', () => {
    const win = mainWindow;
    if (win === null || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && backend !== null && BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('will-quit', closeStore);

  app
    .whenReady()
    .then(() => onReady(options))
    .catch((error: unknown) => fatal('Fieldbook cannot start', userMessage(error)));
}

start();
