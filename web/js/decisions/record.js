// The decision's record card: the choice actually made with the gut feeling, reasons, expectation and
// when to look back; shown as a summary once recorded, with "edit" and "reopen".
import { post, put } from '../shared/api.js';
import { addMonths, dateElement, formatDate, formatDateTime, h, replace } from '../shared/dom.js';

const REVIEW_CHOICES = [
  { key: '3', label: 'In 3 months', months: 3 },
  { key: '6', label: 'In 6 months', months: 6 },
  { key: '12', label: 'In 12 months', months: 12 },
  { key: 'date', label: 'On a date I choose' },
  { key: 'none', label: 'No review date' },
];

// "When to look back": a few choices and a date; date() gives the review date ("" for none).
function reviewWhen(existing, today) {
  const dateInput = h('input', { type: 'date', id: 'dec-review-date', 'data-field': 'review_date', 'aria-label': 'Review date' });
  const preview = h('span', { class: 'small muted', 'aria-live': 'polite' });
  let choice = existing ? (existing.review_date ? 'date' : 'none') : '6';
  if (existing?.review_date) dateInput.value = existing.review_date;
  const date = () => {
    const c = REVIEW_CHOICES.find((r) => r.key === choice);
    if (c?.months) return addMonths(today, c.months);
    return choice === 'date' ? dateInput.value : '';
  };
  const sync = () => {
    dateInput.disabled = choice !== 'date';
    preview.textContent = date() ? `Home will remind you on ${formatDate(date())}.` : 'No reminder.';
  };
  dateInput.addEventListener('input', sync);
  const radios = h('div', { class: 'dec-review-choices', role: 'radiogroup', 'aria-labelledby': 'dec-review-when' },
    REVIEW_CHOICES.map((r) => {
      const radio = h('input', { type: 'radio', name: 'review-when', id: `dec-review-${r.key}`, value: r.key });
      radio.checked = r.key === choice;
      radio.addEventListener('change', () => { choice = r.key; sync(); if (r.key === 'date') dateInput.focus(); });
      return h('span', { class: 'dec-review-choice' }, radio, h('label', { for: radio.id, text: r.label }));
    }), dateInput);
  sync();
  return {
    el: h('div', { class: 'field' }, h('span', { class: 'label', id: 'dec-review-when', text: 'When to look back' }), radios, preview),
    date, dateInput, needsDate: () => choice === 'date' && !dateInput.value,
  };
}

function area(id, label, hint, value) {
  const control = h('textarea', { id, rows: 3, maxlength: 4000 });
  control.value = value ?? '';
  return { control, el: h('div', { class: 'field' }, h('label', { for: id, text: label }), h('p', { class: 'hint', text: hint }), control) };
}

function submitRecord(page, f, existing, error, submit) {
  error.textContent = '';
  f.choice.removeAttribute('aria-invalid');
  if (page.editor.isDirty()) { error.textContent = 'Save the matrix first, so the record keeps the matrix you decided on.'; return; }
  if (f.choice.value === '') { error.textContent = 'Choose the option you went for.'; f.choice.setAttribute('aria-invalid', 'true'); f.choice.focus(); return; }
  if (f.when.needsDate()) { error.textContent = 'Pick the review date, or choose "No review date".'; f.when.dateInput.focus(); return; }
  page.sendPart(() => put(`/api/decisions/${page.id}/record`, {
    chosen_option: Number(f.choice.value), gut_feeling: f.gut.control.value, rationale: f.rationale.control.value,
    expected_outcome: f.expected.control.value, review_date: f.when.date(), version: page.editor.baseVersion,
  }), { message: existing ? 'Record saved' : 'Decision recorded', area: page.areas.record, error, button: submit });
}

