// The cycle report (a self-contained HTML page from the backend) shown inside
// the app: its body in a shadow root, so its styles and the app's never mix,
// and its stylesheet adopted through the CSSOM (the app's Content Security
// Policy allows no inline <style>; `body` rules apply to the frame instead).
// Scripts never run: the markup is parsed inert and none is carried over.
import { useEffect, useRef } from 'react';

const STYLE_ELEMENT = /<style[^>]*>([\s\S]*?)<\/style>/gi;

function reportParts(html: string): { body: string; css: string } {
  // The stylesheet is taken out before parsing: even an inert document reports its <style> to the CSP.
  const css = [...html.matchAll(STYLE_ELEMENT)].map((m) => m[1]).join('\n');
  const doc = new DOMParser().parseFromString(html.replace(STYLE_ELEMENT, ''), 'text/html');
  doc.querySelectorAll('script, link, meta, base').forEach((el) => el.remove());
  return { body: doc.body.innerHTML, css: css.replace(/(^|[\s,}])(html|body)(?=[\s,{.:[])/g, '$1:host') };
}

export function ReportView({ html, label }: { html: string; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const { body, css } = reportParts(html);
    root.innerHTML = body;
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
    }
  }, [html]);
  return <div ref={host} className="ls-report-view" role="document" aria-label={label} />;
}
