// The decision's options card: between 2 and 20, each with a name and an optional description.
import { h, replace } from '../shared/dom.js';
import { MAX_OPTIONS, addOption, optionHasData, removeOption } from './matrix.js';

function add(page) {
  addOption(page.state);
  page.renderOptions();
  page.renderScores();
  page.changed();
  page.areas.options.querySelector(`#dec-option-${page.state.options.length - 1}-name`)?.focus();
}

function remove(page, i) {
  const { state } = page;
  if (optionHasData(state, i) && !window.confirm(`Remove "${state.options[i].name || `Option ${i + 1}`}" and its scores?`)) return;
  removeOption(state, i);
  page.renderOptions();
  page.renderScores();
  page.renderRecord();
  page.changed();
}

// The name and description inputs of option or criterion i (`list` "options" or "criteria"); the name
// is required and re-renders what shows it once changed (`onRename`).
export function nameAndDescription(page, list, i, { label, describe, onRename }) {
  const item = page.state[list][i];
  const kind = list === 'options' ? 'option' : 'criterion';
  const name = h('input', { type: 'text', id: `dec-${kind}-${i}-name`, value: item.name, maxlength: 120, 'data-field': `${list}[${i}].name`, required: true });
  name.addEventListener('input', () => { page.state[list][i].name = name.value; page.changed(); });
  name.addEventListener('change', onRename);
  const description = h('input', { type: 'text', id: `dec-${kind}-${i}-description`, value: item.description, maxlength: 1000, 'data-field': `${list}[${i}].description` });
  description.addEventListener('input', () => { page.state[list][i].description = description.value; page.changed({ preview: false }); });
  return [
    h('div', { class: 'dec-item__name' }, h('label', { for: name.id, text: label }), name),
    h('div', { class: 'dec-item__description' }, h('label', { for: description.id, text: describe }), description),
  ];
}

function optionRow(page, option, i) {
  return h('li', { class: 'dec-item' },
    nameAndDescription(page, 'options', i, { label: `Option ${i + 1}`, describe: 'Description (optional)', onRename: () => { page.renderScores(); page.renderRecord(); } }),
    h('button', {
      type: 'button', class: 'link danger dec-item__remove', text: 'Remove', disabled: page.state.options.length <= 2,
      'aria-label': `Remove option ${option.name || i + 1}`, onclick: () => remove(page, i),
    }));
}

export function renderOptions(page) {
  const { state } = page;
  replace(page.areas.options,
    h('p', { class: 'hint', text: 'Between 2 and 20. Keep "decline" or "stay as I am" as an option: not changing is a real choice and deserves the same scrutiny.' }),
    h('ol', { class: 'dec-items' }, state.options.map((option, i) => optionRow(page, option, i))),
    h('button', { type: 'button', text: 'Add an option', disabled: state.options.length >= MAX_OPTIONS, onclick: () => add(page) }));
}
