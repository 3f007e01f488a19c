// Entry point of the page: connect to whichever shell hosts it, then render.
// connectShell runs before anything reads the URL, so the browser host's
// #secret=... is taken out of the address before hash routing sees it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config as configureZod } from 'zod';
import { connectShell } from './api.js';
import { App } from './App.js';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/layout.css';
import './styles/rubrics.css';
import './styles/rubricEditor.css';
import './styles/observe.css';
import './styles/calibrate.css';
import './styles/calibrateResults.css';
import './styles/report.css';
import './styles/insights.css';
import './styles/lessonStudy.css';
import './styles/lessonStudyTeaching.css';

// The renderer shares zod schemas with the backend. zod can speed parsing up
// with generated code (new Function), which the CSP forbids; tell it not to
// try, so it never even attempts an eval the policy would refuse.
configureZod({ jitless: true });

const { api, changes, connection } = connectShell();
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App api={api} changes={changes} connection={connection} />
  </StrictMode>,
);
