// The one fetch helper: JSON in and out, the X-Requested-With header, and errors as ApiError. Replies that
// concern the whole app are also announced as document events: "truenorth:locked" (401: this browser has
// not been let in) and "truenorth:storage" (503 storage_unavailable: nothing more can be saved). Also the
// one loader of the user's core values, which several modules link to, and the message the app's tabs
// send each other when the whole workbook was replaced (a restore or an import).

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

// Calls the API with `body` (a value sent as JSON, or a JSON file as it is) and resolves to the parsed
// JSON reply; rejects with ApiError for any non-2xx reply.
export async function api(method, path, body) {
  const init = { method, headers: { 'X-Requested-With': 'truenorth', Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = body instanceof Blob ? body : JSON.stringify(body);  // a file the user picked is sent as it is
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
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const error = new ApiError(response.status, data?.error ?? { code: 'http', message: `Request failed (${response.status})` }, data);
    if (error.status === 401) document.dispatchEvent(new CustomEvent('truenorth:locked'));
    if (error.code === 'storage_unavailable') document.dispatchEvent(new CustomEvent('truenorth:storage', { detail: error.message }));
    throw error;
  }
  return data;
}

export const get = (path) => api('GET', path);
export const post = (path, body) => api('POST', path, body ?? {});
export const put = (path, body) => api('PUT', path, body);
export const patch = (path, body) => api('PATCH', path, body);
export const del = (path) => api('DELETE', path);

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

// The app's tabs in this browser tell each other when the whole workbook was replaced under them.
const tabs = typeof BroadcastChannel === 'function' ? new BroadcastChannel('truenorth-workbook') : null;

// Tells the other tabs that the workbook was replaced; `message` says how, e.g. "A backup was restored in
// another tab." This tab is not told.
export function announceWorkbookReplaced(message) {
  tabs?.postMessage({ type: 'workbook-replaced', message });
}

// Calls fn({message}) whenever another tab announces that the workbook was replaced.
export function onWorkbookReplaced(fn) {
  tabs?.addEventListener('message', (event) => {
    if (event.data?.type === 'workbook-replaced') fn(event.data);
  });
}
