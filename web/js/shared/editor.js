// The editor helper every editing page uses: the saved copy and its base version, the draft kept in this
// browser until the server confirms a save, the save state beside the Save button, edit conflicts with
// another tab, and Ctrl+S.
import { ApiError } from './api.js';
import { formatDateTime, h, replace, toast } from './dom.js';

// A draft slot named `key` in localStorage. load() gives {data, baseVersion, savedAt} or null.
export function draftStore(key) {
  const storageKey = `truenorth.draft.${key}`;
  return {
    load() {
      try {
        return JSON.parse(localStorage.getItem(storageKey));
      } catch {
        return null;
      }
    },
    save(data, baseVersion) {
      try {
        localStorage.setItem(storageKey, JSON.stringify({ data, baseVersion, savedAt: new Date().toISOString() }));
      } catch {
        // Storage full or disabled: the form still holds the text; the unsaved-changes guard still warns.
      }
    },
    clear() {
      localStorage.removeItem(storageKey);
    },
  };
}

// Explains why a save failed. A stale version (409 carrying the record as it is now) opens the conflict
// notice; invalid input marks its field when showFieldError(field, message) can (returns true); anything
// else is shown as the message. The page keeps the user's text in every case.
export function explainSaveError(error, { showConflict, showFieldError, showState }) {
  if (error instanceof ApiError && error.status === 409 && error.field === 'version' && error.body?.current) {
    showConflict(error.body.current);
    showState('error', 'Not saved: changed elsewhere');
  } else if (error instanceof ApiError && error.field && showFieldError(error.field, error.message)) {
    showState('error', 'Not saved: please fix the highlighted field');
  } else {
    showState('error', `Not saved: ${error.message}`);
  }
}

// Makes Ctrl+S (Cmd+S on a Mac) call save() anywhere on the page; returns the function that removes it.
export function onSaveShortcut(save) {
  const onKeydown = (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      save();
    }
  };
  document.addEventListener('keydown', onKeydown);
  return () => document.removeEventListener('keydown', onKeydown);
}

// What the editor says; a page overrides the lines that name its record.
const MESSAGES = Object.freeze({
  dirty: 'Unsaved changes',
  nothingSaved: 'Nothing saved yet',
  saving: 'Saving…',
  saved: 'Saved',
  invalid: 'Not saved: please fix the highlighted field',
  conflict: 'This was changed in another tab or window after you started editing here.',
  conflictHint: 'Your text is still in the form below. Choose which version to keep.',
  restored: 'Restored changes you had not saved yet',
  saveDraft: 'Save them now',
  discardDraft: 'Discard them',
  discardConfirm: '',
});

// One record's editor. Options:
//   record      the record as the server sent it (null for a new one); toValues(record) gives the form's values
//   blank       the values of a new record
//   read()      the values in the form now; fill(values) puts values into the form
//   same(a, b)  whether two values are equal (default: same JSON)
//   send(values, baseVersion)  saves; resolves to the server's record
//   draftKey    the draft's localStorage slot, or null for none; fromDraft(data) checks a draft (null: unusable)
//   errors      {clear(), show(field, message) -> shown?} for field errors (shared/fields.js fieldErrors)
//   validate(values)  {field, message} when the values cannot be sent
//   readOnly()  true while the record cannot be edited
//   onAdopt(record), onSaved(record, previousValues), onError(error) -> handled?, conflictDetail(current) -> node
//   savedText(record)  the state once saved (default "Saved · <time>"); messages: overrides of MESSAGES
export class Editor {
  constructor(options) {
    this.options = options;
    this.messages = { ...MESSAGES, ...options.messages };
    this.same = options.same ?? ((a, b) => JSON.stringify(a) === JSON.stringify(b));
    this.drafts = options.draftKey ? draftStore(options.draftKey) : null;
    this.record = null;
    this.saved = options.blank;
    this.baseVersion = 0;
    this.saving = false;
    this.stateEl = h('span', { class: 'save-state', role: 'status', 'aria-live': 'polite' });
    this.saveButton = options.saveButton ?? null;
    this.noticeArea = h('div');
    if (options.record) this.adopt(options.record, { quiet: true });
  }

  // Unsaved changes in the form?
  isDirty() {
    return !this.options.readOnly?.() && !this.same(this.options.read(), this.saved);
  }

  showState(state, text) {
    this.stateEl.dataset.state = state;
    this.stateEl.textContent = text;
  }

  // Shows whether the form is saved, changed or new (not while a save is under way).
  refreshState() {
    if (this.saving) return;
    if (this.isDirty()) this.showState('dirty', this.messages.dirty);
    else if (!this.record || this.record.version === 0) this.showState('idle', this.messages.nothingSaved);
    else this.showState('saved', this.options.savedText?.(this.record) ?? (this.record.updated_at ? `Saved · ${formatDateTime(this.record.updated_at)}` : 'Saved'));
  }

