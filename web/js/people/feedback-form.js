// The fields of a piece of feedback: when, who (source and an optional name), the context, what was said
// word for word, your reflection, strength or growth area, themes, and what it says about each core value.
import { h } from '../shared/dom.js';
import { field } from '../shared/fields.js';
import { SOURCE_LABELS, options } from './common.js';

const POINTS = [['', 'Neither or not sure'], ['strength', 'A strength'], ['growth', 'A growth area']];
const STANCES = [['', 'Not about it'], ['supports', 'Supports'], ['contradicts', 'Contradicts']];

// A blank piece of feedback received on `today`.
export const blankFeedback = (today) => ({
  received_on: today, source: 'peer', from_name: '', context: '', said: '', reflection: '', points_to: null,
  theme_ids: [], supports_value_ids: [], contradicts_value_ids: [], round_id: null, round_person_id: null,
});

// The editable part of a piece of feedback from the API.
export const feedbackValues = (f) => Object.fromEntries(Object.keys(blankFeedback('')).map((k) => [k, f[k] ?? null]));

// A group of radio buttons named `name` from [value, label] pairs; read with checkedValue().
function radios(name, pairs, legend, { hint, className } = {}) {
  return h('fieldset', { class: `field ${className ?? ''}` },
    h('legend', { class: 'label', text: legend }),
    hint ? h('p', { class: 'hint', text: hint }) : null,
    h('div', { class: 'people-choices' }, pairs.map(([value, label]) => h('label', { class: 'people-choice' },
      h('input', { type: 'radio', name, value }), h('span', { text: label })))));
}

const checkedValue = (root, name) => root.querySelector(`input[name="${name}"]:checked`)?.value ?? '';
const check = (root, name, value) => {
  for (const input of root.querySelectorAll(`input[name="${name}"]`)) input.checked = input.value === (value ?? '');
};

// The stance of each core value as a row of three radios.
function valueStances(prefix, core) {
  if (!core.length) return h('p', { class: 'hint', text: 'Rank your core values on the Values page to see what feedback says about each of them.' });
  return h('fieldset', { class: 'field' },
    h('legend', { class: 'label', text: 'What it says about your values' }),
    h('p', { class: 'hint', text: 'Mark a value when this feedback shows you living it (supports) or not (contradicts).' }),
    h('ul', { class: 'people-stances' }, core.map((v) => h('li', {},
      h('span', { class: 'people-stances__name', id: `${prefix}-value-${v.id}`, text: v.name }),
      h('div', { class: 'people-choices', role: 'radiogroup', 'aria-labelledby': `${prefix}-value-${v.id}` },
        STANCES.map(([value, label]) => h('label', { class: 'people-choice' },
          h('input', { type: 'radio', name: `${prefix}-value-${v.id}`, value }), h('span', { text: label }))))))));
}

// The feedback fields with ids under `prefix`, for `themes` ({id, name}) and `core` values: {fields (for
// fieldErrors), el, read(), fill(values), focus()}. Round links are kept as filled, not edited here.
export function feedbackFields(prefix, themes, core) {
  const c = {
    received_on: h('input', { type: 'date' }), source: h('select', {}, options(SOURCE_LABELS, 'peer')),
    from_name: h('input', { type: 'text', autocomplete: 'off' }), context: h('input', { type: 'text' }),
    said: h('textarea', { rows: 4, class: 'large' }), reflection: h('textarea', { rows: 3 }),
  };
  const points = radios(`${prefix}-points`, POINTS, 'It points to', { className: 'people-points' });
  const themeBoxes = h('div', { class: 'people-choices' }, themes.map((t) => h('label', { class: 'people-choice' },
    h('input', { type: 'checkbox', value: String(t.id) }), h('span', { text: t.name }))));
  const stances = valueStances(prefix, core);
  const themeError = h('span', { class: 'field-error' });
  const valueError = h('span', { class: 'field-error' });
  const fields = {
    received_on: field({ id: `${prefix}-date`, label: 'Received', control: c.received_on }),
    source: field({ id: `${prefix}-source`, label: 'From a', control: c.source }),
    from_name: field({ id: `${prefix}-from`, label: 'Name (optional)', control: c.from_name, max: 120, counterFrom: 0.8 }),
    context: field({ id: `${prefix}-context`, label: 'Context', hint: 'Where or about what, e.g. the migration review.', control: c.context, max: 1000, counterFrom: 0.8 }),
    said: field({ id: `${prefix}-said`, label: 'What was said', hint: 'Word for word if you can: your memory will soften it later.', control: c.said, max: 5000, counterFrom: 0.8 }),
    reflection: field({ id: `${prefix}-reflection`, label: 'Your reflection', hint: 'What you make of it, and what you might do differently.', control: c.reflection, max: 5000, counterFrom: 0.8 }),
    theme_ids: { error: themeError, control: themeBoxes },
    supports_value_ids: { error: valueError, control: stances },
    contradicts_value_ids: { error: valueError, control: stances },
  };
  let kept = blankFeedback('');
  return {
    fields,
    el: [h('div', { class: 'people-field-row' }, fields.received_on.el, fields.source.el, fields.from_name.el), fields.context.el,
      fields.said.el, fields.reflection.el, points,
      themes.length ? h('fieldset', { class: 'field' }, h('legend', { class: 'label', text: 'Themes' }), themeBoxes, themeError) : null,
      stances, valueError],
    read() {
      const stance = (v) => checkedValue(stances, `${prefix}-value-${v.id}`);
      // Links to values that are no longer core values are kept as they were.
      const others = (ids) => ids.filter((id) => !core.some((v) => v.id === id));
      return {
        ...kept, received_on: c.received_on.value, source: c.source.value, from_name: c.from_name.value, context: c.context.value,
        said: c.said.value, reflection: c.reflection.value, points_to: checkedValue(points, `${prefix}-points`) || null,
        theme_ids: [...themeBoxes.querySelectorAll('input:checked')].map((b) => Number(b.value)),
        supports_value_ids: [...others(kept.supports_value_ids), ...core.filter((v) => stance(v) === 'supports').map((v) => v.id)],
        contradicts_value_ids: [...others(kept.contradicts_value_ids), ...core.filter((v) => stance(v) === 'contradicts').map((v) => v.id)],
      };
    },
    fill(v) {
      kept = v;
      for (const key of ['received_on', 'source', 'from_name', 'context', 'said', 'reflection']) {
        c[key].value = v[key] ?? '';
        c[key].updateCounter?.();
      }
      check(points, `${prefix}-points`, v.points_to);
      for (const box of themeBoxes.querySelectorAll('input')) box.checked = v.theme_ids.includes(Number(box.value));
      for (const value of core) {
        const stance = v.supports_value_ids.includes(value.id) ? 'supports' : v.contradicts_value_ids.includes(value.id) ? 'contradicts' : '';
        check(stances, `${prefix}-value-${value.id}`, stance);
      }
    },
    focus: () => c.said.focus(),
  };
}
