// A check-in (/people/check-ins/new?partner=ID, /people/check-ins/:id): the editor for its agenda, notes and
// commitments, the open commitments carried onto its agenda with their counts, and for a new one the
// facts to prepare it from.
import { ApiError, del, get, post, put } from '../shared/api.js';
import { h, navigate, replace, toast } from '../shared/dom.js';
import { Editor, onSaveShortcut } from '../shared/editor.js';
import { fieldErrors } from '../shared/fields.js';
import { bindEditor, emptyCard, peopleHeader } from './common.js';
import { checkInFields } from './check-in-form.js';
import { commitmentList } from './commitments.js';
import { factsPanel } from './facts-panel.js';

const toValues = (c) => ({
  partner_id: c.partner_id, held_on: c.held_on, agenda: c.agenda, notes: c.notes,
  commitments: c.commitments.map((m) => ({ id: m.id, text: m.text, owner: m.owner, due_on: m.due_on })),
});

class CheckInPage {
  constructor(partners, checkIn, preparation, partnerId) {
    this.partners = partners.items;
    this.checkIn = checkIn;
    this.preparation = preparation;
    this.carriedArea = h('div', { class: 'people-carried-area' });
    this.factsArea = h('div');
    this.madeArea = h('div');
    this.general = h('div');
    this.saveButton = h('button', { type: 'submit', class: 'primary', text: checkIn ? 'Save changes' : 'Save check-in' });
    this.form = checkInFields(this.partners, () => this.editor.changed());
    const blank = { partner_id: partnerId ?? this.partners[0].id, held_on: partners.today, agenda: '', notes: '', commitments: [] };
    this.editor = new Editor({
      record: checkIn, blank, toValues, read: () => this.form.read(), fill: (v) => this.form.fill(v),
      draftKey: checkIn ? `people.check-in.${checkIn.id}` : `people.check-in.new.${blank.partner_id}`,
      send: (values, version) => (checkIn ? put(`/api/people/check-ins/${checkIn.id}`, { ...values, version }) : post('/api/people/check-ins', values)),
      saveButton: this.saveButton, errors: fieldErrors(() => this.form.errorFields(), this.general),
      validate: (v) => (v.held_on ? null : { field: 'held_on', message: 'held_on is required: pick the day you met' }),
      onSaved: (saved) => this.saved(saved),
      messages: { saved: 'Check-in saved', conflict: 'This check-in was changed in another tab or window.', dirty: 'Unsaved changes (a draft is kept in this browser)' },
    });
  }

  async saved(saved) {
    if (!this.checkIn) {
      this.editor.forget();
      navigate(`/people/check-ins/${saved.id}`);
      return;
    }
    this.checkIn = saved;
    // New commitments got their ids: the form takes them, so the next save keeps them and their state.
    this.form.fill(this.editor.saved);
    this.editor.changed();
    this.renderCarried();
    this.renderMade();
  }

  async reloadRecord() {
    try {
      this.checkIn = await get(`/api/people/check-ins/${this.checkIn.id}`);
      this.editor.adopt(this.checkIn);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    }
    this.renderCarried();
    this.renderMade();
  }

  async reloadPreparation() {
    const partnerId = Number(this.form.partner.value);
    try {
      this.preparation = await get(`/api/people/partners/${partnerId}/preparation`);
    } catch (error) {
      toast(`Could not prepare: ${error.message}`);
      return;
    }
    this.renderCarried();
    replace(this.factsArea, factsPanel(this.preparation, (line, button) => this.addToAgenda(line, button)));
  }

  addToAgenda(line, button) {
    const agenda = this.form.agenda;
    agenda.value = `${agenda.value.trimEnd()}${agenda.value.trim() ? '\n' : ''}- ${line}`;
    agenda.updateCounter();
    this.editor.changed();
    button.disabled = true;
    button.textContent = 'On the agenda';
  }

