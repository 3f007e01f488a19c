// The Rubrics section: the library, one rubric's versions, the editor, or a
// comparison, as the rubrics store says. Entering the section opens the
// library; moving between its views puts focus on the new view's heading,
// as moving between sections does.
import { useEffect, useRef, type RefObject } from 'react';
import { useAppStore, useStoreApi } from '../../appContext.js';
import { RubricEditor } from './editor/RubricEditor.js';
import { RubricCompareView } from './RubricCompareView.js';
import { RubricLibrary } from './RubricLibrary.js';
import { RubricVersionView } from './RubricVersionView.js';
import type { RubricsView, VersionChoice } from './rubricsStore.js';

export function RubricsScreen() {
  const store = useStoreApi('rubrics');
  const view = useAppStore('rubrics', (s) => s.view);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void store.getState().load();
    // Coming back to the section later starts at the library again.
    return () => store.getState().show({ kind: 'library' });
  }, [store]);

  useFocusHeadingOnChange(root, view.kind === 'library' ? 'library' : `${view.kind}:${view.id}`);

  return (
    <div ref={root} className="rubrics">
      <CurrentView view={view} />
    </div>
  );
}

function CurrentView({ view }: { view: RubricsView }) {
  const store = useStoreApi('rubrics');
  switch (view.kind) {
    case 'library':
      return <RubricLibrary />;
    case 'version':
      return <RubricVersionView id={view.id} version={view.version} />;
    case 'compare':
      return <RubricCompareView id={view.id} a={view.a} b={view.b} />;
    case 'editor': {
      const back = async (version: VersionChoice, notice: string | null) => {
        await store.getState().load();
        const rubric = store.getState().rubrics.find((r) => r.id === view.id);
        // Back to the draft if it is still there (the version view falls back to the newest
        // published version); a rubric whose draft was discarded before it was published is gone.
        if (rubric) store.getState().show({ kind: 'version', id: view.id, version }, notice);
        else store.getState().show({ kind: 'library' }, notice);
      };
      return (
        <RubricEditor
          key={view.id}
          id={view.id}
          onClose={() => void back('draft', null)}
          onPublished={(version) => void back(version, `Published version ${version}.`)}
        />
      );
    }
  }
}

/**
 * Focus the view's heading (data-screen-heading) whenever `viewKey` changes,
 * but not on the first render (the shell focuses it when the section opens).
 * A view that renders its heading once its data arrives is waited for.
 */
function useFocusHeadingOnChange(root: RefObject<HTMLElement | null>, viewKey: string) {
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const first = shown.current === null;
    const changed = shown.current !== viewKey;
    shown.current = viewKey;
    const container = root.current;
    if (first || !changed || !container) return;
    const focusHeading = () => {
      const heading = container.querySelector<HTMLElement>('[data-screen-heading]');
      heading?.focus();
      return heading !== null;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(container, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [root, viewKey]);
}
