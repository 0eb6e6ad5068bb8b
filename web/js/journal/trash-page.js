// Journal trash: entries moved to the trash, to restore or to delete for good (asked first).
import { del, get, post } from '../shared/api.js';
import { h, pageHeader, replace, toast } from '../shared/dom.js';
import { entryItem } from './render.js';

class Trash {
  constructor() {
    this.list = h('ul', { class: 'journal-entry-list journal-trash-list', 'aria-label': 'Entries in the trash' });
    this.status = h('p', { class: 'muted', role: 'status', 'aria-live': 'polite' });
  }

  async act(request, done, failed) {
    try {
      await request();
      toast(done);
      this.fill((await get('/api/journal/trash')).items);
    } catch (error) {
      toast(`${failed}: ${error.message}`);
    }
  }

  restore(item) {
    return this.act(() => post(`/api/journal/entries/${item.id}/restore`), `Restored “${item.title}”`, 'Could not restore');
  }

  remove(item) {
    if (!window.confirm(`Delete “${item.title}” for good? This cannot be undone.`)) return undefined;
    return this.act(() => del(`/api/journal/trash/${item.id}`), 'Deleted for good', 'Could not delete');
  }

  fill(items) {
    this.status.textContent = items.length ? `${items.length} ${items.length === 1 ? 'entry' : 'entries'} in the trash.` : 'The trash is empty.';
    replace(this.list, items.map((item) => entryItem({ ...item, tags: [], mood: null }, {
      actions: h('div', { class: 'journal-entry-actions' },
        h('button', { type: 'button', class: 'primary', text: 'Restore', 'aria-label': `Restore ${item.title}`, onclick: () => this.restore(item) }),
        h('button', { type: 'button', class: 'danger', text: 'Delete for good', 'aria-label': `Delete ${item.title} for good`, onclick: () => this.remove(item) })),
    })));
  }
}

export async function render(main, { data }) {
  const trash = new Trash();
  main.append(
    pageHeader('Trash', 'Entries you moved to the trash stay here until you restore them or delete them for good. They do not appear in lists, search or streaks.',
      [h('a', { href: '/journal', 'data-link': true, text: 'Journal' }), ' · Trash']),
    h('section', { class: 'card' }, trash.status, trash.list));
  trash.fill((await data.trash).items);
  return { title: 'Journal trash' };
}
