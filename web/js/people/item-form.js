// The fields of a book, course, talk or article: kind, title, author or provider, shelf, progress, rating,
// and each read (a re-read is a new row, never an overwrite of the last one).
import { h } from '../shared/dom.js';
import { field } from '../shared/fields.js';
import { KIND_LABELS, SHELF_LABELS, options } from './common.js';

export const BLANK_ITEM = Object.freeze({ kind: 'book', title: '', author: '', shelf: 'want', progress: 0, rating: null, reads: [] });
export const itemValues = (i) => ({
  kind: i.kind, title: i.title, author: i.author, shelf: i.shelf, progress: i.progress, rating: i.rating,
  reads: i.reads.map((r) => ({ started_on: r.started_on, finished_on: r.finished_on })),
});

// The reads as rows of two dates: {el, read(), fill(reads), errorFields()}; onChange() after a row is added.
function readRows(prefix, onChange) {
  let rows = [];
  const list = h('ol', { class: 'people-read-editor' });
  const add = (r) => {
    const i = rows.length + 1;
    const row = { started: h('input', { type: 'date', value: r.started_on ?? '', 'aria-label': `Read ${i}: started` }),
      finished: h('input', { type: 'date', value: r.finished_on ?? '', 'aria-label': `Read ${i}: finished` }), error: h('span', { class: 'field-error' }) };
    row.el = h('li', { class: 'people-read-editor__row' }, h('span', { class: 'small muted', text: `Read ${i}` }), row.started, h('span', { 'aria-hidden': 'true', text: '→' }), row.finished, row.error);
    rows.push(row);
    list.append(row.el);
    return row;
  };
  const startButton = h('button', { type: 'button', text: 'Start a new read', onclick: () => { add({}).started.focus(); onChange(); } });
  return {
    el: h('fieldset', { class: 'field' }, h('legend', { class: 'label', text: 'Reads' }),
      h('p', { class: 'hint', id: `${prefix}-reads-hint`, text: 'When you started and finished. Reading it again? Start a new read: the earlier one stays.' }),
      list, startButton),
    read: () => rows.map((r) => ({ started_on: r.started.value || null, finished_on: r.finished.value || null })),
    fill(reads) {
      rows = [];
      list.replaceChildren();
      for (const r of reads) add(r);
    },
    errorFields: () => Object.fromEntries(rows.flatMap((r, i) => [
      [`reads[${i}].started_on`, { error: r.error, control: r.started }], [`reads[${i}].finished_on`, { error: r.error, control: r.finished }]])),
  };
}

// The item fields with ids under `prefix`: {fields() (for fieldErrors), el, read(), fill(v), focus()};
// `withReads` adds the reads (the editor of a saved item); onChange() after a read is added.
export function itemFields(prefix, { withReads = false, onChange = () => {} } = {}) {
  const c = {
    kind: h('select', {}, options(KIND_LABELS, 'book')), title: h('input', { type: 'text' }), author: h('input', { type: 'text' }),
    shelf: h('select', {}, options(SHELF_LABELS, 'want')), progress: h('input', { type: 'number', min: 0, max: 100, step: 5, inputmode: 'numeric' }),
    rating: h('select', {}, h('option', { value: '', text: 'Not rated' }), [1, 2, 3, 4, 5].map((n) => h('option', { value: String(n), text: `${'★'.repeat(n)} (${n} of 5)` }))),
  };
  const fields = {
    kind: field({ id: `${prefix}-kind`, label: 'Kind', control: c.kind }),
    title: field({ id: `${prefix}-title`, label: 'Title', control: c.title, max: 200 }),
    author: field({ id: `${prefix}-author`, label: 'Author or provider', control: c.author, max: 120, counterFrom: 0.8 }),
    shelf: field({ id: `${prefix}-shelf`, label: 'Shelf', control: c.shelf }),
    progress: field({ id: `${prefix}-progress`, label: 'Progress (%)', control: c.progress }),
    rating: field({ id: `${prefix}-rating`, label: 'Rating', control: c.rating }),
  };
  const reads = withReads ? readRows(prefix, onChange) : null;
  return {
    fields: () => ({ ...fields, ...(reads ? reads.errorFields() : {}) }),
    el: [h('div', { class: 'people-field-row' }, fields.kind.el, fields.shelf.el), fields.title.el, fields.author.el,
      withReads ? h('div', { class: 'people-field-row' }, fields.progress.el, fields.rating.el) : null, reads?.el ?? null],
    read: () => ({
      kind: c.kind.value, title: c.title.value, author: c.author.value, shelf: c.shelf.value,
      progress: c.progress.value === '' ? 0 : Number(c.progress.value), rating: c.rating.value ? Number(c.rating.value) : null,
      reads: reads ? reads.read() : [],
    }),
    fill(v) {
      for (const key of ['kind', 'title', 'author', 'shelf']) c[key].value = v[key];
      c.progress.value = String(v.progress ?? 0);
      c.rating.value = v.rating ? String(v.rating) : '';
      c.title.updateCounter();
      c.author.updateCounter();
      reads?.fill(v.reads);
    },
    focus: () => c.title.focus(),
  };
}
