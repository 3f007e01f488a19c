// The written protocol for a visit, and how many focus dimensions the
// teacher and observer agree on beforehand.
import { LinesInput, NumberInput } from '../fields/inputs.js';

export function ProtocolSection() {
  return (
    <>
      <div className="editor-grid editor-grid--three">
        <LinesInput path={['protocol', 'before']} label="Before the visit" hint="One step per line: the pre-conference." />
        <LinesInput path={['protocol', 'during']} label="During the visit" hint="One step per line: what the observer does in the room." />
        <LinesInput path={['protocol', 'after']} label="After the visit" hint="One step per line: the debrief." />
      </div>
      <NumberInput path={['protocol', 'lengthMinutes']} label="Visit length in minutes" emptyAs={null} min={1} max={600} hint="Leave empty for no set length." />
      <fieldset className="editor-fieldset">
        <legend>Focus dimensions chosen before the visit</legend>
        <div className="editor-grid">
          <NumberInput path={['protocol', 'focusDimensions', 'min']} label="Fewest" required emptyAs={undefined} min={0} max={20} hint="0 makes a focus optional." />
          <NumberInput path={['protocol', 'focusDimensions', 'max']} label="Most" required emptyAs={undefined} min={0} max={20} />
        </div>
      </fieldset>
    </>
  );
}
