import { render } from 'preact';
import { pickApi } from './api/pick-api.ts';
import { App } from './components/app.tsx';
import { MissingHost } from './components/missing-host.tsx';
import { browserUploadLimits, electronUploadLimits } from './import/upload-plan.ts';

/** Renders the reader, or the sentence that says how to open it until the address gains a token. */
function start(root: HTMLElement): void {
  const api = pickApi(window);
  if (api) {
    // The Electron bridge carries any size the contract allows; the browser host's requests stop at 16 MiB.
    render(<App api={api} uploadLimits={window.offprint ? electronUploadLimits : browserUploadLimits} />, root);
    return;
  }
  render(<MissingHost />, root);
  // Pasting the printed address into this tab only changes the fragment; the page does not reload.
  window.addEventListener('hashchange', () => start(root), { once: true });
}

const root = document.getElementById('app');
if (root) start(root);
