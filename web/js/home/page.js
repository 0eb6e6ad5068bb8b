// Home: the heading, the first-run path of a new workbook and the one "What to do next" list, the vision
// at a glance, then one summary section from each module.
import { h, pageHeader, replace, toast } from '../shared/dom.js';
import { put } from '../shared/api.js';
import { visionHomeSection } from '../vision/home-section.js';
import { valuesHomeSection } from '../values/home-section.js';
import { journalHomeSection } from '../journal/home-section.js';
import { decisionsHomeSection } from '../decisions/home-section.js';
import { goalsHomeSection } from '../goals/home-section.js';
import { peopleHomeSection } from '../people/home-section.js';
import { dataHomeLine, dataHomeNotice } from '../data/home-section.js';
import { firstRunCard, firstRunHiddenLine } from './first-run.js';
import { nextCard } from './next-list.js';

// Each module adds one section: an async function of the page's API replies returning an element, or
// null when it has nothing to show. Order: values, journal, decisions, goals, people, then the line about
// your data.
const moduleSections = [valuesHomeSection, journalHomeSection, decisionsHomeSection, goalsHomeSection, peopleHomeSection, dataHomeLine];

function failedSection(error) {
  return h('section', { class: 'notice error', role: 'alert' }, h('p', { text: `Part of this page could not be loaded: ${error.message}` }));
}

// The page's heading: the welcome while a new workbook has no vision and its first steps show (the
// first-run card then carries it), else "Home" with the way to the printable plan.
function homeHeader(welcome) {
  if (welcome) return null;
  const header = pageHeader('Home', 'Your direction at a glance.');
  header.append(h('a', { class: 'button', href: '/plan', text: 'Print my plan' }));
  return header;
}

// The parts of Home that follow the first-run path: its card (or the line that brings it back) and the
// next list. Skipping or showing the path again saves that in the workbook and draws them anew.
class Guide {
  constructor(main, vision) {
    this.main = main;
    this.vision = vision;
    this.header = h('div', { class: 'home-header' });
    this.top = h('div', { class: 'home-guide' });
    this.bottom = h('div', { class: 'home-guide-end' });
  }

  // Draws the parts for `next` (the reply of GET /api/home/next or PUT /api/home/first-run).
  show(next) {
    const welcome = next.first_run.show && this.vision.version === 0;
    replace(this.header, homeHeader(welcome));
    replace(this.top,
      next.first_run.show ? firstRunCard(next.first_run, { welcome, onSkip: () => this.setSkipped(true) }) : null,
      nextCard(next));
    replace(this.bottom, firstRunHiddenLine(next.first_run, { onShow: () => this.setSkipped(false) }));
  }

  // Saves the skip (or its undoing), then shows the result and puts focus on what replaced the path.
  async setSkipped(skipped) {
    try {
      this.show(await put('/api/home/first-run', { skipped }));
      toast(skipped ? 'First steps hidden. Show them again from the end of this page.' : 'Your first steps are back at the top of Home.');
      const target = this.main.querySelector(skipped ? '#home-next-title' : '#home-first-title') ?? this.main.querySelector('h1');
      target?.setAttribute('tabindex', '-1');
      target?.focus();
    } catch (error) {
      toast(`That did not work: ${error.message}`);
    }
  }
}

export async function render(main, { data }) {
  const [vision, next, notice, ...sections] = await Promise.all([
    data.vision,
    data.next,
    dataHomeNotice(data).catch(() => null),  // a failed backup shows first
    ...moduleSections.map((section) => section(data).catch(failedSection)),
  ]);
  const guide = new Guide(main, vision);
  guide.show(next);
  main.append(...[guide.header, notice, guide.top, vision.version > 0 ? visionHomeSection(vision) : null].filter(Boolean));
  main.append(...sections.filter(Boolean), guide.bottom);
  return { title: 'Home' };
}
