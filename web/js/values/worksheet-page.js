// The alignment worksheet: professional goals against personal aspirations, their conflicts and
// synergies, suggested adjustments and the adjustments the person writes down.
import { put } from '../shared/api.js';
import { h, replace } from '../shared/dom.js';
import { Editor } from '../shared/editor.js';
import { sameValue } from '../shared/merge.js';
import { pageHeader } from './nav.js';

const pick = (s) => structuredClone({ professional_goals: s.professional_goals, personal_aspirations: s.personal_aspirations, links: s.links, adjustments: s.adjustments });
const lines = (list) => list.join('\n');
const linksText = (links) => links.map((l) => `Goal ${l.goal_index + 1} ${l.kind === 'conflict' ? 'pulls against' : 'helps'} aspiration ${l.aspiration_index + 1}`).join('\n');

// How an edit conflict with another tab is merged: goals and aspirations each on their own while nobody
// changed the links (which count them by position), else the three together; the adjustments on their own.
function conflictParts({ base, mine, theirs }) {
  const adjustments = { key: 'adjustments', label: 'Adjustments' };
  if (base && sameValue(base.links, mine.links) && sameValue(base.links, theirs.links)) {
    return [{ key: 'professional_goals', label: 'Professional goals', show: lines }, { key: 'personal_aspirations', label: 'Personal aspirations', show: lines }, adjustments];
  }
  return [{
    keys: ['professional_goals', 'personal_aspirations', 'links'], label: 'Goals, aspirations and their links',
    show: ([goals, aspirations, links]) => `Goals:\n${lines(goals)}\n\nAspirations:\n${lines(aspirations)}\n\nLinks:\n${linksText(links)}`,
  }, adjustments];
}

class Worksheet {
  constructor(main, sheet) {
    this.main = main;
    this.body = h('div');
    this.formError = h('p', { class: 'field-error', role: 'alert' });
    this.editor = new Editor({
      record: sheet, toValues: pick, read: () => this.data, fill: (values) => { this.data = structuredClone(values); this.show(); },
      send: (values, version) => put('/api/alignment/worksheet', { ...values, version }), parts: conflictParts,
      onSaved: () => { this.data = pick(this.editor.record); this.show(); },
      errors: {
        clear: () => { this.formError.textContent = ''; },
        show: (field, message) => {
          this.formError.textContent = message;
          main.querySelector(`#${(field ?? '').replace(/\[(\d+)\]/, '-$1')}`)?.focus();
          return true;
        },
      },
      messages: { saved: 'Worksheet saved', conflict: 'The worksheet was changed in another tab or window after you opened it here.' },
    });
    this.data = pick(sheet);
  }

  changed() {
    this.editor.changed();
  }

