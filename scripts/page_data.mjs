// Writes web/page-data.json from the UI's route table (web/js/router.js): for each page, its module
// stylesheets and the API GETs its first load makes when the address has no query. The server puts both
// inside the page's HTML (src/http/page_data.h), so a full load needs no request of its own. Run: node scripts/page_data.mjs
// (tests/api/page_data.test.mjs fails while the file differs from what this makes).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const pageDataFile = path.join(repo, 'web/page-data.json');

// [{page, styles, requests}], in the route table's order (the first page that matches an address is its
// page): `page` is a route's path, or an address of its `variants`; `styles` its stylesheets under css/;
// `requests` the API paths its data() asks for with each ":name" of the path left as ":name" (or a
// variant's value) and an empty query. Requests made only after an API reply are left out: no reply comes
// here.
export async function pageTable() {
  const asked = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = (url) => {
    asked.push(url);
    return new Promise(() => {});
  };
  try {
    return await recordRoutes(asked);
  } finally {
    globalThis.fetch = realFetch;
  }
}

// The table of pageTable(), with each request the route table makes pushed onto `asked`.
async function recordRoutes(asked) {
  const { routes } = await import(pathToFileURL(path.join(repo, 'web/js/router.js')));
  const table = [];
  for (const route of routes) {
    const names = route.path.split('/').filter((part) => part.startsWith(':')).map((part) => part.slice(1));
    const placeholders = Object.fromEntries(names.map((name) => [name, `:${name}`]));
    for (const variant of [...(route.variants ?? []), {}]) {
      const params = { ...placeholders, ...variant };
      const address = route.path.replace(/:(\w+)/g, (whole, name) => variant[name] ?? whole);
      asked.length = 0;
      route.data?.(params, new URLSearchParams());
      await new Promise((resolve) => { setTimeout(resolve, 0); });  // requests chained on a settled promise
      // A placeholder comes back percent-encoded (":id" is "%3Aid"); the server fills it in.
      table.push({ page: address, styles: route.styles ?? [], requests: asked.map((url) => url.replace(/%3A(\w+)/g, ':$1')) });
    }
  }
  return table;
}

export const pageDataText = async () => `${JSON.stringify(await pageTable(), null, 2)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(pageDataFile, await pageDataText());
  process.exit(0);  // the route table's modules keep a BroadcastChannel open
}
