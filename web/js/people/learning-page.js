// The learning list (/people/learning): books, courses, talks and articles on four shelves, the form that
// adds one, and the starting list the app offers (never forced).
import { get, post } from '../shared/api.js';
import { dateElement, h, navigate, replace, toast } from '../shared/dom.js';
import { fieldErrors } from '../shared/fields.js';
import { SHELF_LABELS, emptyCard, peopleHeader } from './common.js';
import { BLANK_ITEM, itemFields } from './item-form.js';

class LearningPage {
  constructor(list, starter) {
    this.counts = list.counts;
    // The page starts from the in-progress shelf (the route asks for it); with nothing in progress, "Want to".
    this.shelf = list.counts.in_progress ? 'in_progress' : 'want';
    this.items = list.items;
    this.next = list.next_cursor;
    this.starter = starter.items;
    this.shelfTabs = h('div', { class: 'people-shelves', role: 'group', 'aria-label': 'Shelves' });
    this.listArea = h('div', { 'aria-live': 'polite' });
    this.starterArea = h('div');
    this.formArea = h('div');
    this.addButton = h('button', { type: 'button', class: 'primary', text: 'Add to the list', 'aria-expanded': 'false', onclick: () => this.toggleForm() });
  }

  async show(shelf, cursor) {
    const reply = await get(`/api/learning/items?shelf=${shelf}${cursor ? `&cursor=${cursor}` : ''}`);
    this.shelf = shelf;
    this.counts = reply.counts;
    this.items = cursor ? [...this.items, ...reply.items] : reply.items;
    this.next = reply.next_cursor;
    this.renderShelves();
    this.renderList();
  }

  renderShelves() {
    if (!Object.values(this.counts).some(Boolean)) { replace(this.shelfTabs); return; }
    replace(this.shelfTabs, Object.entries(SHELF_LABELS).map(([key, label]) => h('button', {
      type: 'button', class: 'people-shelf', 'aria-pressed': key === this.shelf ? 'true' : 'false', onclick: () => this.show(key),
    }, label, h('span', { class: 'people-shelf__count', text: ` ${this.counts[key]}` }))));
  }

  itemCard(i) {
    const read = i.latest_read;
    return h('li', { class: 'card people-item' },
      h('p', { class: 'people-item__kind small muted', text: i.kind_label }),
      h('h3', {}, h('a', { href: `/people/learning/${i.id}`, 'data-link': true, text: i.title })),
      i.author ? h('p', { class: 'small', text: i.author }) : null,
      i.shelf === 'in_progress' ? h('p', { class: 'people-item__progress small' },
        h('progress', { max: 100, value: i.progress, 'aria-label': `${i.title}: progress` }), ` ${i.progress}%`) : null,
      h('p', { class: 'small muted' },
        i.rating ? `${'★'.repeat(i.rating)} · ` : '',
        read?.finished_on ? ['finished ', dateElement(read.finished_on)] : read?.started_on ? ['started ', dateElement(read.started_on)] : 'not started',
        i.reads.length > 1 ? ` · read ${i.reads.length} times` : '',
        i.takeaways ? ` · ${i.takeaways} ${i.takeaways === 1 ? 'takeaway' : 'takeaways'}` : '',
        i.quotes ? ` · ${i.quotes} ${i.quotes === 1 ? 'quote' : 'quotes'}` : ''));
  }

  renderList() {
    if (!Object.values(this.counts).some(Boolean)) {
      replace(this.listArea, emptyCard('Nothing on your list yet', 'Keep the books, courses, talks and articles that shape how you work, with what you take away from them.'));
      return;
    }
    if (!this.items.length) {
      replace(this.listArea, h('p', { class: 'muted', text: `Nothing on “${SHELF_LABELS[this.shelf]}”.` }));
      return;
    }
    replace(this.listArea, h('ul', { class: 'people-item-grid', 'aria-label': SHELF_LABELS[this.shelf] }, this.items.map((i) => this.itemCard(i))),
      this.next ? h('button', { type: 'button', text: 'Show more', onclick: () => this.show(this.shelf, this.next) }) : null);
  }

  async addStarter(keys) {
    try {
      const added = await post('/api/learning/starter', { keys });
      toast(`Added to “Want to”: ${added.items.map((i) => i.title).join(', ')}`);
      this.starter = (await get('/api/learning/starter')).items;
      this.renderStarter();
      await this.show('want');
    } catch (error) {
      toast(`Not added: ${error.message}`);
    }
  }

  renderStarter() {
    const missing = this.starter.filter((s) => !s.added);
    if (!missing.length) { replace(this.starterArea); return; }
    replace(this.starterArea, h('section', { class: 'card people-starter', 'aria-labelledby': 'starter-title' },
      h('h2', { id: 'starter-title', text: 'A starting list' }),
      h('p', { class: 'muted small', text: 'Three books that fit this way of working. Add any you like; nothing is added unless you ask.' }),
      h('ul', {}, missing.map((s) => h('li', {},
        h('div', {}, h('strong', { text: s.title }), ` by ${s.author}`, h('p', { class: 'small muted', text: s.why })),
        h('button', { type: 'button', class: 'small', text: 'Add', 'aria-label': `Add ${s.title}`, onclick: () => this.addStarter([s.key]) })))),
      missing.length > 1 ? h('button', { type: 'button', text: `Add all ${missing.length}`, onclick: () => this.addStarter(missing.map((s) => s.key)) }) : null));
  }

  toggleForm() {
    if (this.formArea.firstChild) {
      replace(this.formArea);
      this.addButton.setAttribute('aria-expanded', 'false');
      return;
    }
    const fields = itemFields('new-item');
    const general = h('div');
    const errors = fieldErrors(() => fields.fields(), general);
    const form = h('form', { class: 'card people-item-form', novalidate: true, 'aria-label': 'Add to the list' },
      h('h3', { text: 'Add to the list' }), fields.el, general,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', text: 'Add it' }),
        h('button', { type: 'button', text: 'Cancel', onclick: () => this.toggleForm() })));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      errors.clear();
      try {
        const saved = await post('/api/learning/items', fields.read());
        toast(`Added ${saved.title}`);
        navigate(`/people/learning/${saved.id}`);
      } catch (error) {
        errors.show(error.field, error.message);
      }
    });
    fields.fill(BLANK_ITEM);
    replace(this.formArea, form);
    this.addButton.setAttribute('aria-expanded', 'true');
    fields.focus();
  }
}

export async function render(main, { data }) {
  const [list, starter] = await Promise.all([data.items, data.starter]);
  const page = new LearningPage(list, starter);
  main.append(...peopleHeader('learning'),
    h('section', { class: 'people-section', 'aria-labelledby': 'learning-title' },
      h('div', { class: 'people-section-header' }, h('h2', { id: 'learning-title', text: 'Reading and learning list' }), page.addButton),
      page.formArea, page.shelfTabs, page.listArea),
    page.starterArea);
  page.renderStarter();
  if (page.shelf === 'want' && list.counts.want) {
    await page.show('want');
  } else {
    page.renderShelves();
    page.renderList();
  }
  return { title: 'Learning' };
}
