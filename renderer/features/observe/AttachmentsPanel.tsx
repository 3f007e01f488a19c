// The Files tab: photos of student work and scanned pages attached to the
// observation. A file is read here in the page and sent whole to the
// backend, which names its kind from its first bytes and refuses a path-like
// name or a file over 15 MB in a sentence shown on screen. An image can be
// looked at again from its stored copy (a blob: address, which the page's
// content policy allows for images).
import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { ATTACHMENT_MAX_BYTES, type Attachment } from '../../../shared/observation.js';
import { useApi } from '../../appContext.js';
import type { CaptureData, CaptureTools } from './useCapture.js';

/** The file's bytes as base64, as the API carries them. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

function base64Blob(dataBase64: string, type: string): Blob {
  const bytes = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type });
}

const KINDS: Record<string, string> = { 'image/png': 'PNG image', 'image/jpeg': 'JPEG image', 'image/gif': 'GIF image', 'image/webp': 'WebP image', 'application/pdf': 'PDF' };

export function kindOf(mime: string): string {
  return KINDS[mime] ?? mime;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function AttachmentsPanel({ data, tools: { attempt, change } }: { data: CaptureData; tools: CaptureTools }) {
  const api = useApi();
  const hintId = useId();
  const [preview, setPreview] = useState<{ attachment: Attachment; url: string } | null>(null);
  useEffect(() => {
    if (!preview) return;
    return () => URL.revokeObjectURL(preview.url);
  }, [preview]);

  const attach = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // So that choosing the same file again attaches it again.
    input.value = '';
    if (!file) return;
    await change(
      async () => api.addAttachment({ observationId: data.observation.id, noteId: null, name: file.name, dataBase64: await readAsBase64(file) }),
      (d, attachment) => ({ ...d, attachments: [...d.attachments, attachment] }),
    );
  };

  const show = async (attachment: Attachment) => {
    const stored = await attempt(() => api.getAttachmentData({ id: attachment.id }));
    if (stored) setPreview({ attachment, url: URL.createObjectURL(base64Blob(stored.answer.dataBase64, attachment.mime)) });
  };

  const remove = async (attachment: Attachment) => {
    const removed = await change(
      () => api.removeAttachment({ id: attachment.id }),
      (d) => ({ ...d, attachments: d.attachments.filter((a) => a.id !== attachment.id) }),
    );
    if (removed && preview?.attachment.id === attachment.id) setPreview(null);
  };

  return (
    <div className="files">
      <label className="button button--secondary file-button">
        <input type="file" className="visually-hidden" accept="image/*,application/pdf" aria-describedby={hintId} onChange={(event) => void attach(event)} />
        Attach file
      </label>
      <p className="field__hint" id={hintId}>
        A photo of student work or a scanned page: an image or a PDF, up to {ATTACHMENT_MAX_BYTES / 1024 / 1024} MB.
      </p>
      {data.attachments.length === 0 ? (
        <p className="empty-note">No files attached.</p>
      ) : (
        <ul className="files__list" aria-label="Attached files">
          {data.attachments.map((a) => (
            <li key={a.id}>
              <span className="files__name">{a.name}</span>
              <span className="muted">
                {kindOf(a.mime)}, {formatSize(a.size)}
              </span>
              {a.mime.startsWith('image/') ? (
                <button type="button" className="button button--ghost button--small" aria-label={`Preview ${a.name}`} onClick={() => void show(a)}>
                  Preview
                </button>
              ) : null}
              <button type="button" className="button button--ghost button--small" aria-label={`Remove ${a.name}`} onClick={() => void remove(a)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {preview ? (
        <figure className="files__preview">
          <img src={preview.url} alt={`Preview of ${preview.attachment.name}`} />
          <figcaption>
            {preview.attachment.name}{' '}
            <button type="button" className="button button--ghost button--small" onClick={() => setPreview(null)}>
              Close preview
            </button>
          </figcaption>
        </figure>
      ) : null}
    </div>
  );
}
