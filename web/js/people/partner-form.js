// The fields of an accountability partner (name, role, how they help, cadence, when you last met), for the
// form that adds one and the editor that changes one.
import { h } from '../shared/dom.js';
import { field } from '../shared/fields.js';
import { ROLE_LABELS, options } from './common.js';

const CADENCES = [['', 'Monthly'], ['1', 'Every week'], ['2', 'Every 2 weeks'], ['3', 'Every 3 weeks'], ['4', 'Every 4 weeks'],
  ['6', 'Every 6 weeks'], ['8', 'Every 8 weeks'], ['12', 'Every 12 weeks']];

export const BLANK_PARTNER = Object.freeze({ name: '', role: 'mentor', how_they_help: '', cadence_weeks: null, last_met_on: null });

// The editable part of a partner from the API.
export const partnerValues = (p) => ({
  name: p.name, role: p.role, how_they_help: p.how_they_help, cadence_weeks: p.cadence_weeks, last_met_on: p.last_met_on,
});

// The partner fields with ids under `prefix`: {fields (for fieldErrors), el, read(), fill(values), focus()}.
export function partnerFields(prefix) {
  const c = {
    name: h('input', { type: 'text', autocomplete: 'off' }),
    role: h('select', {}, options(ROLE_LABELS, 'mentor')),
    how_they_help: h('textarea', { rows: 2 }),
    cadence_weeks: h('select', {}, CADENCES.map(([value, text]) => h('option', { value, text }))),
    last_met_on: h('input', { type: 'date' }),
  };
  const fields = {
    name: field({ id: `${prefix}-name`, label: 'Name', control: c.name, max: 120 }),
    role: field({ id: `${prefix}-role`, label: 'Role', control: c.role }),
    how_they_help: field({ id: `${prefix}-help`, label: 'How they help', hint: 'e.g. knows the promotion process; asks the hard questions.', control: c.how_they_help, max: 1000, counterFrom: 0.8 }),
    cadence_weeks: field({ id: `${prefix}-cadence`, label: 'Meet', hint: 'Monthly is typical. The next check-in is due this long after the last one.', control: c.cadence_weeks }),
    last_met_on: field({ id: `${prefix}-met`, label: 'Last met (optional)', hint: 'Before you logged any check-in here.', control: c.last_met_on }),
  };
  return {
    fields,
    el: [fields.name.el, h('div', { class: 'people-field-row' }, fields.role.el, fields.cadence_weeks.el, fields.last_met_on.el), fields.how_they_help.el],
    read: () => ({
      name: c.name.value, role: c.role.value, how_they_help: c.how_they_help.value,
      cadence_weeks: c.cadence_weeks.value ? Number(c.cadence_weeks.value) : null, last_met_on: c.last_met_on.value || null,
    }),
    fill(v) {
      c.name.value = v.name;
      c.role.value = v.role;
      c.how_they_help.value = v.how_they_help;
      const weeks = v.cadence_weeks == null ? '' : String(v.cadence_weeks);
      if (![...c.cadence_weeks.options].some((o) => o.value === weeks)) c.cadence_weeks.append(h('option', { value: weeks, text: `Every ${weeks} weeks` }));
      c.cadence_weeks.value = weeks;
      c.last_met_on.value = v.last_met_on ?? '';
      for (const control of Object.values(c)) control.updateCounter?.();
    },
    focus: () => c.name.focus(),
  };
}
