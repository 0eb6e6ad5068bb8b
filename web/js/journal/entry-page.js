// A journal entry as it reads: its answers and notes (Markdown rendered by the server), mood, energy,
// tags and values, and for a monthly review what was true then; edit it, move it to the trash (with undo),
// or restore it from there.
import { del, post } from '../shared/api.js';
import { formatDateTime, h, pageHeader, replace, toast } from '../shared/dom.js';
import { ENERGY_WORDS, MOOD_WORDS, dayElement, kindLabel, markdownBlock } from './render.js';
import { selfCareFacts } from './self-care-ticks.js';

class EntryView {
  constructor(entry) {
    this.entry = entry;
    this.noticeArea = h('div', { 'aria-live': 'polite' });
    this.actions = h('div', { class: 'journal-entry-actions' },
      h('a', { class: 'button primary', href: `/journal/${entry.id}/edit`, 'data-link': true, text: 'Edit' }),
      h('button', { type: 'button', class: 'danger', text: 'Move to trash', onclick: () => this.moveToTrash() }));
  }

  showTrashed() {
    replace(this.noticeArea, h('div', { class: 'notice warning', role: 'status' },
      h('p', { text: 'This entry is in the trash. It stays there until you restore it or delete it for good.' }),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', text: 'Restore', onclick: () => this.restore() }),
        h('a', { href: '/journal/trash', 'data-link': true, text: 'Open the trash' }))));
  }

  async restore() {
    try {
      Object.assign(this.entry, await post(`/api/journal/entries/${this.entry.id}/restore`));
      replace(this.noticeArea);
      this.actions.hidden = false;
      toast('Entry restored');
    } catch (error) {
      replace(this.noticeArea, h('div', { class: 'notice error', role: 'alert' }, h('p', { text: `Could not restore: ${error.message}` })));
    }
  }

  async moveToTrash() {
    try {
      await del(`/api/journal/entries/${this.entry.id}`);
      this.actions.hidden = true;
      replace(this.noticeArea, h('div', { class: 'notice', role: 'status' },
        h('p', { text: 'Moved to the trash.' }),
        h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'primary', text: 'Undo', onclick: () => this.restore() }),
          h('a', { href: '/journal', 'data-link': true, text: 'Back to the journal' }))));
      this.noticeArea.querySelector('button')?.focus();
    } catch (error) {
      toast(`Could not move to the trash: ${error.message}`);
    }
  }

  facts(valueNames) {
    const { entry } = this;
    return h('dl', { class: 'journal-entry-facts' },
      entry.mood ? [h('dt', { text: 'Mood' }), h('dd', { text: `${entry.mood}/5 · ${MOOD_WORDS[entry.mood]}` })] : null,
      entry.energy ? [h('dt', { text: 'Energy' }), h('dd', { text: `${entry.energy}/5 · ${ENERGY_WORDS[entry.energy]}` })] : null,
      entry.tags.length ? [h('dt', { text: 'Tags' }), h('dd', {}, h('ul', { class: 'journal-tag-list' }, entry.tags.map((t) => h('li', {}, h('span', { class: 'journal-tag', text: `#${t}` })))))] : null,
      valueNames.length ? [h('dt', { text: 'Values' }), h('dd', { text: valueNames.join(', ') })] : null,
      selfCareFacts(entry),
      h('dt', { text: 'Last saved' }), h('dd', { text: formatDateTime(entry.updated_at) }));
  }

  article(kind, coreValues) {
    const { entry } = this;
    const answered = (kind?.prompts ?? []).filter((p) => entry.answers[p.key] !== undefined);
    const valueNames = entry.value_ids.map((vid) => coreValues.find((v) => v.id === vid)?.name ?? `Value #${vid}`);
    return h('article', { class: 'card journal-entry-read' },
      answered.map((p) => h('section', { class: 'journal-entry-answer' },
        h('h2', { text: p.label }),
        p.type === 'rating'
          ? h('p', { class: 'journal-rating-readout', text: `${entry.answers[p.key]} / 5` })
          : markdownBlock(entry.html.answers[p.key]))),
      entry.body ? h('section', { class: 'journal-entry-answer' }, answered.length ? h('h2', { text: 'Notes' }) : null, markdownBlock(entry.html.body)) : null,
      this.facts(valueNames));
  }
}

export async function render(main, { data }) {
  const [entry, meta, core, review] = await Promise.all([data.entry, data.kinds, data.core, data.review]);
  // What a monthly review kept: its modules load only for one.
  const record = review ? (await import('./monthly-record.js')).reviewRecord(review) : null;
  const view = new EntryView(entry);
  const kicker = [h('a', { href: '/journal', 'data-link': true, text: 'Journal' }), ' · ', h('span', { text: kindLabel(entry.kind) }), ' · ',
    dayElement(entry.date), entry.week ? h('span', { class: 'muted', text: ` · week ${entry.week.week}` }) : null];
  main.append(pageHeader(entry.title, null, kicker), view.noticeArea, view.article(meta.items.find((k) => k.id === entry.kind), core.items),
    ...(record ? [record] : []), view.actions);
  if (entry.deleted_at) {
    view.actions.hidden = true;
    view.showTrashed();
  }
  return { title: entry.title };
}
