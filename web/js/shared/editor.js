// The editor helper every editing page uses: the saved copy and its base version, the draft kept in this
// browser until the server confirms a save, the save state beside the Save button, edit conflicts with
// another tab merged field by field (shared/merge.js), and Ctrl+S.
import { ApiError } from './api.js';
import { formatDateTime, h, replace, toast } from './dom.js';
import { conflictNotice, mergeThreeWay, partValue, partsOf, sameValue, withPart } from './merge.js';

// A draft slot named `key` in localStorage. load() gives {data, baseVersion, base, savedAt} or null:
// `base` is the copy the draft started from (version baseVersion), for merging with a newer save.
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
    save(data, baseVersion, base) {
      try {
        localStorage.setItem(storageKey, JSON.stringify({ data, baseVersion, base, savedAt: new Date().toISOString() }));
      } catch {
        // Storage full or disabled: the form still holds the text; the unsaved-changes guard still warns.
      }
    },
    clear() {
      localStorage.removeItem(storageKey);
    },
  };
}

const NOT_SAVED_CONFLICT = 'Not saved: changed elsewhere';

// Explains why a save failed. A stale version (409 carrying the record as it is now) opens the conflict
// notice; invalid input marks its field when showFieldError(field, message) can (returns true); anything
// else is shown as the message. The page keeps the user's text in every case.
export function explainSaveError(error, { showConflict, showFieldError, showState }) {
  if (error instanceof ApiError && error.status === 409 && error.field === 'version' && error.body?.current) {
    showState('error', NOT_SAVED_CONFLICT);
    showConflict(error.body.current);
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
  conflictHint: 'You both changed what is below: choose which to keep for each. Your other changes stay in the form.',
  merged: 'Changes saved there that do not touch yours are now in the form',
  mergedSaved: 'Saved together with the changes made in another tab or window',
  mine: 'Keep mine (this page)',
  theirs: 'Use theirs (saved elsewhere)',
  restored: 'Restored changes you had not saved yet',
  saveDraft: 'Save them now',
  discardDraft: 'Discard them',
  discardConfirm: '',
});

