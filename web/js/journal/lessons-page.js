// Lessons: every "What I learned" answer from weekly reflections, newest first.
import { get } from '../shared/api.js';
import { h, pageHeader, toast } from '../shared/dom.js';
import { dayElement, markdownBlock } from './render.js';

export async function render(main, { data }) {
  const list = h('ol', { class: 'journal-lesson-list', 'aria-label': 'Lessons, newest first' });
  const more = h('button', { type: 'button', text: 'Show older lessons', hidden: true });
  let cursor = null;
  const show = (reply) => {
    list.append(...reply.items.map((l) => h('li', { class: 'journal-lesson' },
      h('p', { class: 'journal-lesson__meta' }, dayElement(l.date), ' · ', h('a', { href: `/journal/${l.entry_id}`, 'data-link': true, text: l.title })),
      markdownBlock(l.html, 'journal-markdown journal-lesson__text'))));
    cursor = reply.next_cursor;
    more.hidden = !cursor;
    more.disabled = false;
    return reply.items.length;
  };
  // Only while there is an older page: without a cursor the API would answer the first page again.
  more.addEventListener('click', async () => {
    if (!cursor || more.disabled) return;
    more.disabled = true;
    try {
      show(await get(`/api/journal/lessons?cursor=${encodeURIComponent(cursor)}`));
    } catch (error) {
      more.disabled = false;
      toast(`Older lessons could not be loaded: ${error.message}`);
    }
  });
  main.append(pageHeader('Lessons', 'Every answer to “What I learned” from your weekly reflections, newest first. Read a few before a big decision.',
    [h('a', { href: '/journal', 'data-link': true, text: 'Journal' }), ' · Lessons']));
  const card = h('section', { class: 'card' }, list, more);
  main.append(card);
  if (show(await data.lessons) === 0) {
    card.prepend(h('p', { class: 'muted', text: 'No lessons yet. They come from the “What I learned” question of the weekly reflection.' }),
      h('a', { class: 'button primary', href: '/journal/new/weekly', 'data-link': true, text: 'Write this week’s reflection' }));
  }
  return { title: 'Lessons' };
}
