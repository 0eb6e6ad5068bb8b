// The confirmation before a restore: a modal dialog naming the backup and what it holds, and saying that
// the workbook as it is now is backed up first. Escape or Cancel leaves everything as it is.
import { h } from '../shared/dom.js';

export class RestoreDialog {
  constructor() {
    this.title = h('h2', { id: 'data-restore-title' });
    this.text = h('p', { id: 'data-restore-text' });
    this.holds = h('p', { class: 'data-dialog__holds' });
    this.cancel = h('button', { value: 'cancel', text: 'Cancel' });
    this.el = h('dialog', { class: 'data-dialog', 'aria-labelledby': 'data-restore-title', 'aria-describedby': 'data-restore-text' },
      h('form', { method: 'dialog' }, this.title, this.text, this.holds,
        h('div', { class: 'actions' }, h('button', { value: 'restore', class: 'primary', text: 'Restore this backup' }), this.cancel)));
  }

  // Resolves to true when the person confirms restoring the backup made at `when` that holds `holds` (a
  // sentence), false when they cancel. Cancel has the focus, so Enter alone changes nothing.
  ask(when, holds) {
    this.title.textContent = `Restore the backup of ${when}?`;
    this.text.textContent = 'Your workbook will be replaced by this backup. What it holds now is backed up first, so you can undo the restore.';
    this.holds.textContent = `The backup holds ${holds}.`;
    this.el.returnValue = '';
    return new Promise((resolve) => {
      this.el.addEventListener('close', () => resolve(this.el.returnValue === 'restore'), { once: true });
      this.el.showModal();
      this.cancel.focus();
    });
  }
}
