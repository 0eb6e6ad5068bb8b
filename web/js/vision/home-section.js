// Home's Vision section: the statement, organisation and the road ahead, or the first step when there is none.
import { h } from '../shared/dom.js';

// The welcome shown on Home before any vision is saved (it carries the page's heading).
export function firstRun() {
  return h('section', { class: 'card empty-state', 'aria-labelledby': 'welcome-title' },
    h('h1', { id: 'welcome-title', text: 'Welcome to True North' }),
    h('p', { text: 'Start with your vision: a few sentences about who you want to be at work and in the rest of your life, five to ten years from now. Everything else here (values, decisions, goals, reflections) points back to it.' }),
    h('div', { class: 'actions' },
      h('a', { class: 'button primary', href: '/vision', 'data-link': true, text: 'Write my vision' }),
      h('a', { class: 'button', href: '/values/vision-builder', 'data-link': true, text: 'Draft it with the vision builder' })),
    h('p', { class: 'small muted', text: 'The vision builder asks five short questions and drafts a statement for you to edit.' }));
}

// The saved vision at a glance.
export function visionHomeSection(f) {
  return h('section', { class: 'card', 'aria-labelledby': 'vision-title' },
    h('div', { class: 'card__header' },
      h('h2', { id: 'vision-title', text: 'My vision' }),
      h('a', { href: '/vision', 'data-link': true, text: 'Edit' })),
    f.statement
      ? h('p', { class: 'statement', text: f.statement })
      : h('p', { class: 'muted' }, 'No statement yet. ', h('a', { href: '/vision', 'data-link': true, text: 'Write one' }), '.'),
    f.organisation || f.mission
      ? h('p', {},
        h('strong', { text: f.organisation || 'My organisation' }),
        f.mission ? h('span', { class: 'muted', text: ` · ${f.mission}` }) : null)
      : null,
    f.current_position || f.future_position
      ? journey('Where I am now', f.current_position || '—', `In ${f.horizon_years} years`, f.future_position || '—')
      : null);
}

// From here to there: two positions side by side with an arrow (also used by the Goals roads page).
export function journey(fromTitle, fromText, toTitle, toText) {
  return h('div', { class: 'journey' },
    h('div', {}, h('h3', { text: fromTitle }), h('p', { text: fromText })),
    h('div', { class: 'journey__arrow', 'aria-hidden': 'true', text: '→' }),
    h('div', {}, h('h3', { text: toTitle }), h('p', { text: toText })));
}
