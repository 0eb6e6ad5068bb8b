// Home's first-run path for a new workbook: five first steps with their progress (a step is done when the
// data says so) and a way to skip them; the skip is kept in the workbook, so every browser honours it.
import { h } from '../shared/dom.js';

// One step: a tick when done, else its why and its button (primary for the first step still open).
function stepItem(step, current) {
  const state = step.done ? 'done' : current ? 'current' : 'open';
  return h('li', { class: `home-first__step home-first__step--${state}`, dataset: { key: step.key } },
    h('span', { class: 'home-first__mark', 'aria-hidden': 'true', text: step.done ? '✓' : '' }),
    h('div', { class: 'home-first__text' },
      h('p', { class: 'home-first__title' }, h('strong', { text: step.title }),
        step.done ? h('span', { class: 'visually-hidden', text: ' (done)' }) : null),
      step.done ? null : h('p', { class: 'small muted', text: step.why }),
      !step.done && step.key === 'vision'
        ? h('p', { class: 'small' }, 'Or ', h('a', { href: '/values/vision-builder', 'data-link': true, text: 'Draft it with the vision builder' }),
          ': five short questions, and a statement to edit.')
        : null),
    step.done ? null : h('a', { class: `button${current ? ' primary' : ''}`, href: step.href, 'data-link': true, text: step.action }));
}

// The first-run card for `firstRun` ({steps, done, total}). `welcome`: the card opens the page, so it
// carries the page's heading. onSkip() is called when the person skips the path.
export function firstRunCard(firstRun, { welcome, onSkip }) {
  const current = firstRun.steps.find((s) => !s.done);
  const heading = welcome
    ? h('h1', { id: 'home-first-title', text: 'Welcome to True North' })
    : h('h2', { id: 'home-first-title', text: 'Your first steps' });
  const skip = h('button', { type: 'button', class: 'link', text: 'Skip these steps' });
  skip.addEventListener('click', () => {
    skip.disabled = true;
    onSkip().finally(() => { skip.disabled = false; });
  });
  return h('section', { class: 'card home-first', 'aria-labelledby': 'home-first-title' },
    heading,
    h('p', { class: 'home-first__intro', text: welcome
      ? 'Start with your vision: a few sentences about who you want to be at work and in the rest of your life, five to ten years from now. These five steps set up your workbook; each is ticked off as soon as it is done, in any order.'
      : 'These five steps set up your workbook; each is ticked off as soon as it is done, in any order.' }),
    h('div', { class: 'home-first__progress' },
      h('progress', { max: firstRun.total, value: firstRun.done, 'aria-labelledby': 'home-first-count' }),
      h('span', { id: 'home-first-count', class: 'small', text: `${firstRun.done} of ${firstRun.total} done` })),
    h('ol', { class: 'home-first__steps' }, firstRun.steps.map((step) => stepItem(step, step === current))),
    h('p', { class: 'small muted home-first__skip' }, skip, ' You can show them again from the end of this page.'));
}

// The line at the end of Home while the skipped path still has open steps; onShow() brings it back.
export function firstRunHiddenLine(firstRun, { onShow }) {
  if (!firstRun.skipped || firstRun.done === firstRun.total) return null;
  const show = h('button', { type: 'button', class: 'link', text: 'Show the first steps again' });
  show.addEventListener('click', () => {
    show.disabled = true;
    onShow().finally(() => { show.disabled = false; });
  });
  return h('p', { class: 'small muted home-first__hidden' }, `First steps hidden (${firstRun.done} of ${firstRun.total} done). `, show);
}
