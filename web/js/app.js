// The single-page shell: maps paths to page modules, guards unsaved changes, keeps the nav current.
import { h, replace } from './dom.js';

// Path pattern -> page module. A page module exports render(main, params) that returns (or resolves to)
// an object with an optional title, isDirty() (unsaved changes?) and dispose() (called when leaving).
const routes = [
  ['/', () => import('./pages/home.js')],
  ['/vision', () => import('./pages/vision.js')],
  // Module pages: values, decisions, journal, goals.
  ['/values', () => import('./pages/values.js')],
  ['/values/:tab', () => import('./pages/values.js')],
  ['/decisions', () => import('./pages/decisions.js')],
  ['/decisions/:id', () => import('./pages/decision.js')],
  ['/goals', () => import('./pages/goals.js')],
  ['/goals/:tab', () => import('./pages/goals.js')],
  ['/journal', () => import('./pages/journal.js')],
  ['/journal/new/:kind', () => import('./pages/journal-entry.js')],
  ['/journal/trash', () => import('./pages/journal-trash.js')],
  ['/journal/lessons', () => import('./pages/journal-lessons.js')],
  ['/journal/:id', () => import('./pages/journal-entry.js')],
  ['/journal/:id/edit', () => import('./pages/journal-entry.js')],
];

const main = document.getElementById('main');
let currentPage = null;
let currentPath = null;
let shownCount = 0;  // counts show() calls, so a slower earlier one knows it was overtaken
let locked = false;  // the server answered 401: this browser has not been let in

function matchRoute(path) {
  for (const [pattern, load] of routes) {
    const want = pattern.split('/');
    const got = path.split('/');
    if (want.length !== got.length) continue;
    const params = {};
    if (want.every((part, i) => (part.startsWith(':') ? (params[part.slice(1)] = decodeURIComponent(got[i])) : part === got[i]))) {
      return { load, params };
    }
  }
  return null;
}

function hasUnsavedChanges() {
  return Boolean(currentPage?.isDirty?.());
}

function confirmLeave() {
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

async function show(path, { focus }) {
  const shown = ++shownCount;
  currentPage?.dispose?.();
  currentPage = null;
  currentPath = path;
  const pathname = new URL(path, location.origin).pathname;  // pages read their query from location
  markNav(pathname);
  main.setAttribute('aria-busy', 'true');
  const route = matchRoute(pathname);
  try {
    if (locked) {
      currentPage = renderLocked();
    } else if (!route) {
      replace(main, h('div', { class: 'card empty-state' },
        h('h1', { text: 'Page not found' }),
        h('p', { text: 'There is nothing at this address.' }),
        h('a', { class: 'button primary', href: '/', 'data-link': true, text: 'Go to Home' })));
      currentPage = { title: 'Not found' };
    } else {
      const module = await route.load();
      if (shown !== shownCount) return;  // the user moved on while the module loaded
      replace(main);
      currentPage = (await module.render(main, route.params)) ?? {};
    }
  } catch (error) {
    if (shown !== shownCount) return;
    currentPage = { title: 'Error' };
    replace(main, h('div', { class: 'notice error', role: 'alert' },
      h('p', { text: `This page could not be loaded: ${error.message}` }),
      h('button', { type: 'button', onclick: () => show(path, { focus: true }), text: 'Try again' })));
  }
  if (shown !== shownCount) return;
  document.title = currentPage.title ? `${currentPage.title} · True North` : 'True North';
  main.setAttribute('aria-busy', 'false');
  if (focus) {
    const heading = main.querySelector('h1');
    heading?.setAttribute('tabindex', '-1');
    (heading ?? main).focus();
  }
}

// Goes to `path` inside the app (asks first when the page has unsaved changes).
export function navigate(path) {
  if (path === currentPath) return;
  if (!confirmLeave()) return;
  history.pushState(null, '', path);
  window.scrollTo(0, 0);
  show(path, { focus: true });
}

document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/') || link.target || link.hasAttribute('download')) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
});

window.addEventListener('popstate', () => {
  if (!confirmLeave()) {
    history.pushState(null, '', currentPath);
    return;
  }
  show(location.pathname + location.search, { focus: true });
});

// After the page that met the 401 has finished reacting to it, the locked page replaces it.
document.addEventListener('truenorth:locked', () => {
  if (locked) return;
  locked = true;
  setTimeout(() => show(currentPath, { focus: true }), 0);
});

// Once the database file is gone from under the server, every page says so until it is restarted.
document.addEventListener('truenorth:storage', (event) => {
  let banner = document.getElementById('storage-alert');
  if (!banner) {
    banner = h('div', { id: 'storage-alert', class: 'notice error storage-alert', role: 'alert' });
    main.before(banner);
  }
  replace(banner, h('p', { text: event.detail.charAt(0).toUpperCase() + event.detail.slice(1) }),
    h('p', { text: 'What you typed on this page is kept in this browser as a draft.' }));
});

window.addEventListener('beforeunload', (event) => {
  if (hasUnsavedChanges()) {
    event.preventDefault();
    event.returnValue = '';
  }
});

show(location.pathname + location.search, { focus: false });
