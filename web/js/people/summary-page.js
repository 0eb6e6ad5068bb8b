// Feedback by theme and source (/people/feedback/summary): counts with strengths and growth areas, a
// twelve-month strip per theme and per value, and the editor of the theme list.
import { put } from '../shared/api.js';
import { h, replace } from '../shared/dom.js';
import { Editor } from '../shared/editor.js';
import { fieldErrors } from '../shared/fields.js';
import { bindEditor, feedbackNav, peopleHeader } from './common.js';

const NS = 'http://www.w3.org/2000/svg';

// Twelve monthly counts as small bars (an SVG, so no inline styles), with a text equivalent.
function strip(counts, months, label) {
  const max = Math.max(1, ...counts);
  const root = document.createElementNS(NS, 'svg');
  root.setAttribute('viewBox', '0 0 120 24');
  root.setAttribute('class', 'people-strip');
  root.setAttribute('role', 'img');
  root.setAttribute('aria-label', `${label}, month by month from ${months[0]} to ${months.at(-1)}: ${counts.join(', ')}`);
  counts.forEach((n, i) => {
    const bar = document.createElementNS(NS, 'rect');
    const height = n ? Math.max(2, (n / max) * 22) : 1;
    for (const [key, value] of Object.entries({ x: i * 10 + 1, y: 24 - height, width: 8, height, class: n ? 'people-strip__bar' : 'people-strip__empty' })) bar.setAttribute(key, String(value));
    root.append(bar);
  });
  return root;
}

function countTable(caption, head, rows) {
  return h('div', { class: 'people-table-wrap', tabindex: 0, role: 'region', 'aria-label': caption }, h('table', { class: 'people-table' },
    h('caption', { text: caption }),
    h('thead', {}, h('tr', {}, head.map((t) => h('th', { scope: 'col', text: t })))),
    h('tbody', {}, rows)));
}

function sourceRows(bySource) {
  return bySource.map((s) => h('tr', {}, h('th', { scope: 'row', text: s.label }),
    h('td', { text: String(s.count) }), h('td', { text: String(s.strengths) }), h('td', { text: String(s.growth) })));
}

function themeRows(byTheme, months) {
  return byTheme.map((t) => h('tr', {}, h('th', { scope: 'row' }, h('a', { href: `/people/feedback?theme=${t.theme_id}`, 'data-link': true, text: t.name })),
    h('td', { text: String(t.count) }), h('td', { text: String(t.strengths) }), h('td', { text: String(t.growth) }),
    h('td', {}, strip(t.months, months, t.name))));
}

function valueRows(byValue, months) {
  return byValue.map((v) => h('tr', {}, h('th', { scope: 'row', text: v.name }),
    h('td', {}, strip(v.supports, months, `${v.name}: supported`)), h('td', {}, strip(v.contradicts, months, `${v.name}: contradicted`))));
}

// The theme list editor: rename, add, remove (a removed theme leaves its feedback, untagged), save.
class ThemeEditor {
  constructor(themes) {
    this.list = h('ol', { class: 'people-theme-editor' });
    this.rows = [];
    this.general = h('div');
    this.saveButton = h('button', { type: 'submit', class: 'primary', text: 'Save themes' });
    this.editor = new Editor({
      record: themes, blank: { themes: [] }, toValues: (t) => ({ themes: t.items.map(({ id, name }) => ({ id, name })) }),
      read: () => ({ themes: this.rows.map((r) => ({ id: r.id, name: r.input.value })) }), fill: (v) => this.fill(v),
      draftKey: 'people.feedback.themes',
      send: (values, version) => put('/api/feedback/themes', { themes: values.themes.map(({ id, name }) => (id ? { id, name } : { name })), version }),
      saveButton: this.saveButton, errors: fieldErrors(() => this.errorFields(), this.general),
      // New themes got their ids: the form takes them, so the next save keeps them (and their tags).
      onSaved: (saved) => { this.counts = saved.items; this.fill(this.editor.saved); this.editor.changed(); },
      messages: { saved: 'Themes saved', conflict: 'The themes were changed in another tab or window.' },
    });
    this.counts = themes.items;
  }

  // The {error, control} of each row for API fields like "themes[2].name"; list-wide errors go to `general`.
  errorFields() {
    const out = {};
    this.rows.forEach((r, i) => {
      for (const key of ['name', 'id']) out[`themes[${i}].${key}`] = { error: r.error, control: r.input };
    });
    return out;
  }

  add(theme, focus) {
    const row = { id: theme.id ?? null, input: h('input', { type: 'text', value: theme.name, maxlength: 120 }), error: h('span', { class: 'field-error' }) };
    const used = this.counts?.find((t) => t.id === row.id)?.count ?? 0;
    const remove = h('button', { type: 'button', class: 'link danger small', text: 'Remove' });
    row.el = h('li', {}, row.input, used ? h('span', { class: 'small muted', text: `${used} tagged` }) : null, remove, row.error);
    remove.addEventListener('click', () => {
      if (used && !window.confirm(`Remove “${row.input.value}”? ${used} feedback ${used === 1 ? 'item keeps' : 'items keep'} their words but lose this theme once you save.`)) return;
      this.rows = this.rows.filter((r) => r !== row);
      row.el.remove();
      this.renumber();
      this.editor.changed();
    });
    this.rows.push(row);
    this.list.append(row.el);
    this.renumber();
    if (focus) row.input.focus();
  }

  renumber() {
    this.rows.forEach((r, i) => r.input.setAttribute('aria-label', `Theme ${i + 1}`));
  }

  fill(v) {
    this.rows = [];
    replace(this.list);
    for (const t of v.themes) this.add(t, false);
  }

  element() {
    const form = h('form', { class: 'card people-theme-form', novalidate: true, 'aria-labelledby': 'themes-title' },
      h('h2', { id: 'themes-title', text: 'Themes' }),
      h('p', { class: 'muted small', text: 'The themes you tag feedback with. Renaming keeps the tags; removing one leaves the feedback, untagged.' }),
      this.editor.noticeArea, this.list,
      h('button', { type: 'button', text: 'Add a theme', onclick: () => { this.add({ name: '' }, true); this.editor.changed(); } }),
      this.general, h('div', { class: 'actions people-theme-form__save' }, this.saveButton, this.editor.stateEl));
    bindEditor(form, this.editor, (v) => this.fill(v));
    return form;
  }
}

export async function render(main, { data }) {
  const [summary, themes] = await Promise.all([data.summary, data.themes]);
  const { months } = summary;
  const themeEditor = new ThemeEditor(themes);
  main.append(...peopleHeader('feedback'), feedbackNav('summary'),
    h('p', { class: 'muted small', text: `Counts over all your feedback; the strips show the twelve months from ${months[0]} to ${months.at(-1)}, one bar a month.` }),
    h('section', { class: 'card people-section' }, countTable('By source', ['Source', 'Feedback', 'Strengths', 'Growth areas'], sourceRows(summary.by_source))),
    h('section', { class: 'card people-section' }, countTable('By theme', ['Theme', 'Feedback', 'Strengths', 'Growth areas', 'Last 12 months'], themeRows(summary.by_theme, months))));
  if (summary.by_value.length) {
    main.append(h('section', { class: 'card people-section' }, countTable('By value over time', ['Value', 'Supported', 'Contradicted'], valueRows(summary.by_value, months))));
  }
  main.append(themeEditor.element());
  return { title: 'Feedback themes and sources', isDirty: () => themeEditor.editor.isDirty() };
}