// One record's editor. Options:
//   record      the record as the server sent it (null for a new one); toValues(record) gives the form's values
//   blank       the values of a new record
//   read()      the values in the form now; fill(values) puts values into the form
//   same(a, b)  whether two values are equal (default: sameValue, the same JSON in any key order)
//   send(values, baseVersion)  saves; resolves to the server's record
//   draftKey    the draft's localStorage slot, or null for none; fromDraft(data) checks a draft (null: unusable)
//   errors      {clear(), show(field, message) -> shown?} for field errors (shared/fields.js fieldErrors)
//   validate(values)  {field, message} when the values cannot be sent
//   readOnly()  true while the record cannot be edited
//   onAdopt(record), onSaved(record, previousValues), onError(error) -> handled?
//   parts       how a conflict is merged: [{key or keys, label, show?(value)}] (shared/merge.js), or a
//               function ({base, mine, theirs}) giving them; default one part per top-level field
//   savedText(record)  the state once saved (default "Saved · <time>"); messages: overrides of MESSAGES
export class Editor {
  constructor(options) {
    this.options = options;
    this.messages = { ...MESSAGES, ...options.messages };
    this.same = options.same ?? sameValue;
    this.drafts = options.draftKey ? draftStore(options.draftKey) : null;
    this.record = null;
    this.saved = options.blank;
    this.base = options.blank ?? null;  // the values at baseVersion, for a three-way merge
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
      if (this.isDirty()) this.drafts.save(this.options.read(), this.baseVersion, this.base);
      else this.drafts.clear();
    }
    this.refreshState();
  }

  // The server's record becomes the saved copy and the version the next save starts from.
  adopt(record, { quiet = false } = {}) {
    this.record = record;
    this.saved = this.options.toValues(record);
    this.base = this.saved;
    this.baseVersion = record.version;
    if (!quiet) this.options.onAdopt?.(record);
  }

  // The form as it is counts as saved and the draft goes (e.g. before leaving a deleted or new record).
  forget() {
    this.drafts?.clear();
    this.saved = this.options.read();
  }

  // Saves the form: validates, sends with the base version, adopts the reply; explains a failure.
  // Resolves to whether it was saved.
  async save() {
    if (this.saving || this.options.readOnly?.()) return false;
    const { errors } = this.options;
    errors?.clear();
    const values = this.options.read();
    const problem = this.options.validate?.(values);
    if (problem) {
      errors?.show(problem.field, problem.message);
      this.showState('error', this.messages.invalid);
      return false;
    }
    this.setSaving(true);
    let result;
    try {
      result = await this.options.send(values, this.baseVersion);
    } catch (error) {
      this.setSaving(false);
      this.explain(error);
      return false;
    }
    this.setSaving(false);
    const before = this.saved;
    this.adopt(result);
    if (this.drafts && this.same(this.options.read(), this.saved)) this.drafts.clear();
    replace(this.noticeArea);
    toast(this.messages.saved);
    this.refreshState();
    await this.options.onSaved?.(result, before);
    return true;
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

  // The record was saved elsewhere (as `current`) since the base copy: merged part by part. What only
  // one side changed merges by itself, and is saved at once when nothing else differs; the parts both
  // changed are shown side by side, each with its own choice, until saved or the other version is taken.
  showConflict(current) {
    const mine = this.options.read();
    const theirs = this.options.toValues(current);
    const { parts = partsOf(this.base, mine, theirs) } = this.options;
    const { merged, taken, conflicts } = mergeThreeWay({
      base: this.base, mine, theirs, parts: typeof parts === 'function' ? parts({ base: this.base, mine, theirs }) : parts,
    });
    this.adopt(current);
    this.options.fill(merged);
    if (this.options.readOnly?.()) {  // e.g. a decision recorded elsewhere: nothing here can be saved now
      this.drafts?.clear();
      this.refreshState();
      return;
    }
    if (this.drafts && this.isDirty()) this.drafts.save(merged, this.baseVersion, this.base);
    if (conflicts.length === 0) {
      this.saveMerged(taken);
      return;
    }
    this.showState('error', NOT_SAVED_CONFLICT);
    this.showChoices(conflicts, taken, theirs);
  }

  // Saves the merge (nothing to send when the other save already holds all my changes); then says
  // which of the other side's changes it kept.
  async saveMerged(taken) {
    if (!this.isDirty()) {
      replace(this.noticeArea);
      this.drafts?.clear();
      this.refreshState();
      return;
    }
    if (!(await this.save()) || taken.length === 0) return;
    replace(this.noticeArea, h('div', { class: 'notice', role: 'status' },
      h('p', { text: `${this.messages.mergedSaved}: ${taken.map((part) => part.label).join(', ')}.` })));
  }

  // The notice of a conflict: the parts both sides changed, side by side, each with its choice.
  showChoices(conflicts, taken, theirs) {
    replace(this.noticeArea, conflictNotice({
      conflicts, taken, mine: this.options.read(), theirs, messages: this.messages,
      onSave: (chosen) => this.saveChoices(chosen, theirs), onTakeTheirs: () => this.takeTheirs(),
    }));
  }

  // Saves the form with the parts in `chosen` set to theirs.
  saveChoices(chosen, theirs) {
    let values = this.options.read();
    for (const part of chosen) values = withPart(values, part, partValue(theirs, part));
    this.options.fill(values);
    replace(this.noticeArea);
    this.save();
  }

  // Drops my changes: the form shows the version saved elsewhere (adopted when the conflict came).
  takeTheirs() {
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
    if (typeof draft.baseVersion === 'number' && draft.baseVersion !== this.baseVersion) {
      this.baseVersion = draft.baseVersion;
      this.base = draft.base ?? null;  // unknown for a draft kept before base copies were: all differences ask
    }
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
    this.base = this.saved;
    replace(this.noticeArea);
    this.refreshState();
  }
}
