// The one fetch helper: JSON in and out, the X-Requested-With header, and errors as ApiError; a full load's
// first GETs are answered from the replies the server put inside the page's HTML. Replies that
// concern the whole app are also announced as document events: "truenorth:locked" (401: this browser has
// not been let in) and "truenorth:storage" (503 storage_unavailable: nothing more can be saved). Also the
// one loader of the user's core values, which several modules link to, and how a tab learns that the whole
// workbook was replaced (a restore or an import): from the tab that did it, or from the server's stamp.

export class ApiError extends Error {
  // status: HTTP status (0 when the server could not be reached); error: {code, message, field?}.
  constructor(status, error, body) {
    super(error.message);
    this.status = status;
    this.code = error.code;
    this.field = error.field;
    this.body = body;
  }
}

// Calls the API with `body` (a value sent as JSON, or a file as it is) and extra `headers`, and resolves
// to the parsed JSON reply; rejects with ApiError for any non-2xx reply.
export async function api(method, path, body, headers = {}) {
  const init = { method, headers: { 'X-Requested-With': 'truenorth', Accept: 'application/json', ...headers } };
  if (body !== undefined) {
    // A file the user picked is sent as it is, for the server to tell what it holds.
    init.headers['Content-Type'] = body instanceof Blob ? 'application/octet-stream' : 'application/json';
    init.body = body instanceof Blob ? body : JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, {
      code: 'unreachable',
      message: 'True North is not reachable. Is the program still running?',
    });
  }
  noteWorkbook(response.headers.get('X-Truenorth-Workbook'), REPLACING.test(path));
  return settled(response.status, await response.json().catch(() => null));
}

// `data`, a reply's parsed body, when `status` is 2xx; else throws its ApiError, after telling the app of
// a 401 or of storage that cannot save.
function settled(status, data) {
  if (status >= 200 && status < 300) return data;
  const error = new ApiError(status, data?.error ?? { code: 'http', message: `Request failed (${status})` }, data);
  if (error.status === 401) document.dispatchEvent(new CustomEvent('truenorth:locked'));
  if (error.code === 'storage_unavailable') document.dispatchEvent(new CustomEvent('truenorth:storage', { detail: error.message }));
  throw error;
}

// GETs `path` like api(). The first time a reply that came inside the page's HTML is asked for, it is that
// reply (see dropEmbeddedReplies); every other time the server is asked.
export async function get(path) {
  const reply = embedded.get(path);
  if (!reply) return api('GET', path);
  embedded.delete(path);
  return settled(reply.status, reply.body);
}

// Forgets the replies that came inside the page's HTML: called once the first page has shown, so no later
// view is drawn from them.
export function dropEmbeddedReplies() {
  embedded.clear();
}
export const post = (path, body, headers) => api('POST', path, body ?? {}, headers);
export const put = (path, body) => api('PUT', path, body);
export const patch = (path, body) => api('PATCH', path, body);
export const del = (path) => api('DELETE', path);

// POSTs `body` as JSON and resolves to the download it answers: {blob, name} (the name from its
// Content-Disposition); rejects with ApiError like api().
export async function download(path, body) {
  let response;
  try {
    response = await fetch(path, {
      method: 'POST', body: JSON.stringify(body),
      headers: { 'X-Requested-With': 'truenorth', 'Content-Type': 'application/json' },
    });
  } catch {
    throw new ApiError(0, { code: 'unreachable', message: 'True North is not reachable. Is the program still running?' });
  }
  if (!response.ok) {
    const data = await response.json().catch(() => null);
    throw new ApiError(response.status, data?.error ?? { code: 'http', message: `Request failed (${response.status})` }, data);
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'truenorth-export';
  return { blob: await response.blob(), name };
}

// Resolves to {items, missing}: the core values with a usable id, rank order; `missing` is true when the
// values module did not answer (the list is then empty). Never rejects.
export async function loadCoreValues() {
  try {
    const reply = await get('/api/values/core');
    const items = Array.isArray(reply?.items) ? reply.items.filter((v) => Number.isInteger(v?.id) && v.id > 0) : [];
    return { items, missing: false };
  } catch {
    return { items: [], missing: true };
  }
}

// The requests that replace the whole workbook: this tab knows what it did, so their stamp is news to no one.
const REPLACING = /^\/api\/(import|backups\/[^/?]+\/restore)(\?|$)/;
// What the server's stamp says replaced the workbook, for a tab that learns it from the stamp alone.
const CHANGES = Object.freeze({
  restore: 'The workbook was restored from a backup.',
  import: 'The workbook was replaced by an imported archive.',
});

// The app's tabs in this browser tell each other when the whole workbook was replaced under them.
const tabs = typeof BroadcastChannel === 'function' ? new BroadcastChannel('truenorth-workbook') : null;
const listeners = [];
// The newest X-Truenorth-Workbook stamp this tab has seen: {instance, generation, change}.
let seen = null;

// The replies to the page's first requests that the server put inside its HTML (index.html #page-data):
// path -> {status, body}; none when it sent none.
function readEmbeddedReplies() {
  const element = typeof document === 'object' ? document.getElementById('page-data') : null;
  let data = null;
  try {
    data = JSON.parse(element?.textContent ?? 'null');
  } catch {
    data = null;
  }
  element?.remove();
  if (!data?.replies) return new Map();
  noteWorkbook(data.workbook, false);
  return new Map(Object.entries(data.replies));
}
const embedded = readEmbeddedReplies();

function parseStamp(text) {
  const [instance, generation, change] = (text ?? '').split('/');
  return instance && Number.isInteger(Number(generation)) ? { instance, generation: Number(generation), change } : null;
}

// Notes the stamp of a reply. A later generation from the same server, not caused by this tab, means
// another tab or program replaced the workbook: the listeners are told. A restarted server (a new
// instance) is only noted; replies that arrive out of order never move the stamp back.
function noteWorkbook(text, own) {
  const stamp = parseStamp(text);
  if (!stamp) return;
  const sameServer = seen?.instance === stamp.instance;
  if (sameServer && stamp.generation <= seen.generation) return;
  const news = sameServer && !own;
  seen = stamp;
  if (news) for (const fn of listeners) fn({ message: CHANGES[stamp.change] ?? CHANGES.restore });
}

// Tells the other tabs that the workbook was replaced; `message` says how, e.g. "A backup was restored in
// another tab." This tab is not told.
export function announceWorkbookReplaced(message) {
  tabs?.postMessage({ type: 'workbook-replaced', message, stamp: seen });
}

// Calls fn({message}) whenever the workbook was replaced by someone else than this tab: another tab
// announces it, or the server's stamp changed (read from every reply, and asked for when the tab comes
// back into view or gets the focus, since a restore can come from a tab of another browser or a script).
export function onWorkbookReplaced(fn) {
  listeners.push(fn);
  tabs?.addEventListener('message', (event) => {
    if (event.data?.type !== 'workbook-replaced') return;
    const stamp = event.data.stamp;
    if (stamp && seen?.instance === stamp.instance && stamp.generation <= seen.generation) return;
    if (stamp) seen = stamp;
    fn(event.data);
  });
  const check = () => {
    if (document.visibilityState === 'visible') get('/api/health').catch(() => {});
  };
  document.addEventListener('visibilitychange', check);
  window.addEventListener('focus', check);
}
