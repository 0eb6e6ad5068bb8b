// The feedback log (/people/feedback): log what someone said, filter by source, theme, value or what it
// points to, and page through everything, newest first.
import { del, get, post } from '../shared/api.js';
import { h, replace, toast } from '../shared/dom.js';
import { fieldErrors } from '../shared/fields.js';
import { SOURCE_LABELS, emptyCard, feedbackNav, peopleHeader } from './common.js';
import { blankFeedback, feedbackFields } from './feedback-form.js';
import { feedbackItem } from './feedback-item.js';

class FeedbackLog {
  constructor(first, themes, core) {
    this.items = first.items;
    this.next = first.next_cursor;
    this.today = first.today;
    this.themes = themes.items;
    this.core = core.items;
    this.listArea = h('div', { 'aria-live': 'polite' });
    this.formArea = h('div');
    this.status = h('p', { class: 'visually-hidden', role: 'status' });
    this.filters = this.makeFilters();
    this.logButton = h('button', { type: 'button', class: 'primary', text: 'Log feedback', 'aria-expanded': 'false', onclick: () => this.toggleForm() });
  }

  makeFilters() {
    const select = (label, pairs) => h('label', { class: 'people-filter' }, h('span', { text: label }),
      h('select', { onchange: () => this.reload() }, h('option', { value: '', text: 'Any' }), pairs.map(([value, text]) => h('option', { value, text }))));
    return {
      source: select('Source', Object.entries(SOURCE_LABELS)),
      theme: select('Theme', this.themes.map((t) => [String(t.id), t.name])),
      value: select('Value', this.core.map((v) => [String(v.id), v.name])),
      points_to: select('Points to', [['strength', 'A strength'], ['growth', 'A growth area']]),
    };
  }

  query(cursor) {
    const params = new URLSearchParams();
    for (const [name, label] of Object.entries(this.filters)) {
      const value = label.querySelector('select').value;
      if (value) params.set(name, value);
    }
    if (cursor) params.set('cursor', cursor);
    return `/api/feedback?${params}`;
  }

  async reload() {
    try {
      const reply = await get(this.query());
      this.items = reply.items;
      this.next = reply.next_cursor;
      this.renderList();
      this.status.textContent = `${this.items.length}${this.next ? ' or more' : ''} shown`;
    } catch (error) {
      toast(`Could not load: ${error.message}`);
    }
  }

  async more(button) {
    button.disabled = true;
    const reply = await get(this.query(this.next));
    this.items.push(...reply.items);
    this.next = reply.next_cursor;
    this.renderList();
  }

  async remove(f) {
    if (!window.confirm(`Delete this feedback from ${f.from} (${f.received_on})? This cannot be undone.`)) return;
    try {
      await del(`/api/feedback/${f.id}`);
      toast('Feedback deleted');
      await this.reload();
    } catch (error) {
      toast(`Not deleted: ${error.message}`);
    }
  }

  renderList() {
    const filtered = Object.values(this.filters).some((l) => l.querySelector('select').value);
    if (!this.items.length) {
      replace(this.listArea, filtered
        ? h('p', { class: 'muted', text: 'No feedback matches these filters.' })
        : emptyCard('No feedback logged yet', 'Write down what people tell you, in their words, soon after: praise and criticism alike. Over time it shows which of your values others see you live.'));
      return;
    }
    replace(this.listArea,
      h('ul', { class: 'people-feedback-list', 'aria-label': 'Feedback' }, this.items.map((f) => feedbackItem(f, this.core, [
        h('a', { href: `/people/feedback/${f.id}`, 'data-link': true, text: 'Edit', 'aria-label': `Edit the feedback from ${f.from} on ${f.received_on}` }),
        h('button', { type: 'button', class: 'link danger', text: 'Delete', 'aria-label': `Delete the feedback from ${f.from} on ${f.received_on}`, onclick: () => this.remove(f) }),
      ]))),
      this.next ? h('button', { type: 'button', text: 'Show more', onclick: (e) => this.more(e.target) }) : null);
  }

  toggleForm() {
    if (this.formArea.firstChild) {
      replace(this.formArea);
      this.logButton.setAttribute('aria-expanded', 'false');
      return;
    }
    const fields = feedbackFields('new-feedback', this.themes, this.core);
    const general = h('div');
    const errors = fieldErrors(fields.fields, general);
    const form = h('form', { class: 'card people-feedback-form', novalidate: true, 'aria-label': 'Log feedback' },
      h('h3', { text: 'Log feedback' }), fields.el, general,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', text: 'Save feedback' }),
        h('button', { type: 'button', text: 'Cancel', onclick: () => this.toggleForm() })));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      errors.clear();
      try {
        await post('/api/feedback', fields.read());
        toast('Feedback saved');
        this.toggleForm();
        await this.reload();
        this.logButton.focus();
      } catch (error) {
        errors.show(error.field, error.message);
      }
    });
    fields.fill(blankFeedback(this.today));
    replace(this.formArea, form);
    this.logButton.setAttribute('aria-expanded', 'true');
    fields.focus();
  }
}

export async function render(main, { data }) {
  const [feedback, themes, core, filter] = await Promise.all([data.feedback, data.themes, data.core, data.filter]);
  const page = new FeedbackLog(feedback, themes, core);
  for (const name of ['value', 'theme']) if (filter?.[name]) page.filters[name].querySelector('select').value = filter[name];
  main.append(...peopleHeader('feedback'), feedbackNav('log'),
    h('section', { class: 'people-section', 'aria-labelledby': 'feedback-title' },
      h('div', { class: 'people-section-header' }, h('h2', { id: 'feedback-title', text: 'Feedback log' }), page.logButton),
      page.formArea,
      h('div', { class: 'people-filters', role: 'group', 'aria-label': 'Filters' }, Object.values(page.filters)),
      page.status, page.listArea));
  page.renderList();
  if (!page.items.length && !filter?.value && !filter?.theme) page.toggleForm();
  return { title: 'Feedback' };
}
