// The page shell: shows the page for a path (its module and API replies requested side by side), guards
// unsaved changes, keeps the nav current, and shows the pages and banners that concern the whole app.
import { matchRoute } from './router.js';
import { dropEmbeddedReplies } from './shared/api.js';
import { h, replace, toast } from './shared/dom.js';

const main = document.getElementById('main');
const styles = new Map();  // stylesheet name -> loaded
// Those the server put in the HTML of a full load: they load before any module runs.
for (const link of document.querySelectorAll('link[data-module-style]')) styles.set(link.dataset.moduleStyle, Promise.resolve());
let currentPage = null;
let currentPath = null;
let shownCount = 0;  // counts show() calls, so a slower earlier one knows it was overtaken
let locked = false;  // the server answered 401: this browser has not been let in
let typedAhead = '';  // keys typed while a page was on its way, for the field it puts focus in

const isTextField = (el) => el?.matches?.('input, textarea') && typeof el.selectionStart === 'number';
const isEditable = (el) => Boolean(el?.closest?.('input, textarea, select, [contenteditable]'));

// While a page is on its way (a link was followed, its module and data are loading), what the user types
// is kept rather than lost; Backspace takes back the last key.
function keepTypedKey(event) {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || isEditable(event.target)) return;
  if (event.key.length === 1) typedAhead += event.key;
  else if (event.key === 'Backspace') typedAhead = typedAhead.slice(0, -1);
  else return;
  event.preventDefault();
}

function startTypeAhead() {
  document.addEventListener('keydown', keepTypedKey, true);
}

// Ends the keeping of keys; returns what was typed.
function stopTypeAhead() {
  document.removeEventListener('keydown', keepTypedKey, true);
  const text = typedAhead;
  typedAhead = '';
  return text;
}

