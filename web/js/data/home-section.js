// Home's word on your data: a notice at the top when the last backup failed, and a line at the end with
// the last backup and the way to the Data page.
import { dateTimeElement, h } from '../shared/dom.js';

const dataLink = (text) => h('a', { href: '/data', 'data-link': true, text });

// The notice for a failed backup, or null when backups are fine (or the answer did not come).
export async function dataHomeNotice(data) {
  const status = await data.backups;
  if (!status?.last_failure) return null;
  return h('section', { class: 'notice error data-home-notice', role: 'alert' },
    h('p', {}, h('strong', { text: 'The last backup failed: ' }), status.last_failure.message),
    h('p', {}, 'Your workbook itself is fine. ', dataLink('See your backups'), ' to try again.'));
}

// The line about the last backup, with the link to the Data page.
export async function dataHomeLine(data) {
  const status = await data.backups;
  if (!status) return null;
  const last = status.last_backup;
  return h('p', { class: 'data-home-line muted small' },
    last ? ['Last backup: ', dateTimeElement(last.created_at), '. '] : 'No backup yet. ',
    dataLink('Your data and backups'));
}
