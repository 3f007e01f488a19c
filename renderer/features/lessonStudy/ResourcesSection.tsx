// What the team studies from: readings, videos, chapters of the materials,
// each with where to find it and a note; added one by one, removable.
import { useState } from 'react';
import { useApi } from '../../appContext.js';
import { TextField } from '../../ui/Fields.js';
import { ErrorAlert } from '../../ui/Notices.js';
import type { CycleTabProps } from './cycleTabProps.js';
import { InlineAddForm } from './InlineAddForm.js';
import { useCycleEdit } from './useCycleEdit.js';

const isWebLink = (link: string) => /^https?:\/\//i.test(link);

export function ResourcesSection({ detail, onDetail }: CycleTabProps) {
  const api = useApi();
  const edit = useCycleEdit(onDetail);
  const [title, setTitle] = useState('');
  const [link, setLink] = useState('');
  const [note, setNote] = useState('');

  return (
    <section className="ls-resources" aria-labelledby="ls-resources-title">
      <h2 id="ls-resources-title">Resources</h2>
      <ErrorAlert message={edit.error} />
      {detail.resources.length === 0 ? (
        <p className="muted">No resources yet. Add the readings, videos and chapters of the materials the team studies.</p>
      ) : (
        <ul className="ls-resources__list" aria-label="Resources">
          {detail.resources.map((resource) => (
            <li key={resource.id}>
              <span className="ls-resources__title">
                {isWebLink(resource.link) ? (
                  <a href={resource.link} target="_blank" rel="noreferrer">
                    {resource.title}
                  </a>
                ) : (
                  resource.title
                )}
              </span>
              {resource.link && !isWebLink(resource.link) ? <span className="muted"> · {resource.link}</span> : null}
              {resource.note ? <p className="muted small">{resource.note}</p> : null}
              <button type="button" className="button button--ghost button--small" aria-label={`Remove resource ${resource.title}`} onClick={() => void edit.run(() => api.removeLessonStudyItem({ kind: 'resource', id: resource.id }))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <InlineAddForm
        label="Add a resource"
        submitLabel="Add resource"
        submit={async () => {
          onDetail(await api.saveResource({ cycleId: detail.cycle.id, title, link, note }));
          setTitle('');
          setLink('');
          setNote('');
        }}
      >
        {(invalid) => (
          <>
            <TextField label="Resource title" name="title" value={title} invalid={invalid === 'title'} onChange={setTitle} />
            <TextField label="Link or reference" name="link" hint="A web address, or where to find it: “Teacher guide, unit 5, pp. 40–52”." value={link} invalid={invalid === 'link'} onChange={setLink} />
            <TextField label="Note" name="note" value={note} invalid={invalid === 'note'} onChange={setNote} />
          </>
        )}
      </InlineAddForm>
    </section>
  );
}
