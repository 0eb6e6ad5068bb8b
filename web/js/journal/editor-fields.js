// The journal editor's fields: text answers with a counter near the limit, 1-5 scales as radio buttons,
// the core values picker, and the questions that start a free entry.
import { h } from '../shared/dom.js';
import { field } from '../shared/fields.js';

// A textarea field; `fields` receives {el, error, control} under `name`.
export function textField(fields, { name, id, label, hint, max, large, rows = 4, placeholder }) {
  const control = h('textarea', { name, rows, class: large ? 'large' : null, placeholder });
  fields[name] = field({ id, label, hint, control, max, counterFrom: 0.8 });
  return fields[name].el;
}

// A 1-5 choice as radio buttons, with "not set" for optional ones; read and fill with readScale/fillScale.
export function scale(fields, { name, legend, hint, words, optional }) {
  const idBase = `entry-${name.replace(/\W/g, '-')}`;
  const options = optional ? [['', 'Not set']] : [];
  for (let n = 1; n <= 5; n += 1) options.push([String(n), words ? `${n} · ${words[n]}` : String(n)]);
  const group = h('div', { class: 'journal-scale', role: 'radiogroup', 'aria-describedby': `${idBase}-hint ${idBase}-error` },
    options.map(([value, text]) => h('label', { class: 'journal-scale__option' }, h('input', { type: 'radio', name, value }), h('span', { text }))));
  const error = h('span', { class: 'field-error', id: `${idBase}-error` });
  fields[name] = { el: null, error, control: group };
  return h('fieldset', { class: 'field journal-scale-field' },
    h('legend', { class: 'label', text: legend }),
    hint ? h('p', { class: 'hint', id: `${idBase}-hint`, text: hint }) : null,
    group,
    h('div', { class: 'field__footer' }, error));
}

export function readScale(group) {
  const checked = group.querySelector('input:checked');
  return checked && checked.value !== '' ? Number(checked.value) : null;
}

export function fillScale(group, value) {
  for (const input of group.querySelectorAll('input')) input.checked = input.value === (value == null ? '' : String(value));
}

// Checkboxes for the user's core values (null when there are none).
export function valuesPicker(fields, coreValues) {
  if (!coreValues.length) return null;
  const control = h('div', { class: 'journal-value-picker' }, coreValues.map((v) => h('label', { class: 'journal-value-option' },
    h('input', { type: 'checkbox', name: 'value_ids', value: String(v.id) }), h('span', { text: v.name }))));
  const error = h('span', { class: 'field-error', id: 'entry-values-error' });
  fields.value_ids = { el: null, error, control };
  return h('fieldset', { class: 'field' },
    h('legend', { class: 'label', text: 'Values this touches' }),
    h('p', { class: 'hint', id: 'entry-values-hint', text: 'Link the entry to your core values, so you can see later which ones keep coming up.' }),
    control,
    h('div', { class: 'field__footer' }, error));
}

// This week's questions for a free entry; `add(question)` puts one into the body.
export function suggestions(questions, add) {
  if (!questions.length) return null;
  return h('div', { class: 'journal-suggestions' },
    h('p', { class: 'hint', text: 'Need a starting point? This week’s questions:' }),
    h('ul', {}, questions.map((q) => h('li', {},
      h('button', { type: 'button', class: 'link', text: q, 'aria-label': `Add the question: ${q}`, onclick: () => add(q) })))));
}