  entryList(listName, title, hint, singular) {
    const entries = this.data[listName];
    const input = h('input', { type: 'text', id: `${listName}-new`, placeholder: singular === 'goal' ? 'e.g. Lead the platform team' : 'e.g. Dinner with the kids every weekday' });
    const add = () => {
      if (!input.value.trim()) return input.focus();
      entries.push(input.value.trim());
      this.show();
      return this.main.querySelector(`#${listName}-new`)?.focus();
    };
    input.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } });
    return h('section', { class: 'card', 'aria-labelledby': `${listName}-title` },
      h('h2', { id: `${listName}-title`, text: title }),
      h('p', { class: 'muted small', text: hint }),
      h('ol', { class: 'values-ws-entries' }, entries.map((text, i) => {
        const field = h('input', { type: 'text', value: text, 'aria-label': `${title} ${i + 1}`, id: `${listName}-${i}` });
        field.addEventListener('input', () => { entries[i] = field.value; this.changed(); });
        return h('li', {}, field, h('button', {
          type: 'button', class: 'link danger', text: 'Remove', 'aria-label': `Remove ${singular} ${i + 1}`, onclick: () => this.removeEntry(listName, i),
        }));
      })),
      h('div', { class: 'values-ws-add' }, h('label', { for: `${listName}-new`, class: 'visually-hidden', text: `New ${singular}` }), input,
        h('button', { type: 'button', text: `Add ${singular}`, onclick: add })));
  }

  // Removes entry i of a list and the links that named it (the later ones move up).
  removeEntry(listName, i) {
    const index = listName === 'professional_goals' ? 'goal_index' : 'aspiration_index';
    this.data.links = this.data.links.filter((l) => l[index] !== i).map((l) => ({ ...l, [index]: l[index] > i ? l[index] - 1 : l[index] }));
    this.data[listName].splice(i, 1);
    this.show();
  }

  linkForm(goals, aspirations) {
    const goalSel = h('select', { id: 'link-goal' }, goals.map((g, i) => h('option', { value: String(i), text: g || `Goal ${i + 1}` })));
    const aspSel = h('select', { id: 'link-aspiration' }, aspirations.map((a, i) => h('option', { value: String(i), text: a || `Aspiration ${i + 1}` })));
    const kindSel = h('select', { id: 'link-kind' }, h('option', { value: 'conflict', text: 'pulls against' }), h('option', { value: 'synergy', text: 'helps' }));
    const note = h('input', { type: 'text', id: 'link-note', placeholder: 'Optional: how?' });
    const error = h('span', { class: 'field-error', role: 'alert' });
    const mark = () => {
      const link = { goal_index: Number(goalSel.value), aspiration_index: Number(aspSel.value), kind: kindSel.value, note: note.value };
      if (this.data.links.some((l) => l.goal_index === link.goal_index && l.aspiration_index === link.aspiration_index)) {
        error.textContent = 'These two are already linked; remove that link first to change it.';
        return;
      }
      this.data.links.push(link);
      this.show();
      this.main.querySelector('#link-goal')?.focus();
    };
    return h('div', { class: 'values-ws-link-form' },
      h('div', { class: 'field' }, h('label', { for: 'link-goal', text: 'Goal' }), goalSel),
      h('div', { class: 'field' }, h('label', { for: 'link-kind', text: 'Relation' }), kindSel),
      h('div', { class: 'field' }, h('label', { for: 'link-aspiration', text: 'Aspiration' }), aspSel),
      h('div', { class: 'field' }, h('label', { for: 'link-note', text: 'Note' }), note),
      h('button', { type: 'button', text: 'Mark it', onclick: mark }), error);
  }

  linksCard() {
    const { professional_goals: goals, personal_aspirations: aspirations, links } = this.data;
    if (!goals.length || !aspirations.length) {
      return h('section', { class: 'card' }, h('h2', { text: 'Conflicts and synergies' }),
        h('p', { class: 'muted', text: 'Add at least one goal and one aspiration, then mark where they pull against each other and where they help each other.' }));
    }
    return h('section', { class: 'card', 'aria-labelledby': 'links-title' },
      h('h2', { id: 'links-title', text: 'Conflicts and synergies' }),
      links.length ? h('ul', { class: 'values-ws-links' }, links.map((l, i) => h('li', {},
        h('span', { class: `values-ws-badge values-ws-badge--${l.kind}`, text: l.kind === 'conflict' ? 'Conflict' : 'Synergy' }), ' ',
        h('span', { text: `${goals[l.goal_index]} ${l.kind === 'conflict' ? '↔' : '+'} ${aspirations[l.aspiration_index]}` }),
        l.note ? h('span', { class: 'muted small', text: ` · ${l.note}` }) : null, ' ',
        h('button', { type: 'button', class: 'link danger', text: 'Remove', 'aria-label': `Remove link ${i + 1}`, onclick: () => { links.splice(i, 1); this.show(); } })))) : null,
      this.linkForm(goals, aspirations));
  }

  adjustmentsCard() {
    const area = h('textarea', { id: 'adjustments', rows: 5, value: this.data.adjustments, 'aria-describedby': 'adjustments-hint' });
    const set = (value) => { area.value = value; this.data.adjustments = value; this.changed(); };
    area.addEventListener('input', () => set(area.value));
    const { suggestions } = this.editor.record;
    return h('section', { class: 'card', 'aria-labelledby': 'adj-title' },
      h('h2', { id: 'adj-title', text: 'Adjustments' }),
      suggestions.length ? h('div', {}, h('p', { class: 'small muted', text: 'Suggested from your saved links:' }),
        h('ul', { class: 'values-ws-suggestions' }, suggestions.map((s) => h('li', {}, s, ' ',
          h('button', { type: 'button', class: 'link small', text: 'Copy into my adjustments', onclick: () => set(`${area.value.trim()}\n${s}`.trim()) }))))) : null,
      h('div', { class: 'field' }, h('label', { for: 'adjustments', text: 'What I will adjust' }),
        h('p', { class: 'hint', id: 'adjustments-hint', text: 'Write down the changes you decide on, in your own words.' }), area));
  }

  show() {
    replace(this.body,
      h('div', { class: 'grid values-ws-grid' },
        this.entryList('professional_goals', 'Professional goals', 'What you want to achieve in your career.', 'goal'),
        this.entryList('personal_aspirations', 'Personal aspirations', 'What you want for your life outside work.', 'aspiration')),
      this.linksCard(), this.adjustmentsCard(),
      h('div', { class: 'save-bar' }, h('button', { type: 'button', class: 'primary', text: 'Save worksheet', onclick: () => this.editor.save() }), this.editor.stateEl, this.formError));
    this.editor.refreshState();
  }
}

export async function render(main, { data }) {
  const sheet = new Worksheet(main, await data.sheet);
  main.append(...pageHeader('worksheet', 'Alignment worksheet', 'Lay your professional goals beside your personal aspirations, mark where they clash and where they help each other, and decide what to adjust.'),
    sheet.editor.noticeArea, sheet.body);
  sheet.show();
  return { title: 'Alignment worksheet', isDirty: () => sheet.editor.isDirty(), focus: main.querySelector('.values-ws-entries input, #professional_goals-new') };
}
