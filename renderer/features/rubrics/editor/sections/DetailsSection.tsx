// What the rubric is and who wrote it: the fields an observer sees at the
// top and the foot of the rubric.
import { NOTES_FOLLOW_LABELS } from '../../preview/labels.js';
import { CheckboxInput, RadioGroup, TextInput } from '../fields/inputs.js';

export function DetailsSection() {
  return (
    <>
      <div className="editor-grid">
        <TextInput path={['name']} label="Name" required hint="As people see it in the library and while observing." />
        <TextInput path={['subject']} label="Subject" required hint="For example Mathematics, Science or Any subject." />
        <TextInput path={['gradeBand']} label="Grade band" hint="For example K-2, Grades 6-8 or High school." />
      </div>
      <TextInput path={['description']} label="Description" multiline rows={4} hint="What the rubric is for and how your district uses it. Observers see it when they choose a rubric." />
      <fieldset className="editor-fieldset">
        <legend>Attribution</legend>
        <TextInput path={['attribution', 'source']} label="Source" required multiline rows={2} hint="Who wrote it: your district and office, or the published rubric it is based on." />
        <TextInput path={['attribution', 'licence']} label="Licence" required multiline rows={2} hint="The terms of use, in words: CC BY 4.0, For use within Lakeside School District." />
        <TextInput path={['attribution', 'url']} label="Web address" hint="Where to read more, starting with https://. Leave empty if there is none." />
        <TextInput path={['attribution', 'notes']} label="Attribution notes" multiline rows={3} hint="What you adapted, from which edition, whose wording is whose." />
      </fieldset>
      <CheckboxInput path={['template']} label="Template to adapt" hint="A starting point schools duplicate and adjust, rather than a rubric to score with as it is." />
      <RadioGroup
        path={['notesFollow']}
        name="rubric-notes-follow"
        label="Observers' notes follow"
        choices={[
          { value: 'dimensions', label: NOTES_FOLLOW_LABELS.dimensions, hint: 'Notes are tagged to the dimensions (walkthroughs, coaching visits).' },
          { value: 'plan_steps', label: NOTES_FOLLOW_LABELS.plan_steps, hint: 'Notes follow the steps of a lesson study teaching-learning plan.' },
        ]}
      />
    </>
  );
}
