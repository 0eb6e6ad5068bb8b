// The confirmation before the Data page replaces the workbook (a restore or an import): a modal dialog
// saying what will happen and that the workbook as it is now is backed up first. Escape or Cancel leaves
// everything as it is.
import { h } from '../shared/dom.js';

export class ConfirmDialog {
  constructor(id) {
    this.title = h('h2', { id: `${id}-title` });
    this.text = h('p', { id: `${id}-text` });
    this.detail = h('p', { class: 'data-dialog__holds' });
    this.confirm = h('button', { value: 'confirm', class: 'primary' });
    this.cancel = h('button', { value: 'cancel', text: 'Cancel' });
    this.el = h('dialog', { class: 'data-dialog', 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-text` },
      h('form', { method: 'dialog' }, this.title, this.text, this.detail, h('div', { class: 'actions' }, this.confirm, this.cancel)));
  }

  // Resolves to true when the person presses `confirm` (the button's words) after reading `title`, `text`
  // and `detail`, false when they cancel. Cancel has the focus, so Enter alone changes nothing.
  ask({ title, text, detail, confirm }) {
    this.title.textContent = title;
    this.text.textContent = text;
    this.detail.textContent = detail;
    this.confirm.textContent = confirm;
    this.el.returnValue = '';
    return new Promise((resolve) => {
      this.el.addEventListener('close', () => resolve(this.el.returnValue === 'confirm'), { once: true });
      this.el.showModal();
      this.cancel.focus();
    });
  }
}
