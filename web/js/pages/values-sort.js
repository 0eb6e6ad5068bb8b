// The values card sort: one value at a time into three piles (keys 1/2/3 or arrows), then rank the top
// five to ten with a personal meaning. Every placement and the ranking draft are saved as they happen.
import { ApiError, del, get, post, put } from '../api.js';
import { formatDateTime, h, replace, toast } from '../dom.js';
import { navigate } from '../app.js';
import { pageHeader } from '../values/nav.js';

const PILES = [
  { id: 'very_important', label: 'Very important', key: '1', arrow: 'ArrowLeft' },
  { id: 'important', label: 'Important', key: '2', arrow: 'ArrowDown' },
  { id: 'not_important', label: 'Not important to me', key: '3', arrow: 'ArrowRight' },
];
const MIN_TOP = 5;
const MAX_TOP = 10;

export async function render(main) {
  const [catalog, custom, current, core] = await Promise.all([
    get('/api/values/catalog'), get('/api/values/custom'), get('/api/values/sorts/current'), get('/api/values/core')]);
  let deck = [...catalog.items, ...custom.items.map((v) => ({ ...v, custom: true }))];
  let sort = current.sort;
  let stage = 'sorting';
  const undoStack = [];
  let busy = false;
  let rankingDirty = false;
  let saveTimer = null;
  const body = h('div');
  const live = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const byKey = () => Object.fromEntries(deck.map((v) => [v.key, v]));

  const unsorted = () => deck.filter((v) => !sort.cards[v.key]);
  const pile = (id) => deck.filter((v) => sort.cards[v.key] === id);

  function intro() {
    replace(body, h('section', { class: 'card empty-state' },
      h('h2', { text: core.items.length ? 'Sort your values again' : 'Find out what you value' }),
      h('p', { text: `You will see ${deck.length} values, one at a time. Place each in one of three piles: very important, important, or not important to me. Go with your first instinct; there are no wrong answers.` }),
      h('p', { text: 'Then you choose and rank your top five to ten from the first pile, and write what each one means to you.' }),
      core.items.length ? h('p', { class: 'small', text: 'Your current core values stay as they are until you finish; the earlier result is kept in your history.' }) : null,
      h('button', { type: 'button', class: 'primary', text: 'Start the card sort', onclick: start })));
  }

  async function start() {
    try {
      sort = await post('/api/values/sorts');
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.body?.current) sort = error.body.current;
      else return toast(error.message);
    }
    show();
  }

  async function place(key, pileId) {
    if (busy) return;
    busy = true;
    try {
      sort = await put(`/api/values/sorts/${sort.id}/cards/${encodeURIComponent(key)}`, { pile: pileId });
      undoStack.push(key);
      const label = PILES.find((p) => p.id === pileId).label;
      live.textContent = `${byKey()[key].name}: ${label}.`;
    } catch (error) {
      toast(`Not saved: ${error.message}`);
    } finally {
      busy = false;
    }
    show();
    if (document.activeElement === document.body || !document.activeElement) {
      body.querySelector(`.pile-button[data-pile="${pileId}"]`)?.focus({ preventScroll: true });
    }
  }

  async function undo() {
    const key = undoStack.pop();
    if (!key || busy) return;
    busy = true;
    try {
      sort = await del(`/api/values/sorts/${sort.id}/cards/${encodeURIComponent(key)}`);
      live.textContent = `${byKey()[key].name} is back on the deck.`;
    } catch (error) {
      toast(`Not undone: ${error.message}`);
    } finally {
      busy = false;
    }
    stage = 'sorting';
    show();
  }

  async function startOver() {
    if (!window.confirm('Start over? The piles of this card sort are cleared. Your finished sorts are not touched.')) return;
    await del(`/api/values/sorts/${sort.id}`);
    sort = null;
    undoStack.length = 0;
    stage = 'sorting';
    intro();
  }

  function progress() {
    const done = deck.length - unsorted().length;
    return h('div', { class: 'sort-progress' },
      h('label', { for: 'sort-progress', text: `${done} of ${deck.length} sorted` }),
      h('progress', { id: 'sort-progress', max: deck.length, value: done }),
      h('p', { class: 'pile-counts small muted' }, PILES.map((p) => h('span', { text: `${p.label}: ${pile(p.id).length}` }))));
  }

  function addCustomForm() {
    const name = h('input', { type: 'text', id: 'custom-name', 'aria-describedby': 'custom-error' });
    const definition = h('input', { type: 'text', id: 'custom-definition', placeholder: 'Optional' });
    const error = h('span', { class: 'field-error', id: 'custom-error', role: 'alert' });
    const form = h('form', { class: 'custom-value', novalidate: true },
      h('div', { class: 'field' }, h('label', { for: 'custom-name', text: 'Value name' }), name),
      h('div', { class: 'field' }, h('label', { for: 'custom-definition', text: 'What it means in one line' }), definition),
      h('button', { type: 'submit', text: 'Add to the deck' }), error);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        const created = await post('/api/values/custom', { name: name.value, definition: definition.value });
        deck.push({ ...created, custom: true });
        toast(`Added ${created.name}: it is at the end of the deck`);
        show();
      } catch (e) {
        error.textContent = e.message;
        name.setAttribute('aria-invalid', 'true');
        name.focus();
      }
    });
    return h('details', { class: 'card add-custom' }, h('summary', { text: 'Missing a value? Add your own' }), form);
  }

  function sortingView() {
    const next = unsorted()[0];
    const veryCount = pile('very_important').length;
    const card = next
      ? h('section', { class: 'value-card', 'aria-labelledby': 'value-name', 'aria-describedby': 'value-definition' },
        h('p', { class: 'muted small', text: next.custom ? 'Your own value' : `Value ${deck.indexOf(next) + 1} of ${deck.length}` }),
        h('h2', { id: 'value-name', class: 'value-name', text: next.name }),
        h('p', { id: 'value-definition', class: 'value-definition', text: next.definition || ' ' }),
        h('div', { class: 'pile-buttons', role: 'group', 'aria-label': `Place ${next.name}` },
          PILES.map((p) => h('button', {
            type: 'button', class: `pile-button pile-${p.id}`, dataset: { pile: p.id }, 'aria-keyshortcuts': `${p.key} ${p.arrow}`,
            onclick: () => place(next.key, p.id),
          }, h('kbd', { text: p.key }), ' ', p.label))),
        h('p', { class: 'muted small keys-hint' }, 'Keys: ', h('kbd', { text: '1' }), ' or ', h('kbd', { text: '←' }), ' very important · ',
          h('kbd', { text: '2' }), ' or ', h('kbd', { text: '↓' }), ' important · ', h('kbd', { text: '3' }), ' or ', h('kbd', { text: '→' }), ' not important · ',
          h('kbd', { text: 'Backspace' }), ' undo'))
      : h('section', { class: 'value-card done' },
        h('h2', { text: 'All values sorted' }),
        h('p', { text: `${veryCount} values are in your “very important” pile. Next, choose and rank your top five to ten.` }),
        h('button', { type: 'button', class: 'primary', text: 'Rank my top values', onclick: enterRanking }));
    return [progress(), card,
      h('div', { class: 'sort-actions' },
        h('button', { type: 'button', text: 'Undo last', disabled: undoStack.length === 0, onclick: undo }),
        next && veryCount >= MIN_TOP ? h('button', { type: 'button', class: 'link', text: 'Skip the rest and rank now', onclick: enterRanking }) : null,
        h('button', { type: 'button', class: 'link danger', text: 'Start over', onclick: startOver })),
      addCustomForm()];
  }

  // ---- Ranking ----
  let ranked = [];
  const meaningError = {};

  function enterRanking() {
    ranked = sort.top_values.map((t) => ({ value: t.value, meaning: t.meaning }));
    stage = 'ranking';
    show();
  }

  function scheduleDraftSave() {
    edits += 1;
    rankingDirty = true;
    rankState.dataset.state = 'dirty';
    rankState.textContent = 'Unsaved changes';
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => saveRanking(false), 800);
  }

  const rankState = h('span', { class: 'save-state', role: 'status', 'aria-live': 'polite' });
  const rankError = h('p', { class: 'field-error', role: 'alert' });

  let edits = 0;
  async function saveRanking(finish) {
    clearTimeout(saveTimer);
    rankError.textContent = '';
    const seen = edits;
    try {
      sort = await put(`/api/values/sorts/${sort.id}/top`, { top_values: ranked, finish, version: sort.version });
      if (edits !== seen && !finish) return true;  // typed meanwhile: the next scheduled save follows
      rankingDirty = false;
      rankState.dataset.state = 'saved';
      rankState.textContent = finish ? 'Finished' : 'Draft saved';
      if (finish) {
        toast('Your core values are saved');
        navigate('/values');
      }
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.body?.current) {
        sort = error.body.current;
        return saveRanking(finish);
      }
      rankState.dataset.state = 'error';
      rankState.textContent = 'Not saved';
      const match = /^top_values\[(\d+)\]\.meaning$/.exec(error.field ?? '');
      if (match && meaningError[match[1]]) {
        meaningError[match[1]].textContent = error.message;
        meaningError[match[1]].previousElementSibling?.focus();
      } else {
        rankError.textContent = error.message;
      }
      return false;
    }
  }

  function move(index, delta) {
    const [item] = ranked.splice(index, 1);
    ranked.splice(index + delta, 0, item);
    show();
    body.querySelectorAll('.ranked li')[index + delta]?.querySelector(delta < 0 ? '[data-move="up"]' : '[data-move="down"]')?.focus();
    live.textContent = `${byKey()[item.value].name} is now number ${index + delta + 1}.`;
    scheduleDraftSave();
  }

  function rankingView() {
    const values = byKey();
    const chosen = new Set(ranked.map((r) => r.value));
    const candidates = pile('very_important');
    const important = pile('important');
    const full = ranked.length >= MAX_TOP;
    const toggle = (key) => {
      if (chosen.has(key)) ranked = ranked.filter((r) => r.value !== key);
      else if (!full) ranked.push({ value: key, meaning: '' });
      show();
      body.querySelector(`[data-candidate="${CSS.escape(key)}"]`)?.focus();
      scheduleDraftSave();
    };
    const promote = async (key) => { await place(key, 'very_important'); undoStack.pop(); stage = 'ranking'; show(); };
    Object.keys(meaningError).forEach((k) => delete meaningError[k]);
    return [
      h('section', { class: 'card' },
        h('h2', { text: '1. Choose your top values' }),
        h('p', { class: 'muted small', text: `From your “very important” pile, pick the five to ten that matter most. ${ranked.length} of ${MAX_TOP} chosen.` }),
        h('div', { class: 'candidates', role: 'group', 'aria-label': 'Very important values' }, candidates.map((v) => h('button', {
          type: 'button', class: 'v-chip', 'aria-pressed': chosen.has(v.key) ? 'true' : 'false', dataset: { candidate: v.key },
          disabled: !chosen.has(v.key) && full, title: v.definition, onclick: () => toggle(v.key), text: v.name,
        }))),
        candidates.length < MIN_TOP ? h('div', { class: 'notice warning' },
          h('p', { text: `Your “very important” pile holds ${candidates.length} values; you need at least ${MIN_TOP}. Move some up from “important”:` }),
          h('div', { class: 'candidates' }, important.map((v) => h('button', { type: 'button', class: 'v-chip', text: `↑ ${v.name}`, onclick: () => promote(v.key) })))) : null),
      h('section', { class: 'card' },
        h('h2', { text: '2. Rank them and say what each means to you' }),
        ranked.length === 0 ? h('p', { class: 'muted', text: 'Choose values above; they appear here in order.' }) : null,
        h('ol', { class: 'ranked' }, ranked.map((r, i) => {
          const v = values[r.value] ?? { name: r.value, definition: '' };
          const id = `meaning-${i}`;
          meaningError[i] = h('span', { class: 'field-error', id: `${id}-error` });
          const area = h('textarea', { id, rows: 2, value: r.meaning, 'aria-describedby': `${id}-error`, placeholder: 'In my life, this means…' });
          area.addEventListener('input', () => { r.meaning = area.value; scheduleDraftSave(); });
          return h('li', {},
            h('div', { class: 'ranked-head' },
              h('span', { class: 'rank', text: String(i + 1) }),
              h('span', { class: 'core-name', text: v.name }),
              h('span', { class: 'kept-actions' },
                h('button', { type: 'button', class: 'icon', 'data-move': 'up', disabled: i === 0, 'aria-label': `Move ${v.name} up`, text: '↑', onclick: () => move(i, -1) }),
                h('button', { type: 'button', class: 'icon', 'data-move': 'down', disabled: i === ranked.length - 1, 'aria-label': `Move ${v.name} down`, text: '↓', onclick: () => move(i, 1) }))),
            h('label', { for: id, class: 'small', text: `What ${v.name} means to me` }),
            area, meaningError[i]);
        }))),
      h('div', { class: 'save-bar' },
        h('button', { type: 'button', class: 'primary', text: 'Finish: these are my core values', disabled: ranked.length < MIN_TOP, onclick: () => saveRanking(true) }),
        h('button', { type: 'button', text: 'Back to sorting', onclick: () => { stage = 'sorting'; show(); } }),
        rankState),
      rankError,
    ];
  }

  function show() {
    if (!sort) return intro();
    if (stage === 'ranking') {
      replace(body, ...rankingView());
    } else {
      replace(body, ...sortingView());
      if (unsorted().length === 0 && sort.top_values.length > 0) enterRanking();
    }
  }

  const onKeydown = (event) => {
    if (!sort || stage !== 'sorting' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest?.('input, textarea, select, summary, [contenteditable]')) return;
    const next = unsorted()[0];
    const target = PILES.find((p) => p.key === event.key || p.arrow === event.key);
    if (target && next) {
      event.preventDefault();
      place(next.key, target.id);
    } else if (event.key === 'Backspace' && undoStack.length) {
      event.preventDefault();
      undo();
    }
  };
  document.addEventListener('keydown', onKeydown);

  main.append(...pageHeader('sort', 'Values card sort', 'Sort each value by how much it matters to you, then rank your top values. Your progress is saved as you go.'), body, live);
  if (sort && unsorted().length === 0) enterRanking();
  else show();
  if (sort && sort.started_at && stage === 'sorting' && deck.length !== unsorted().length) {
    live.textContent = `Welcome back: continuing the card sort you started ${formatDateTime(sort.started_at)}.`;
  }
  return {
    title: 'Values card sort',
    isDirty: () => rankingDirty,
    dispose: () => { document.removeEventListener('keydown', onKeydown); clearTimeout(saveTimer); if (rankingDirty) saveRanking(false); },
  };
}
