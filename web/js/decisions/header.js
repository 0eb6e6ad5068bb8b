// The decision page's header (title, status, print view, exports, delete) and its first card: title, context, deadline.
import { del } from '../shared/api.js';
import { dateElement, h, navigate, replace, toast } from '../shared/dom.js';
import { statusBadge } from './common.js';

async function deleteDecision(page) {
  const { server } = page;
  if (!window.confirm(`Delete "${server.title}" with its matrix, record and review? This cannot be undone. (Export it first if you want to keep a copy.)`)) return;
  try {
    await del(`/api/decisions/${page.id}`);
    page.editor.forget();
    toast('Decision deleted');
    navigate('/decisions');
  } catch (error) {
    toast(`Not deleted: ${error.message}`);
  }
}

export function renderHeader(page) {
  const { server, id } = page;
  replace(page.areas.header,
    h('p', { class: 'dec-breadcrumb small' }, h('a', { href: '/decisions', 'data-link': true, text: 'Decisions' })),
    h('div', { class: 'dec-header__title' }, h('h1', { text: server.title }), statusBadge(server.status, server.review_due)),
    h('p', { class: 'small muted' },
      server.deadline ? ['Decide by ', dateElement(server.deadline), ' · '] : null,
      `${server.options.length} options · ${server.criteria.length} criteria`),
    h('div', { class: 'dec-header__actions' },
      h('a', { class: 'button', href: `/plan/decisions/${id}`, text: 'Print view' }),
      h('a', { class: 'button', href: `/api/decisions/${id}/export.csv`, download: '', text: 'Export CSV' }),
      h('a', { class: 'button', href: `/api/decisions/${id}/export.md`, download: '', text: 'Export Markdown' }),
      h('button', { type: 'button', class: 'danger', text: 'Delete', onclick: () => deleteDecision(page) })));
}

// A labelled text input (or textarea) whose every input calls onInput(value); `dataField` names the API field.
export function textField({ id, label, hint, value, onInput, dataField, multiline, max, type = 'text' }) {
  const control = multiline
    ? h('textarea', { id, rows: 3, maxlength: max, 'data-field': dataField })
    : h('input', { type, id, maxlength: type === 'text' ? max : null, 'data-field': dataField });
  control.value = value ?? '';
  control.addEventListener('input', () => onInput(control.value));
  return h('div', { class: 'field' },
    h('label', { for: id, text: label }),
    hint ? h('p', { class: 'hint', id: `${id}-hint`, text: hint }) : null,
    control);
}

export function renderAbout(page) {
  const { state } = page;
  const set = (key) => (v) => { state[key] = v; page.changed({ preview: false }); };
  replace(page.areas.about,
    textField({ id: 'dec-title', label: 'Title', value: state.title, dataField: 'title', max: 200, onInput: set('title') }),
    textField({ id: 'dec-context', label: 'Context', hint: 'What is at stake, who else it touches, what you already know.', value: state.context, dataField: 'context', multiline: true, max: 4000, onInput: set('context') }),
    h('div', { class: 'field dec-deadline' },
      textField({ id: 'dec-deadline', label: 'Decide by (optional)', value: state.deadline, dataField: 'deadline', type: 'date', onInput: set('deadline') })));
}