  // Open commitments from earlier check-ins: counted as of this one (saved), or as it will count (new).
  renderCarried() {
    const items = this.checkIn
      ? this.checkIn.carried
      : (this.preparation?.carried ?? []).map((m) => ({ ...m, carried_label: m.carried_label_next }));
    const onChanged = () => (this.checkIn ? this.reloadRecord() : this.reloadPreparation());
    replace(this.carriedArea, h('h2', { id: 'carried-title', text: 'Carried over' }),
      h('p', { class: 'small muted', text: this.checkIn
        ? 'Open commitments from earlier check-ins with this partner that were on this agenda.'
        : 'Open commitments from earlier check-ins: they are on this agenda by themselves.' }),
      commitmentList(items, { onChanged, label: 'Carried over', empty: 'Nothing carried over: every earlier commitment is closed.' }));
  }

  renderMade() {
    if (!this.checkIn) return;
    replace(this.madeArea, h('h2', { id: 'made-title', text: 'Where the commitments stand' }),
      commitmentList(this.checkIn.commitments, { onChanged: () => this.reloadRecord(), label: 'Commitments made here', empty: 'No commitments were made in this check-in.' }));
  }

  async remove() {
    if (!window.confirm('Delete this check-in and the commitments made in it? This cannot be undone.')) return;
    try {
      await del(`/api/people/check-ins/${this.checkIn.id}`);
      this.editor.forget();
      toast('Check-in deleted');
      navigate(`/people/partners/${this.checkIn.partner_id}`);
    } catch (error) {
      toast(`Not deleted: ${error.message}`);
    }
  }

  formElement() {
    const form = h('form', { class: 'card people-check-in-form', novalidate: true, 'aria-label': 'Check-in' },
      this.editor.noticeArea, this.form.el(), this.general,
      h('div', { class: 'save-bar' }, this.saveButton, this.editor.stateEl,
        h('span', { class: 'shortcut muted small' }, h('kbd', { text: 'Ctrl' }), ' + ', h('kbd', { text: 'S' }), ' saves')));
    form.addEventListener('change', (event) => {
      if (event.target === this.form.partner && !this.checkIn) this.reloadPreparation();
    });
    bindEditor(form, this.editor, (v) => this.form.fill(v));
    return form;
  }

  deleteRow() {
    if (!this.checkIn) return null;
    return h('p', { class: 'people-delete' }, h('button', { type: 'button', class: 'link danger', text: 'Delete this check-in', onclick: () => this.remove() }));
  }
}

function noPartners(main) {
  main.append(...peopleHeader('check-ins', { title: 'New check-in' }),
    emptyCard('Add a partner first', 'A check-in is a conversation with a mentor, coach or accountability partner. Add the person, then log what you discussed.',
      h('a', { class: 'button primary', href: '/people', 'data-link': true, text: 'Add a partner' }), 2));
  return { title: 'New check-in' };
}

export async function render(main, { data }) {
  const [partners, checkIn, preparation] = await Promise.all([data.partners, data.checkIn, data.preparation]);
  if (!partners.items.length) return noPartners(main);
  const partnerId = checkIn?.partner_id ?? preparation?.partner.id ?? null;
  const page = new CheckInPage(partners, checkIn, preparation, partnerId);
  const title = checkIn ? `Check-in with ${checkIn.partner_name}` : 'New check-in';
  main.append(
    ...peopleHeader('check-ins', { title, intro: '', kicker: h('a', { href: partnerId ? `/people/partners/${partnerId}` : '/people', 'data-link': true, text: checkIn?.partner_name ?? 'People & learning' }) }),
    h('div', { class: 'people-layout' },
      h('div', {}, page.formElement(), checkIn ? h('section', { class: 'card', 'aria-labelledby': 'made-title' }, page.madeArea) : null, page.deleteRow()),
      h('aside', { class: 'people-aside', 'aria-label': 'Carried over and facts' },
        h('section', { class: 'card', 'aria-labelledby': 'carried-title' }, page.carriedArea), page.factsArea)));
  page.renderCarried();
  page.renderMade();
  if (!checkIn) {
    if (preparation) replace(page.factsArea, factsPanel(preparation, (line, button) => page.addToAgenda(line, button)));
    else page.reloadPreparation();
  }
  return { title, isDirty: () => page.editor.isDirty(), dispose: onSaveShortcut(() => page.editor.save()) };
}
