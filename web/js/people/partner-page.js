// One accountability partner (/people/partners/:id): when the next check-in is due, their open
// commitments, every check-in with them, and the editor for the partner's details.
import { del, get, put } from '../shared/api.js';
import { dateElement, h, navigate, replace, toast } from '../shared/dom.js';
import { Editor } from '../shared/editor.js';
import { fieldErrors } from '../shared/fields.js';
import { ROLE_LABELS, bindEditor, editDetails, emptyCard, nextCheckInLine, peopleHeader } from './common.js';
import { commitmentList } from './commitments.js';
import { BLANK_PARTNER, partnerFields, partnerValues } from './partner-form.js';

class PartnerPage {
  constructor(partner) {
    this.partner = partner;
    this.summaryArea = h('div');
    this.openArea = h('div');
    this.saveButton = h('button', { type: 'submit', class: 'primary', text: 'Save changes' });
    this.fields = partnerFields(`partner-${partner.id}`);
    this.general = h('div');
    this.editor = new Editor({
      record: partner, blank: { ...BLANK_PARTNER }, toValues: partnerValues, read: () => this.fields.read(), fill: (v) => this.fields.fill(v),
      draftKey: `people.partner.${partner.id}`,
      send: (values, version) => put(`/api/people/partners/${partner.id}`, { ...values, version }),
      saveButton: this.saveButton, errors: fieldErrors(this.fields.fields, this.general),
      onSaved: (saved) => { this.partner = { ...this.partner, ...saved }; this.renderSummary(); },
      messages: { saved: 'Partner saved', conflict: 'This partner was changed in another tab or window.' },
    });
  }

  async reload() {
    this.partner = await get(`/api/people/partners/${this.partner.id}`);
    this.renderSummary();
    this.renderOpen();
  }

  renderSummary() {
    const p = this.partner;
    replace(this.summaryArea,
      h('p', { class: 'people-partner__lead' }, h('span', { class: 'badge', text: ROLE_LABELS[p.role] ?? p.role }), ` ${p.cadence_label}`),
      h('p', {}, nextCheckInLine(p)),
      p.how_they_help ? h('p', { class: 'people-partner__help', text: p.how_they_help }) : null);
  }

  renderOpen() {
    replace(this.openArea, commitmentList(this.partner.open, {
      onChanged: () => this.reload(), label: `Open commitments with ${this.partner.name}`,
      empty: 'Nothing open with this partner.',
    }));
  }

  history() {
    const items = this.partner.check_ins;
    if (!items.length) {
      return emptyCard('No check-ins yet', 'Log your first conversation: the agenda, your notes and what you each committed to.',
        h('a', { class: 'button primary', href: `/people/check-ins/new?partner=${this.partner.id}`, 'data-link': true, text: 'Log the first check-in' }));
    }
    return h('ul', { class: 'people-check-in-list', 'aria-label': `Check-ins with ${this.partner.name}` }, items.map((c) => h('li', {},
      h('a', { href: `/people/check-ins/${c.id}`, 'data-link': true }, dateElement(c.held_on)),
      c.commitment_count ? h('span', { class: 'small muted', text: ` · ${c.commitment_count} ${c.commitment_count === 1 ? 'commitment' : 'commitments'}` }) : null,
      c.excerpt ? h('p', { class: 'small muted', text: c.excerpt }) : null)));
  }

  async remove() {
    const p = this.partner;
    const count = p.check_in_count;
    if (!window.confirm(`Delete ${p.name}${count ? ` and the ${count} ${count === 1 ? 'check-in' : 'check-ins'} with them` : ''}? This cannot be undone.\n\nTasks and milestones made from their commitments stay.`)) return;
    try {
      await del(`/api/people/partners/${p.id}`);
      this.editor.forget();
      toast(`Deleted ${p.name}`);
      navigate('/people');
    } catch (error) {
      toast(`Not deleted: ${error.message}`);
    }
  }

  editForm() {
    const form = h('form', { class: 'people-partner-form', novalidate: true, 'aria-label': 'Edit the partner' },
      this.editor.noticeArea, this.fields.el, this.general,
      h('div', { class: 'save-bar' }, this.saveButton, this.editor.stateEl));
    const open = bindEditor(form, this.editor, (v) => this.fields.fill(v));
    return editDetails('Edit details', form, { open, deleteText: 'Delete this partner', onDelete: () => this.remove() });
  }
}

export async function render(main, { data }) {
  const page = new PartnerPage(await data.partner);
  const p = page.partner;
  main.append(
    ...peopleHeader('check-ins', { title: p.name, intro: '', kicker: h('a', { href: '/people', 'data-link': true, text: 'People & learning' }) }),
    h('section', { class: 'card people-section', 'aria-label': 'Next check-in' }, page.summaryArea,
      h('a', { class: 'button primary', href: `/people/check-ins/new?partner=${p.id}`, 'data-link': true, text: 'Log a check-in' })),
    h('section', { class: 'card people-section', 'aria-labelledby': 'partner-open-title' },
      h('h2', { id: 'partner-open-title', text: 'Open commitments' }),
      h('p', { class: 'muted small', text: 'These are carried onto your next check-in by themselves.' }), page.openArea),
    h('section', { class: 'people-section', 'aria-labelledby': 'partner-history-title' },
      h('h2', { id: 'partner-history-title', text: 'Check-ins' }), page.history(),
      p.more_check_ins ? h('p', { class: 'small muted', text: 'Showing the latest 50; search finds older notes.' }) : null),
    page.editForm());
  page.renderSummary();
  page.renderOpen();
  return { title: p.name, isDirty: () => page.editor.isDirty() };
}
