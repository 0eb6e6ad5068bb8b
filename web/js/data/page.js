// Data: where the workbook is kept, then one section per part (an async function of the page's API
// replies returning a section element): backups and restore, export, import.
import { h, pageHeader } from '../shared/dom.js';
import { locationPart } from './location-part.js';
import { backupsPart } from './backups-part.js';
import { exportPart } from './export-part.js';
import { archivePart } from './archive-part.js';

const parts = [locationPart, backupsPart, exportPart, archivePart];

export async function render(main, { data }) {
  main.append(pageHeader('Your data', 'Everything you write is kept in one file on this computer, and only you can read it. ' +
    'True North backs it up by itself, and any backup can be restored.'));
  const sections = await Promise.all(parts.map((part) => part(data).catch((error) =>
    h('section', { class: 'notice error', role: 'alert' }, h('p', { text: `This part could not be loaded: ${error.message}` })))));
  main.append(...sections, h('p', { class: 'small muted' }, 'Reminders in your own calendar app: ',
    h('a', { href: '/calendar', 'data-link': true, text: 'the calendar feed' }), '.'));
  return { title: 'Your data' };
}
