// Maps a request path to a file inside the built renderer, for both shells
// (the browser host here, Electron's app:// protocol in electron/). Refuses
// anything that could leave the root or that is not a plain file name: "..",
// "." and their percent-encodings, backslashes, NUL and control characters,
// drive letters, empty segments, hidden files. Extensionless paths are
// client-side routes and get index.html.
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

const MAX_PATH_LENGTH = 2048;

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type AssetResolution =
  | { ok: true; filePath: string; contentType: string; isIndex: boolean }
  | { ok: false; status: 400 | 404 };

const BAD_REQUEST = { ok: false, status: 400 } as const;

/** `rawPath` is the URL path after the leading slash, still percent-encoded, without query or fragment. */
export function resolveAssetPath(rootDir: string, rawPath: string): AssetResolution {
  if (rawPath.length > MAX_PATH_LENGTH || rawPath.includes('\\') || rawPath.includes('\0')) return BAD_REQUEST;
  const segments: string[] = [];
  if (rawPath !== '') {
    for (const raw of rawPath.split('/')) {
      let segment: string;
      try {
        segment = decodeURIComponent(raw);
      } catch {
        return BAD_REQUEST;
      }
      if (
        segment === '' ||
        segment.startsWith('.') || // "..", "." and hidden files
        /[/\\:%]/.test(segment) || // encoded separators, drive letters, double encoding
        // eslint-disable-next-line no-control-regex
        /[\u0000-\u001f\u007f]/.test(segment)
      ) {
        return BAD_REQUEST;
      }
      segments.push(segment);
    }
  }
  const root = path.resolve(rootDir);
  const last = segments[segments.length - 1];
  const isIndex = last === undefined || path.extname(last) === '';
  const filePath = isIndex ? path.join(root, 'index.html') : path.join(root, ...segments);
  const relative = path.relative(root, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return BAD_REQUEST;
  return { ok: true, filePath, contentType: contentTypeFor(filePath), isIndex };
}
