// Builds the renderer (renderer/ -> dist/renderer) for both shells. Both serve
// it under the strict CSP of shared/csp.ts, so the output must hold no inline
// script, no inline style element and nothing that needs eval.
import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from './shared/csp.js';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

// The shells send the policy as a header; the page also carries it as a meta
// tag so that it holds wherever the files are opened. It is injected from
// shared/csp.ts so that the two can never drift apart. `frame-ancestors` is
// left out because browsers ignore it (with a console warning) in a meta tag.
// Build only: the Vite dev server injects <style> elements, which the policy
// rightly forbids.
function contentSecurityPolicyMeta(): Plugin {
  const content = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'fieldbook:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  root: `${projectRoot}renderer`,
  base: '/',
  // JSX through Vite's own transform (automatic runtime) rather than
  // @vitejs/plugin-react: the plugin's only extra is Fast Refresh, whose
  // preamble is an inline <script> the CSP forbids.
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [contentSecurityPolicyMeta()],
  build: {
    outDir: `${projectRoot}dist/renderer`,
    emptyOutDir: true,
    // The preload polyfill is an inline script; every browser we ship to
    // (Electron's Chromium, system Chromium) supports modulepreload natively.
    modulePreload: { polyfill: false },
    // No data: URLs: font-src is 'self' only, and small assets as files keep
    // the output plain to audit.
    assetsInlineLimit: 0,
    target: 'chrome120',
  },
});