// Focus goes where typing is expected: the field the page names (an editor's first field), else the page's
// heading. A text field gets the caret at its end and the keys typed while the page was on its way.
function focusPage(page) {
  const typed = stopTypeAhead();
  const target = page.focus ?? main.querySelector('h1') ?? main;
  if (!isEditable(target)) target.setAttribute('tabindex', '-1');
  target.focus();
  if (!isTextField(target)) return;
  target.setSelectionRange(target.value.length, target.value.length);
  if (typed) {
    target.setRangeText(typed, target.value.length, target.value.length, 'end');
    target.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

export function hasUnsavedChanges() {
  return Boolean(currentPage?.isDirty?.());
}

// True when there is nothing unsaved on the page or the user agrees to leave it.
export function confirmLeave() {
  return !hasUnsavedChanges() || window.confirm('You have unsaved changes on this page. Leave anyway?\n\nA draft stays in this browser, so you can come back to it.');
}

function markNav(path) {
  for (const link of document.querySelectorAll('.site-nav a')) {
    const href = link.getAttribute('href');
    const active = href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
    if (active) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

// Adds the page's module stylesheets (css/<name>.css) once; resolves when they have loaded. Each class
// carries its module's prefix, so sheets left from earlier pages cannot restyle this one. (The address is
// relative to js/, where this file sits and where the bundle of all modules, js/app.js, is served.)
function loadStyles(names) {
  return Promise.all(names.map((name) => {
    if (!styles.has(name)) {
      const link = h('link', { rel: 'stylesheet', href: new URL(`../css/${name}.css`, import.meta.url).href });
      styles.set(name, new Promise((resolve) => { link.onload = resolve; link.onerror = resolve; }));
      document.head.append(link);
    }
    return styles.get(name);
  }));
}

// Starts the page's API requests; a failure is the page's to show, never an unhandled rejection.
function startData(route, params, query) {
  const data = route.data?.(params, query) ?? {};
  for (const reply of Object.values(data)) reply?.catch?.(() => {});
  return data;
}

// The page shown instead of any other while this browser has no access cookie.
function renderLocked() {
  replace(main, h('div', { class: 'card empty-state' },
    h('h1', { text: 'Open True North from its own address' }),
    h('p', { text: 'Your workbook is private, so this browser needs True North\'s key before it can show it. ' +
      'Open the address that True North printed when it started: it ends with ?token= and a long code.' }),
    h('p', { text: 'Lost it? Start True North again (for example with scripts/run) and it prints the address of the ' +
      'one already running. The key is also kept in the file beside your database that ends in .token.' })));
  return { title: 'Open from its address' };
}

function renderNotFound() {
  replace(main, h('div', { class: 'card empty-state' },
    h('h1', { text: 'Page not found' }),
    h('p', { text: 'There is nothing at this address.' }),
    h('a', { class: 'button primary', href: '/', 'data-link': true, text: 'Go to Home' })));
  return { title: 'Not found' };
}

function renderFailure(path, error) {
  replace(main, h('div', { class: 'notice error', role: 'alert' },
    h('p', { text: `This page could not be loaded: ${error.message}` }),
    h('button', { type: 'button', onclick: () => show(path, { focus: true }), text: 'Try again' })));
  return { title: 'Error' };
}

async function renderRoute(match, url, shown) {
  const data = startData(match.route, match.params, url.searchParams);  // the API first: the longest wait
  const [module] = await Promise.all([match.route.page(), loadStyles(match.route.styles ?? [])]);
  if (shown !== shownCount) return null;  // the user moved on while the module loaded
  replace(main);
  return (await module.render(main, { params: match.params, data })) ?? {};
}

// Shows the page for `path` (with its query) in main; `focus` moves focus into it (see focusPage), and
// keys typed meanwhile reach the field focused.
export async function show(path, { focus }) {
  const shown = ++shownCount;
  if (focus) startTypeAhead();
  currentPage?.dispose?.();
  currentPage = null;
  currentPath = path;
  const url = new URL(path, location.origin);
  markNav(url.pathname);
  main.setAttribute('aria-busy', 'true');
  const match = locked ? null : matchRoute(url.pathname);
  let page;
  try {
    if (locked) page = renderLocked();
    else if (!match) page = renderNotFound();
    else page = await renderRoute(match, url, shown);
  } catch (error) {
    if (shown !== shownCount) return;
    page = renderFailure(path, error);
  } finally {
    dropEmbeddedReplies();  // they were the first page's; later views ask the server
  }
  if (shown !== shownCount || !page) return;
  currentPage = page;
  document.title = page.title ? `${page.title} · True North` : 'True North';
  main.setAttribute('aria-busy', 'false');
  if (focus) focusPage(page);
}

// The page now shows what `path` names (same page, e.g. a search in its query): the address changes in
// place, without a new history entry and without showing the page again.
export function replaceAddress(path) {
  if (path === currentPath) return;
  currentPath = path;
  history.replaceState(null, '', path);
}

// Goes to `path` inside the app (asks first when the page has unsaved changes).
export function navigate(path) {
  if (path === currentPath) return;
  if (!confirmLeave()) return;
  history.pushState(null, '', path);
  window.scrollTo(0, 0);
  show(path, { focus: true });
}

// The browser's back and forward buttons: stays put when the user keeps the unsaved changes.
export function followHistory() {
  if (!confirmLeave()) {
    history.pushState(null, '', currentPath);
    return;
  }
  show(location.pathname + location.search, { focus: true });
}

// After the page that met the 401 has finished reacting to it, the locked page replaces it.
export function lock() {
  if (locked) return;
  locked = true;
  setTimeout(() => show(currentPath, { focus: true }), 0);
}

// Once the database file is gone from under the server, every page says so until it is restarted.
export function showStorageAlert(message) {
  let banner = document.getElementById('storage-alert');
  if (!banner) {
    banner = h('div', { id: 'storage-alert', class: 'notice error storage-alert', role: 'alert' });
    main.before(banner);
  }
  replace(banner, h('p', { text: message.charAt(0).toUpperCase() + message.slice(1) }),
    h('p', { text: 'What you typed on this page is kept in this browser as a draft.' }));
}

// Another tab replaced the whole workbook (a restore or an import). A page with nothing unsaved is shown
// again from the new data; one with unsaved changes keeps them and says what happened, with a way to reload.
export function showWorkbookReplaced({ message }) {
  if (!hasUnsavedChanges()) {
    show(currentPath, { focus: false });
    toast(`${message} This page now shows it.`);
    return;
  }
  let banner = document.getElementById('workbook-alert');
  if (!banner) {
    banner = h('div', { id: 'workbook-alert', class: 'notice warning workbook-alert', role: 'alert' });
    main.before(banner);
  }
  replace(banner, h('p', { text: `${message} This page still shows the workbook as it was, with your unsaved changes. ` +
      'Saving them now may overwrite what was restored; copy what you want to keep, then reload.' }),
    h('div', { class: 'actions' }, h('button', { type: 'button', text: 'Reload this page', onclick: () => location.reload() })));
}
