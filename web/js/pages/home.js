// Home: the vision at a glance (or a friendly first step), then one section from each module.
import { get } from '../api.js';
import { h } from '../dom.js';
import { valuesHomeSection } from '../values/home-section.js';
import { journalHomeSection } from '../journal/home-section.js';
import { decisionsHomeSection } from '../decisions/home-section.js';
import { goalsHomeSection } from '../goals/home-section.js';

// Each module adds one section: an async function returning an element, or null when it has nothing
// to show. Order: values, journal, decisions, goals.
const moduleSections = [
  valuesHomeSection,
  journalHomeSection,
  decisionsHomeSection,
  goalsHomeSection,
];

function firstRun() {
  return h('section', { class: 'card empty-state', 'aria-labelledby': 'welcome-title' },
    h('h1', { id: 'welcome-title', text: 'Welcome to True North' }),
    h('p', { text: 'Start with your vision: a few sentences about who you want to be at work and in the rest of your life, five to ten years from now. Everything else here (values, decisions, goals, reflections) points back to it.' }),
    h('a', { class: 'button primary', href: '/vision', 'data-link': true, text: 'Write my vision' }));
}

function visionCard(f) {
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
      ? h('div', { class: 'journey' },
        h('div', {}, h('h3', { text: 'Where I am now' }), h('p', { text: f.current_position || '—' })),
        h('div', { class: 'journey__arrow', 'aria-hidden': 'true', text: '→' }),
        h('div', {}, h('h3', { text: `In ${f.horizon_years} years` }), h('p', { text: f.future_position || '—' })))
      : null);
}

function failedSection(error) {
  return h('section', { class: 'notice error', role: 'alert' }, h('p', { text: `Part of this page could not be loaded: ${error.message}` }));
}

export async function render(main) {
  const [vision, ...sections] = await Promise.all([
    get('/api/vision'),
    ...moduleSections.map((section) => section().catch(failedSection)),
  ]);
  if (vision.version === 0) {
    main.append(firstRun());
  } else {
    main.append(
      h('div', { class: 'page-header' }, h('h1', { text: 'Home' }), h('p', { text: 'Your direction at a glance.' })),
      visionCard(vision));
  }
  main.append(...sections.filter(Boolean));
  return { title: 'Home' };
}