function recordForm(page, existing) {
  const { server, analysis } = page;
  const choice = h('select', { id: 'dec-chosen', 'data-field': 'chosen_option', required: true },
    h('option', { value: '', text: 'Choose…' }),
    server.options.map((o, i) => h('option', { value: String(i), text: i === analysis?.winner ? `${o.name} (the matrix winner)` : o.name })));
  choice.value = existing ? String(existing.chosen_option) : '';
  const f = {
    choice,
    gut: area('dec-gut', 'My gut feeling before the numbers', 'Which way did you lean before you scored anything? Honest is more useful than tidy.', existing?.gut_feeling),
    rationale: area('dec-rationale', 'Why I chose it', 'Especially if you chose differently from the matrix: what did it not capture?', existing?.rationale),
    expected: area('dec-expected', 'What I expect to happen', 'Something you can check later: "in six months I travel at most two nights a month".', existing?.expected_outcome),
    when: reviewWhen(existing, server.today),
  };
  const error = h('p', { class: 'field-error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'primary', text: existing ? 'Save the record' : 'Record my decision' });
  const form = h('form', { class: 'dec-record-form', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'dec-chosen', text: 'What I chose' }),
      h('p', { class: 'hint', text: 'The choice you actually made. It may differ from the matrix winner: the matrix is a thinking aid, not a verdict.' }), choice),
    f.gut.el, f.rationale.el, f.expected.el, f.when.el,
    error,
    h('div', { class: 'actions' }, submit,
      existing ? h('button', { type: 'button', text: 'Cancel', onclick: () => { page.editingRecord = false; renderRecord(page); } }) : null));
  form.addEventListener('submit', (event) => { event.preventDefault(); submitRecord(page, f, existing, error, submit); });
  return form;
}

function reopen(page) {
  if (!window.confirm('Reopen this decision? The recorded choice and any review are removed so the matrix can change again.')) return;
  page.sendPart(() => post(`/api/decisions/${page.id}/reopen`, { version: page.editor.baseVersion }), { message: 'Decision reopened' });
}

function recordView(page, r) {
  const winner = page.analysis?.winner;
  return h('div', { class: 'dec-record' },
    h('dl', { class: 'dec-dl' },
      h('dt', { text: 'What I chose' }), h('dd', {}, h('strong', { text: r.chosen_option_name })),
      winner !== null && winner !== undefined && winner !== r.chosen_option
        ? [h('dt', { text: 'The matrix favoured' }), h('dd', { text: `${page.server.options[winner].name}. Choosing differently is allowed; the reasons below say why.` })] : null,
      r.gut_feeling ? [h('dt', { text: 'Gut feeling before the numbers' }), h('dd', { class: 'dec-text', text: r.gut_feeling })] : null,
      r.rationale ? [h('dt', { text: 'Why' }), h('dd', { class: 'dec-text', text: r.rationale })] : null,
      r.expected_outcome ? [h('dt', { text: 'What I expected' }), h('dd', { class: 'dec-text', text: r.expected_outcome })] : null,
      h('dt', { text: 'Decided' }), h('dd', { text: formatDateTime(r.decided_at) }),
      h('dt', { text: 'Review' }), h('dd', {}, r.review_date ? dateElement(r.review_date) : 'No review date')),
    h('div', { class: 'actions' },
      h('button', { type: 'button', text: 'Edit the record', onclick: () => { page.editingRecord = true; renderRecord(page); page.areas.record.querySelector('select')?.focus(); } }),
      h('button', { type: 'button', text: 'Reopen the decision', onclick: () => reopen(page) })));
}

export function renderRecord(page) {
  const { record } = page.server;
  replace(page.areas.record, h('section', { class: 'card', 'aria-labelledby': 'dec-record-title' },
    h('h2', { id: 'dec-record-title', tabindex: '-1', text: record ? 'My decision' : 'Record my decision' }),
    !record ? h('p', { class: 'muted', text: 'When you have made the choice, write it down with your reasons, and pick a date to look back. The matrix is kept as it is now.' }) : null,
    record && !page.editingRecord ? recordView(page, record) : recordForm(page, record)));
}
