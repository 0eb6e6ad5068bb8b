// Journal trash: entries moved to the trash, to restore or to delete for good (asked first).
import { del, get, post } from '../api.js';
import { h, replace, toast } from '../dom.js';
import { dayElement, kindLabel } from '../journal/render.js';

export async function render(main) {
  const list = h('ul', { class: 'entry-list trash-list', 'aria-label': 'Entries in the trash' });
  const status = h('p', { class: 'muted', role: 'status', 'aria-live': 'polite' });

  function fill(items) {
    replace(list);
    status.textContent = items.length ? `${items.length} ${items.length === 1 ? 'entry' : 'entries'} in the trash.` : 'The trash is empty.';
    for (const item of items) {
      const row = h('li', { class: 'entry-item' },
        h('div', { class: 'entry-item__meta' }, dayElement(item.date), h('span', { class: 'kind-badge', text: kindLabel(item.kind) })),
        h('h3', { class: 'entry-item__title' }, h('a', { href: `/journal/${item.id}`, 'data-link': true, text: item.title })),
        item.excerpt ? h('p', { class: 'entry-item__text', text: item.excerpt }) : null,
        h('div', { class: 'entry-actions' },
          h('button', {
            type: 'button', class: 'primary', text: 'Restore', 'aria-label': `Restore ${item.title}`,
            onclick: async () => {
              try {
                await post(`/api/journal/entries/${item.id}/restore`);
                toast(`Restored “${item.title}”`);
                fill((await get('/api/journal/trash')).items);
              } catch (error) { toast(`Could not restore: ${error.message}`); }
            },
          }),
          h('button', {
            type: 'button', class: 'danger', text: 'Delete for good', 'aria-label': `Delete ${item.title} for good`,
            onclick: async () => {
              if (!window.confirm(`Delete “${item.title}” for good? This cannot be undone.`)) return;
              try {
                await del(`/api/journal/trash/${item.id}`);
                toast('Deleted for good');
                fill((await get('/api/journal/trash')).items);
              } catch (error) { toast(`Could not delete: ${error.message}`); }
            },
          })));
      list.append(row);
    }
  }

  main.append(
    h('div', { class: 'page-header' },
      h('p', { class: 'entry-kicker' }, h('a', { href: '/journal', 'data-link': true, text: 'Journal' }), ' · Trash'),
      h('h1', { text: 'Trash' }),
      h('p', { text: 'Entries you moved to the trash stay here until you restore them or delete them for good. They do not appear in lists, search or streaks.' })),
    h('section', { class: 'card' }, status, list));
  fill((await get('/api/journal/trash')).items);
  return { title: 'Journal trash' };
}
