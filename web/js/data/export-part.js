// The Data page's export part: the whole workbook as a JSON archive (which imports back exactly) or as a
// .zip of Markdown notes (for reading), each a plain download or encrypted with a passphrase.
import { download } from '../shared/api.js';
import { h, replace, toast } from '../shared/dom.js';

const MESSAGES = Object.freeze({
  json: 'Every record of every module, with its history, the trash, versions and dates, in one documented JSON file ' +
    '(see "Data: the export format" in the README). Import it here or into another True North to get this workbook back exactly.',
  markdown: 'Markdown notes are for reading, for example as a vault in Obsidian: one note per journal entry (its date, kind, ' +
    'tags, mood and energy at the top) and one per module. They cannot be imported back; keep a JSON export for that.',
  encrypt: 'At least 8 characters. Without the passphrase nobody can open the file, not even you: keep it somewhere safe.',
  short: 'The passphrase needs at least 8 characters.',
  busy: 'Encrypting…',
});

// Saves `blob` as a download named `name`.
function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

class ExportPart {
  constructor() {
    this.encrypt = h('input', { type: 'checkbox', id: 'data-export-encrypt', onchange: () => this.showPassphrase() });
    this.passphrase = h('input', { type: 'password', id: 'data-export-passphrase', autocomplete: 'new-password',
      minlength: '8', 'aria-describedby': 'data-export-passphrase-hint data-export-error' });
    this.error = h('p', { class: 'field-error', id: 'data-export-error', role: 'alert' });
    this.secret = h('div', { class: 'data-export__passphrase', hidden: true },
      h('label', { for: 'data-export-passphrase', text: 'Passphrase' }), this.passphrase,
      h('p', { class: 'muted small', id: 'data-export-passphrase-hint', text: MESSAGES.encrypt }), this.error);
    this.links = [
      this.link('/api/export', 'json', 'Export everything (JSON)', 'button primary'),
      this.link('/api/export?format=markdown', 'markdown', 'Export as Markdown notes (.zip)', 'button'),
    ];
    this.el = h('section', { class: 'card data-export', 'aria-labelledby': 'data-export-title' },
      h('h2', { id: 'data-export-title', text: 'Export' }),
      h('p', { class: 'muted small', text: MESSAGES.json }),
      h('p', { class: 'muted small', text: MESSAGES.markdown }),
      h('div', { class: 'data-export__encrypt' }, this.encrypt, h('label', { for: 'data-export-encrypt', text: 'Encrypt with a passphrase' })),
      this.secret,
      h('div', { class: 'actions data-actions' }, ...this.links));
  }

  // A download link: as it is, or (when encrypting) the same export fetched encrypted and saved.
  link(href, format, text, className) {
    return h('a', { class: className, href, download: '', text, onclick: (event) => {
      if (!this.encrypt.checked) return;
      event.preventDefault();
      this.exportEncrypted(format, event.currentTarget);
    } });
  }

  showPassphrase() {
    this.secret.hidden = !this.encrypt.checked;
    if (this.encrypt.checked) this.passphrase.focus();
  }

  async exportEncrypted(format, link) {
    if ([...this.passphrase.value].length < 8) {
      replace(this.error, MESSAGES.short);
      this.passphrase.setAttribute('aria-invalid', 'true');
      this.passphrase.focus();
      return;
    }
    replace(this.error);
    this.passphrase.removeAttribute('aria-invalid');
    const label = link.textContent;
    link.textContent = MESSAGES.busy;
    link.setAttribute('aria-disabled', 'true');
    try {
      const { blob, name } = await download('/api/export', { format, passphrase: this.passphrase.value });
      save(blob, name);
      toast(`Saved ${name}, encrypted. Import it here with the same passphrase.`);
    } catch (error) {
      replace(this.error, `The export failed: ${error.message}`);
    } finally {
      link.textContent = label;
      link.removeAttribute('aria-disabled');
    }
  }
}

export async function exportPart() {
  return new ExportPart().el;
}
