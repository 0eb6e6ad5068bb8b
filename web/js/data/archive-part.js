// The Data page's export and import part: the whole workbook as one JSON archive to download, and an
// archive read back in (into an empty workbook, or replacing this one after a confirmation and a backup).
import { ApiError, announceWorkbookReplaced, post } from '../shared/api.js';
import { h, replace, toast } from '../shared/dom.js';
import { ConfirmDialog } from './confirm-dialog.js';

const MESSAGES = Object.freeze({
  export: 'Every record of every module, with its history, the trash, versions and dates, in one documented JSON file ' +
    '(see "Data: the export format" in the README). Import it here or into another True North to get this workbook back exactly.',
  import: 'Pick a True North export (.json). A workbook that already holds something is replaced only after you confirm, ' +
    'and what it holds is backed up first, so the import can be undone from Backups.',
  busy: 'Importing…',
});

class ArchivePart {
  constructor() {
    this.dialog = new ConfirmDialog('data-import');
    this.file = h('input', { type: 'file', id: 'data-import-file', accept: '.json,application/json' });
    this.button = h('button', { type: 'button', text: 'Import', onclick: () => this.importFile() });
    this.outcome = h('div', { class: 'data-outcome', tabindex: '-1' });
    this.busy = false;
    this.el = h('section', { class: 'card data-archive', 'aria-labelledby': 'data-archive-title' },
      h('h2', { id: 'data-archive-title', text: 'Export and import' }),
      h('p', { class: 'muted small', text: MESSAGES.export }),
      h('div', { class: 'actions data-actions' },
        h('a', { class: 'button primary', href: '/api/export', download: '', text: 'Export everything (JSON)' })),
      h('h3', { text: 'Import an export' }),
      h('p', { class: 'muted small', text: MESSAGES.import }),
      h('div', { class: 'data-import' }, h('label', { for: 'data-import-file', text: 'Archive file' }), this.file, this.button),
      this.outcome, this.dialog.el);
  }

  // Imports the picked file; when the workbook holds data, asks before replacing it.
  async importFile() {
    const file = this.file.files[0];
    if (!file) {
      replace(this.outcome, h('p', { class: 'field-error', role: 'alert', text: 'Choose an archive file first.' }));
      this.file.focus();
      return;
    }
    if (this.busy) return;
    this.busy = true;
    this.button.textContent = MESSAGES.busy;
    try {
      const reply = await this.send(file);
      if (reply) this.done(reply, file.name);
    } catch (error) {
      replace(this.outcome, h('div', { class: 'notice error', role: 'alert' },
        h('p', { text: `${file.name} was not imported, and your workbook is as it was: ${error.message}` })));
    } finally {
      this.busy = false;
      this.button.textContent = 'Import';
      this.outcome.focus();
    }
  }

  // The import reply, or null when the person chose to keep the workbook as it is.
  async send(file) {
    try {
      return await post('/api/import', file);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 409 && error.field === 'replace')) throw error;
    }
    const replaceIt = await this.dialog.ask({
      title: `Replace your workbook with ${file.name}?`,
      text: 'Everything your workbook holds now will be replaced by the archive. It is backed up first, so you can undo the import from Backups.',
      detail: 'Nothing is merged: the workbook becomes exactly what the archive holds.',
      confirm: 'Replace my workbook',
    });
    if (!replaceIt) {
      replace(this.outcome, h('p', { class: 'muted', text: 'Nothing was imported; your workbook is as it was.' }));
      return null;
    }
    return post('/api/import?replace=true', file);
  }

  done(reply, name) {
    announceWorkbookReplaced(`An archive (${name}) was imported in another tab.`);
    toast(`Imported ${name}.`);
    replace(this.outcome, h('div', { class: 'notice data-restored', role: 'status' },
      h('p', {}, h('strong', { text: `Imported ${name}.` }),
        ` ${reply.rows} records, exported by True North ${reply.archive.app_version} on ${reply.archive.exported_at.slice(0, 10)}.`),
      reply.replaced ? h('p', { text: 'What your workbook held before is kept as a backup (Before an import).' }) : null));
  }
}

export async function archivePart() {
  return new ArchivePart().el;
}
