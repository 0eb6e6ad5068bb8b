// The alignment worksheet: professional goals against personal aspirations, their conflicts and
// synergies, suggested adjustments and the adjustments the person writes down.
import { ApiError, get, put } from '../api.js';
import { formatDateTime, h, replace, toast } from '../dom.js';
import { pageHeader } from '../values/nav.js';

export async function render(main) {
  let sheet = await get('/api/alignment/worksheet');
  let data = structuredClone(sheet);
  const body = h('div');
  const state = h('span', { class: 'save-state', role: 'status', 'aria-live': 'polite' });
  const formError = h('p', { class: 'field-error', role: 'alert' });
  const pick = (s) => JSON.stringify([s.professional_goals, s.personal_aspirations, s.links, s.adjustments]);
  const isDirty = () => pick(data) !== pick(sheet);

  function refreshState() {
    if (isDirty()) { state.dataset.state = 'dirty'; state.textContent = 'Unsaved changes'; }
    else if (sheet.version === 0) { state.dataset.state = 'idle'; state.textContent = 'Nothing saved yet'; }
    else { state.dataset.state = 'saved'; state.textContent = `Saved · ${formatDateTime(sheet.updated_at)}`; }
  }

  function entryList(listName, title, hint, singular) {
    const entries = data[listName];
    const input = h('input', { type: 'text', id: `${listName}-new`, placeholder: singular === 'goal' ? 'e.g. Lead the platform team' : 'e.g. Dinner with the kids every weekday' });
    const add = () => {
      if (!input.value.trim()) return input.focus();
      entries.push(input.value.trim());
      show();
      main.querySelector(`#${listName}-new`)?.focus();
    };
    input.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } });
    return h('section', { class: 'card', 'aria-labelledby': `${listName}-title` },
      h('h2', { id: `${listName}-title`, text: title }),
      h('p', { class: 'muted small', text: hint }),
      h('ol', { class: 'entries' }, entries.map((text, i) => {
        const field = h('input', { type: 'text', value: text, 'aria-label': `${title} ${i + 1}`, id: `${listName}-${i}` });
        field.addEventListener('input', () => { entries[i] = field.value; refreshState(); });
        return h('li', {}, field,
          h('button', {
            type: 'button', class: 'link danger', text: 'Remove', 'aria-label': `Remove ${singular} ${i + 1}`,
            onclick: () => {
              const index = listName === 'professional_goals' ? 'goal_index' : 'aspiration_index';
              data.links = data.links.filter((l) => l[index] !== i).map((l) => ({ ...l, [index]: l[index] > i ? l[index] - 1 : l[index] }));
              entries.splice(i, 1);
              show();
            },
          }));
      })),
      h('div', { class: 'inline-add' }, h('label', { for: `${listName}-new`, class: 'visually-hidden', text: `New ${singular}` }), input,
        h('button', { type: 'button', text: `Add ${singular}`, onclick: add })));
  }

  function linksCard() {
    const goals = data.professional_goals;
    const aspirations = data.personal_aspirations;
    if (!goals.length || !aspirations.length) {
      return h('section', { class: 'card' }, h('h2', { text: 'Conflicts and synergies' }),
        h('p', { class: 'muted', text: 'Add at least one goal and one aspiration, then mark where they pull against each other and where they help each other.' }));
    }
    const goalSel = h('select', { id: 'link-goal' }, goals.map((g, i) => h('option', { value: String(i), text: g || `Goal ${i + 1}` })));
    const aspSel = h('select', { id: 'link-aspiration' }, aspirations.map((a, i) => h('option', { value: String(i), text: a || `Aspiration ${i + 1}` })));
    const kindSel = h('select', { id: 'link-kind' }, h('option', { value: 'conflict', text: 'pulls against' }), h('option', { value: 'synergy', text: 'helps' }));
    const note = h('input', { type: 'text', id: 'link-note', placeholder: 'Optional: how?' });
    const error = h('span', { class: 'field-error', role: 'alert' });
    return h('section', { class: 'card', 'aria-labelledby': 'links-title' },
      h('h2', { id: 'links-title', text: 'Conflicts and synergies' }),
      data.links.length ? h('ul', { class: 'links' }, data.links.map((l, i) => h('li', { class: `link-${l.kind}` },
        h('span', { class: `v-badge ${l.kind}`, text: l.kind === 'conflict' ? 'Conflict' : 'Synergy' }), ' ',
        h('span', { text: `${goals[l.goal_index]} ${l.kind === 'conflict' ? '↔' : '+'} ${aspirations[l.aspiration_index]}` }),
        l.note ? h('span', { class: 'muted small', text: ` · ${l.note}` }) : null, ' ',
        h('button', { type: 'button', class: 'link danger', text: 'Remove', 'aria-label': `Remove link ${i + 1}`, onclick: () => { data.links.splice(i, 1); show(); } })))) : null,
      h('div', { class: 'link-form' },
        h('div', { class: 'field' }, h('label', { for: 'link-goal', text: 'Goal' }), goalSel),
        h('div', { class: 'field' }, h('label', { for: 'link-kind', text: 'Relation' }), kindSel),
        h('div', { class: 'field' }, h('label', { for: 'link-aspiration', text: 'Aspiration' }), aspSel),
        h('div', { class: 'field' }, h('label', { for: 'link-note', text: 'Note' }), note),
        h('button', {
          type: 'button', text: 'Mark it',
          onclick: () => {
            const link = { goal_index: Number(goalSel.value), aspiration_index: Number(aspSel.value), kind: kindSel.value, note: note.value };
            if (data.links.some((l) => l.goal_index === link.goal_index && l.aspiration_index === link.aspiration_index)) {
              error.textContent = 'These two are already linked; remove that link first to change it.';
              return;
            }
            data.links.push(link);
            show();
            main.querySelector('#link-goal')?.focus();
          },
        }), error));
  }

  function adjustmentsCard() {
    const area = h('textarea', { id: 'adjustments', rows: 5, value: data.adjustments, 'aria-describedby': 'adjustments-hint' });
    area.addEventListener('input', () => { data.adjustments = area.value; refreshState(); });
    return h('section', { class: 'card', 'aria-labelledby': 'adj-title' },
      h('h2', { id: 'adj-title', text: 'Adjustments' }),
      sheet.suggestions.length ? h('div', {}, h('p', { class: 'small muted', text: 'Suggested from your saved links:' }),
        h('ul', { class: 'ws-suggestions' }, sheet.suggestions.map((s) => h('li', {}, s, ' ',
          h('button', { type: 'button', class: 'link small', text: 'Copy into my adjustments', onclick: () => { area.value = `${area.value.trim()}\n${s}`.trim(); data.adjustments = area.value; refreshState(); } }))))) : null,
      h('div', { class: 'field' }, h('label', { for: 'adjustments', text: 'What I will adjust' }),
        h('p', { class: 'hint', id: 'adjustments-hint', text: 'Write down the changes you decide on, in your own words.' }), area));
  }

  async function save() {
    formError.textContent = '';
    try {
      sheet = await put('/api/alignment/worksheet', { ...data, version: sheet.version });
      data = structuredClone(sheet);
      toast('Worksheet saved');
      show();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.body?.current) {
        sheet.version = error.body.current.version;
        formError.textContent = 'The worksheet was changed in another tab. Your version is still here: save again to keep it.';
      } else {
        formError.textContent = error.message;
        main.querySelector(`#${(error.field ?? '').replace(/\[(\d+)\]/, '-$1')}`)?.focus();
      }
      state.dataset.state = 'error';
      state.textContent = 'Not saved';
    }
  }

  function show() {
    replace(body,
      h('div', { class: 'grid ws-grid' },
        entryList('professional_goals', 'Professional goals', 'What you want to achieve in your career.', 'goal'),
        entryList('personal_aspirations', 'Personal aspirations', 'What you want for your life outside work.', 'aspiration')),
      linksCard(), adjustmentsCard(),
      h('div', { class: 'save-bar' }, h('button', { type: 'button', class: 'primary', text: 'Save worksheet', onclick: save }), state, formError));
    refreshState();
  }

  main.append(...pageHeader('worksheet', 'Alignment worksheet', 'Lay your professional goals beside your personal aspirations, mark where they clash and where they help each other, and decide what to adjust.'), body);
  show();
  return { title: 'Alignment worksheet', isDirty };
}
