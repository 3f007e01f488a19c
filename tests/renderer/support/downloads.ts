// Catches what the app saves through a temporary <a download> link: each
// Blob and its file name, with no real download. vi.restoreAllMocks() in the
// test's afterEach puts the link's click back.
import { vi } from 'vitest';

export function captureDownloads(): { blobs: Blob[]; names: string[] } {
  const blobs: Blob[] = [];
  const names: string[] = [];
  URL.createObjectURL = (blob: Blob) => `blob:fieldbook/${blobs.push(blob)}`;
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}
