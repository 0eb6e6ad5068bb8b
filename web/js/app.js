// Starts the app: connects links, history, the app-wide events and the unsaved-changes guard to the page
// shell, then shows the page for the address the browser opened.
import { followHistory, hasUnsavedChanges, lock, navigate, replaceAddress, show, showStorageAlert, showWorkbookReplaced } from './shell.js';
import { onWorkbookReplaced } from './shared/api.js';

// Links inside the app change the page without reloading it.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const url = new URL(link.href, location.href);
  // The printable pages under /plan are drawn by the server, so they load as documents of their own.
  const serverPage = url.pathname === '/plan' || url.pathname.startsWith('/plan/');
  if (url.origin !== location.origin || url.pathname.startsWith('/api/') || serverPage || link.target || link.hasAttribute('download')) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
});

window.addEventListener('popstate', followHistory);
document.addEventListener('truenorth:navigate', (event) => navigate(event.detail));
document.addEventListener('truenorth:address', (event) => replaceAddress(event.detail));
document.addEventListener('truenorth:locked', lock);
document.addEventListener('truenorth:storage', (event) => showStorageAlert(event.detail));
onWorkbookReplaced(showWorkbookReplaced);

window.addEventListener('beforeunload', (event) => {
  if (hasUnsavedChanges()) {
    event.preventDefault();
    event.returnValue = '';
  }
});

show(location.pathname + location.search, { focus: false });
