// Create or edit one of the team's practical measure surveys: a title, a few
// short questions (one a line) and the top of the answer scale (answers run
// from 1). A team usually starts from the student agency template.
import { useState } from 'react';
import type { Measure } from '../../../shared/lessonStudy/measures.js';
import { useApi } from '../../appContext.js';
import { TextAreaField, TextField } from '../../ui/Fields.js';
import { SidePanelForm } from '../../ui/SidePanelForm.js';

interface MeasureFormProps {
  teamId: string;
  measure?: Measure;
  onSaved(measures: Measure[]): void;
  onCancel(): void;
}

export function MeasureForm({ teamId, measure, onSaved, onCancel }: MeasureFormProps) {
  const api = useApi();
  const [title, setTitle] = useState(measure?.title ?? '');
  const [questions, setQuestions] = useState(measure?.questions.join('\n') ?? '');
  const [scaleMax, setScaleMax] = useState(String(measure?.scaleMax ?? 4));
  const save = () =>
    api.saveMeasure({
      teamId,
      id: measure?.id,
      title,
      questions: questions.split('\n').map((q) => q.trim()).filter((q) => q !== ''),
      scaleMax: Number(scaleMax),
      // What this form loaded: only the fields changed here are written.
      seen: measure && { title: measure.title, questions: measure.questions, scaleMax: measure.scaleMax },
    });
  return (
    <SidePanelForm heading={measure ? `Edit ${measure.title}` : 'New survey'} submitLabel={measure ? 'Save survey' : 'Create survey'} save={save} onSaved={onSaved} onCancel={onCancel}>
      {(invalid) => (
        <>
          <TextField label="Survey title" name="title" required value={title} invalid={invalid === 'title'} onChange={setTitle} />
          <TextAreaField label="Questions, one a line" name="questions" rows={5} hint="Short statements a student answers after the lesson, such as “I could explain why my answer made sense.”" value={questions} invalid={invalid === 'questions'} onChange={setQuestions} />
          <TextField label="Answers run from 1 to" name="scaleMax" type="number" min={2} max={10} value={scaleMax} invalid={invalid === 'scaleMax'} onChange={setScaleMax} />
        </>
      )}
    </SidePanelForm>
  );
}
