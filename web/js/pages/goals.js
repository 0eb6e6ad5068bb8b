// Goals: three views under one nav entry: initiatives and the stop-doing list, career roads, priorities.
import { h } from '../dom.js';
import { goalsNav } from '../goals/common.js';
import { renderInitiatives } from '../goals/initiatives.js';
import { renderPriorities } from '../goals/priorities.js';
import { renderRoads } from '../goals/roads.js';

const VIEWS = {
  initiatives: { render: renderInitiatives, intro: 'A handful of concrete moves, with dates and a measure of success, that bring your vision closer, and what you stop doing to make room for them.' },
  roads: { render: renderRoads, intro: 'Possible paths from where you are to where you want to be. Pick one as your current road; switching later is fine and is remembered.' },
  priorities: { render: renderPriorities, intro: 'Sort current tasks by urgency and importance: do, schedule, delegate or drop.' },
};

export async function render(main, params) {
  const key = params.tab ?? 'initiatives';
  const view = VIEWS[key];
  if (!view || key === 'initiatives' && params.tab) {
    main.append(h('div', { class: 'card empty-state' },
      h('h1', { text: 'Page not found' }),
      h('a', { class: 'button primary', href: '/goals', 'data-link': true, text: 'Go to Goals' })));
    return { title: 'Not found' };
  }
  main.append(
    h('div', { class: 'page-header' }, h('h1', { text: 'Goals' }), h('p', { text: view.intro })),
    goalsNav(key));
  return view.render(main);
}
