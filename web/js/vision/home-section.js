// Home's Vision section: the statement, organisation and the road ahead.
import { h } from '../shared/dom.js';

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
