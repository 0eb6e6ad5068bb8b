// The Data page's first part: where the database file and its backups are on this computer.
import { h } from '../shared/dom.js';

// A path people may want to copy into a file manager or a terminal.
function pathItem(label, path, hint) {
  return [h('dt', { text: label }), h('dd', {}, h('code', { class: 'data-path', text: path }), h('p', { class: 'muted small', text: hint }))];
}

export async function locationPart(data) {
  const status = await data.backups;
  return h('section', { class: 'card data-location', 'aria-labelledby': 'data-location-title' },
    h('h2', { id: 'data-location-title', text: 'Where your workbook is' }),
    h('dl', { class: 'data-location__list' },
      pathItem('Database file', status.database, 'Your whole workbook, in one SQLite file. Copying it while True North runs can miss recent changes: back up instead.'),
      pathItem('Backups folder', status.folder, 'Complete copies of the database file, named by the time they were made (UTC).')));
}
