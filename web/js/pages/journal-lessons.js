// Lessons: every "What I learned" answer from weekly reflections, newest first.
import { get } from '../api.js';
import { h } from '../dom.js';
import { dayElement, markdownBlock } from '../journal/render.js';

export async function render(main) {
  const list = h('ol', { class: 'lesson-list', 'aria-label': 'Lessons, newest first' });
  const more = h('button', { type: 'button', text: 'Show older lessons', hidden: true });
  let cursor = null;

  async function load() {
    more.disabled = true;
    const reply = await get(`/api/journal/lessons${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`);
    list.append(...reply.items.map((l) => h('li', { class: 'lesson' },
      h('p', { class: 'lesson__meta' }, dayElement(l.date), ' · ', h('a', { href: `/journal/${l.entry_id}`, 'data-link': true, text: l.title })),
      markdownBlock(l.html, 'markdown lesson__text'))));
    cursor = reply.next_cursor;
    more.hidden = !cursor;
    more.disabled = false;
    return reply.items.length;
  }
  more.addEventListener('click', load);

  main.append(
    h('div', { class: 'page-header' },
      h('p', { class: 'entry-kicker' }, h('a', { href: '/journal', 'data-link': true, text: 'Journal' }), ' · Lessons'),
      h('h1', { text: 'Lessons' }),
      h('p', { text: 'Every answer to “What I learned” from your weekly reflections, newest first. Read a few before a big decision.' })));
  const card = h('section', { class: 'card' }, list, more);
  main.append(card);
  if ((await load()) === 0) {
    card.prepend(h('p', { class: 'muted', text: 'No lessons yet. They come from the “What I learned” question of the weekly reflection.' }),
      h('a', { class: 'button primary', href: '/journal/new/weekly', 'data-link': true, text: 'Write this week’s reflection' }));
  }
  return { title: 'Lessons' };
}
