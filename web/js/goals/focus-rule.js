// The focus rule: at most five active initiatives. When the server refuses a sixth, this asks which
// active one should make room (postpone or drop), then tries again.
import { ApiError, patch } from '../shared/api.js';
import { h, replace, toast } from '../shared/dom.js';
import { STATUS_LABELS } from './common.js';

export const isFocusRefusal = (error) => error instanceof ApiError && error.status === 409 && error.field === 'status';

// Shows the refusal `error` in `area` with the active initiatives; `retry` runs after a choice.
export function showFocusChoice(area, error, retry) {
  const active = error.body?.active ?? [];
  const choose = async (item, status) => {
    try {
      await patch(`/api/initiatives/${item.id}`, { status, version: item.version });
      replace(area);
      toast(`${STATUS_LABELS[status]}: ${item.title}`);
      await retry();
    } catch (e) {
      replace(area, h('div', { class: 'notice error', role: 'alert' }, h('p', { text: e.message })));
    }
  };
  replace(area, h('div', { class: 'notice warning goals-focus-choice', role: 'alert' },
    h('p', {}, h('strong', { text: 'Five active initiatives is the limit.' }), ' ', error.message),
    h('p', { text: 'Which one should make room?' }),
    h('ul', { class: 'goals-focus-choice__list' }, active.map((item) => h('li', {},
      h('span', { class: 'goals-focus-choice__title', text: item.title }),
      h('span', { class: 'goals-focus-choice__actions' },
        h('button', { type: 'button', text: 'Postpone', 'aria-label': `Postpone ${item.title}`, onclick: () => choose(item, 'postponed') }),
        h('button', { type: 'button', text: 'Drop', 'aria-label': `Drop ${item.title}`, onclick: () => choose(item, 'dropped') }))))),
    h('div', { class: 'actions' },
      h('button', { type: 'button', text: 'Keep things as they are', onclick: () => replace(area) }))));
  area.querySelector('button')?.focus();
}
