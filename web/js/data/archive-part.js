// The Data page's import part: a file read back in: an archive (into an empty workbook, or replacing this
// one after a confirmation and a backup), or a journal kept in jrnl or Day One, whose entries are added
// to the journal; an encrypted file asks for its passphrase.
import { ApiError, announceWorkbookReplaced, post } from '../shared/api.js';
import { h, replace, toast } from '../shared/dom.js';
import { ConfirmDialog } from './confirm-dialog.js';

const MESSAGES = Object.freeze({
  import: 'Pick a True North export (.json) to bring a workbook back. A workbook that already holds something is replaced ' +
    'only after you confirm, and what it holds is backed up first, so the import can be undone from Backups.',
  journal: 'Or pick a journal you keep elsewhere: a jrnl export (jrnl --export json) or a Day One export (Journal.json, ' +
    'or the .zip holding it). Its entries are added to your journal as free entries, with their dates, titles, tags and ' +
    'text; nothing is replaced, and entries already in your journal are skipped.',
  busy: 'Importing…',
  passphrase: 'This file is encrypted: type the passphrase it was exported with, then import again.',
});

class ArchivePart {
  constructor() {
    this.dialog = new ConfirmDialog('data-import');
    this.file = h('input', { type: 'file', id: 'data-import-file', accept: '.json,.zip,application/json,application/zip' });
    this.button = h('button', { type: 'button', text: 'Import', onclick: () => this.importFile() });
    this.outcome = h('div', { class: 'data-outcome', tabindex: '-1' });
    this.passphrase = h('input', { type: 'password', id: 'data-import-passphrase', autocomplete: 'off', 'aria-describedby': 'data-import-passphrase-hint' });
    this.secret = h('div', { class: 'data-import__passphrase', hidden: true },
      h('label', { for: 'data-import-passphrase', text: 'Passphrase of the file' }), this.passphrase,
      h('p', { class: 'muted small', id: 'data-import-passphrase-hint', text: MESSAGES.passphrase }));
    this.busy = false;
    this.el = h('section', { class: 'card data-archive', 'aria-labelledby': 'data-archive-title' },
      h('h2', { id: 'data-archive-title', text: 'Import' }),
      h('p', { class: 'muted small', text: MESSAGES.import }),
      h('p', { class: 'muted small', text: MESSAGES.journal }),
      h('div', { class: 'data-import' }, h('label', { for: 'data-import-file', text: 'File to import' }), this.file, this.button),
      this.secret, this.outcome, this.dialog.el);
  }

  // Imports the picked file; when the workbook holds data, asks before replacing it.
  async importFile() {
    const file = this.file.files[0];
    if (!file) {
      replace(this.outcome, h('p', { class: 'field-error', role: 'alert', text: 'Choose a file to import first.' }));
      this.file.focus();
      return;
    }
    if (this.busy) return;
    this.busy = true;
    this.button.textContent = MESSAGES.busy;
    try {
      const reply = await this.send(file);
      if (reply) {
        this.done(reply, file.name);
        this.forgetPassphrase();
      }
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
    const headers = this.secret.hidden ? {} : { 'X-Truenorth-Passphrase': passphraseHeader(this.passphrase.value) };
    try {
      return await post('/api/import', file, headers);
    } catch (error) {
      if (error instanceof ApiError && error.field === 'passphrase' && this.secret.hidden) return this.askPassphrase();
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
    return post('/api/import?replace=true', file, headers);
  }

  // The passphrase goes once the file it opened was imported.
  forgetPassphrase() {
    this.passphrase.value = '';
    this.secret.hidden = true;
  }

  // Shows the passphrase field for an encrypted file; nothing was imported yet.
  askPassphrase() {
    this.secret.hidden = false;
    replace(this.outcome, h('p', { class: 'muted', text: 'Nothing was imported yet: the file is encrypted.' }));
    setTimeout(() => this.passphrase.focus(), 0);
    return null;
  }

  done(reply, name) {
    if (reply.format !== 'truenorth-archive') {
      this.journalDone(reply, name);
      return;
    }
    announceWorkbookReplaced(`An archive (${name}) was imported in another tab.`);
    toast(`Imported ${name}.`);
    replace(this.outcome, h('div', { class: 'notice data-restored', role: 'status' },
      h('p', {}, h('strong', { text: `Imported ${name}.` }),
        ` ${reply.rows} records, exported by True North ${reply.archive.app_version} on ${reply.archive.exported_at.slice(0, 10)}.`),
      reply.replaced ? h('p', { text: 'What your workbook held before is kept as a backup (Before an import).' }) : null));
  }

  // The summary of a journal import: how many entries were added, and why any were skipped.
  journalDone(reply, name) {
    const tool = reply.format === 'day_one' ? 'Day One' : 'jrnl';
    const added = `${reply.entries} ${reply.entries === 1 ? 'entry' : 'entries'}`;
    toast(`Added ${added} from ${name}.`);
    const skipped = reply.skipped_entries.map((entry) => h('li', {}, h('code', { text: entry.where }), `: ${entry.reason}`));
    if (reply.skipped > reply.skipped_entries.length) skipped.push(h('li', { text: `and ${reply.skipped - reply.skipped_entries.length} more` }));
    replace(this.outcome, h('div', { class: 'notice data-restored data-journal-summary', role: 'status' },
      h('p', {}, h('strong', { text: `Added ${added} from ${name}` }), ` (a ${tool} export) to your journal. `,
        reply.entries > 0 ? h('a', { href: '/journal', 'data-link': true, text: 'See your journal' }) : null),
      reply.skipped ? h('p', { text: `Skipped ${reply.skipped}:` }) : null,
      reply.skipped ? h('ul', { class: 'data-skipped' }, skipped) : null,
      reply.media_left_out ? h('p', { class: 'muted small', text: `The photos and other attachments of ${reply.media_left_out} ` +
        `${reply.media_left_out === 1 ? 'entry were' : 'entries were'} left out: only the text is imported.` }) : null));
  }
}

// The passphrase as the X-Truenorth-Passphrase header carries it: base64 of its UTF-8 bytes.
function passphraseHeader(passphrase) {
  return btoa(String.fromCharCode(...new TextEncoder().encode(passphrase)));
}

export async function archivePart() {
  return new ArchivePart().el;
}