  // After any input: keeps the draft while the form differs from the saved copy, and says so.
  changed() {
    if (this.drafts) {
      if (this.isDirty()) this.drafts.save(this.options.read(), this.baseVersion);
      else this.drafts.clear();
    }
    this.refreshState();
  }

  // The server's record becomes the saved copy and the version the next save starts from.
  adopt(record, { quiet = false } = {}) {
    this.record = record;
    this.saved = this.options.toValues(record);
    this.baseVersion = record.version;
    if (!quiet) this.options.onAdopt?.(record);
  }

  // The form as it is counts as saved and the draft goes (e.g. before leaving a deleted or new record).
  forget() {
    this.drafts?.clear();
    this.saved = this.options.read();
  }

  // Saves the form: validates, sends with the base version, adopts the reply; explains a failure.
  async save() {
    if (this.saving || this.options.readOnly?.()) return;
    const { errors } = this.options;
    errors?.clear();
    const values = this.options.read();
    const problem = this.options.validate?.(values);
    if (problem) {
      errors?.show(problem.field, problem.message);
      this.showState('error', this.messages.invalid);
      return;
    }
    this.setSaving(true);
    let result;
    try {
      result = await this.options.send(values, this.baseVersion);
    } catch (error) {
      this.setSaving(false);
      this.explain(error);
      return;
    }
    this.setSaving(false);
    const before = this.saved;
    this.adopt(result);
    if (this.drafts && this.same(this.options.read(), this.saved)) this.drafts.clear();
    replace(this.noticeArea);
    toast(this.messages.saved);
    this.refreshState();
    await this.options.onSaved?.(result, before);
  }

  setSaving(saving) {
    this.saving = saving;
    if (this.saveButton) this.saveButton.disabled = saving;
    if (saving) this.showState('saving', this.messages.saving);
  }

  explain(error) {
    if (this.options.onError?.(error)) return;
    explainSaveError(error, {
      showConflict: (current) => this.showConflict(current),
      showFieldError: (field, message) => this.options.errors?.show(field, message) ?? false,
      showState: (state, text) => this.showState(state, text),
    });
  }

  // The record was saved elsewhere since it was loaded here: keep mine (save over it) or take theirs.
  showConflict(current) {
    replace(this.noticeArea, h('div', { class: 'notice warning', role: 'alert' },
      h('p', {}, h('strong', { text: this.messages.conflict })),
      this.messages.conflictHint ? h('p', { text: this.messages.conflictHint }) : null,
      this.options.conflictDetail?.(current) ?? null,
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', text: 'Keep mine and save', onclick: () => this.keepMine(current) }),
        h('button', { type: 'button', text: 'Use the other version', onclick: () => this.takeTheirs(current) }))));
  }

  keepMine(current) {
    this.baseVersion = current.version;
    replace(this.noticeArea);
    this.save();
  }

  takeTheirs(current) {
    this.adopt(current);
    this.options.fill(this.saved);
    this.drafts?.clear();
    replace(this.noticeArea);
    this.refreshState();
  }

  // At the start: puts a draft left from an earlier visit back into the form and offers to save or
  // discard it; a draft equal to the saved copy (or unusable) is dropped. Returns whether one was restored.
  restoreDraft() {
    const draft = this.drafts?.load();
    if (!draft) return false;
    const data = draft.data && !this.options.readOnly?.() ? (this.options.fromDraft ? this.options.fromDraft(draft.data) : draft.data) : null;
    if (!data || this.same(data, this.saved)) {
      this.drafts.clear();
      return false;
    }
    this.options.fill(data);
    if (typeof draft.baseVersion === 'number') this.baseVersion = draft.baseVersion;
    replace(this.noticeArea, h('div', { class: 'notice', role: 'status' },
      h('p', { text: `${this.messages.restored} (from ${formatDateTime(draft.savedAt)}).` }),
      h('div', { class: 'actions' },
        this.messages.saveDraft ? h('button', { type: 'button', class: 'primary', text: this.messages.saveDraft, onclick: () => this.save() }) : null,
        h('button', { type: 'button', text: this.messages.discardDraft, onclick: () => this.discardDraft() }))));
    this.refreshState();
    return true;
  }

  discardDraft() {
    if (this.messages.discardConfirm && !window.confirm(this.messages.discardConfirm)) return;
    this.drafts.clear();
    this.options.fill(this.saved);
    this.baseVersion = this.record?.version ?? 0;
    replace(this.noticeArea);
    this.refreshState();
  }
}
