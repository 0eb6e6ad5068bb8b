// Home: the vision at a glance (or a friendly first step), then one section from each module.
import { h, pageHeader } from '../shared/dom.js';
import { firstRun, visionHomeSection } from '../vision/home-section.js';
import { valuesHomeSection } from '../values/home-section.js';
import { journalHomeSection } from '../journal/home-section.js';
import { decisionsHomeSection } from '../decisions/home-section.js';
import { goalsHomeSection } from '../goals/home-section.js';
import { peopleHomeSection } from '../people/home-section.js';
import { dataHomeLine, dataHomeNotice } from '../data/home-section.js';

// Each module adds one section: an async function of the page's API replies returning an element, or
// null when it has nothing to show. Order: values, journal, decisions, goals, people, then the line about
// your data.
const moduleSections = [valuesHomeSection, journalHomeSection, decisionsHomeSection, goalsHomeSection, peopleHomeSection, dataHomeLine];

function failedSection(error) {
  return h('section', { class: 'notice error', role: 'alert' }, h('p', { text: `Part of this page could not be loaded: ${error.message}` }));
}

export async function render(main, { data }) {
  const [vision, notice, ...sections] = await Promise.all([
    data.vision,
    dataHomeNotice(data).catch(() => null),  // a failed backup shows first
    ...moduleSections.map((section) => section(data).catch(failedSection)),
  ]);
  if (vision.version === 0) main.append(...[firstRun(), notice].filter(Boolean));
  else {
    const header = pageHeader('Home', 'Your direction at a glance.');
    header.append(h('a', { class: 'button', href: '/plan', text: 'Print my plan' }));
    main.append(...[header, notice, visionHomeSection(vision)].filter(Boolean));
  }
  main.append(...sections.filter(Boolean));
  return { title: 'Home' };
}
