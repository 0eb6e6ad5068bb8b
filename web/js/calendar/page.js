// The calendar feed: turn the private feed on or off, its address (copy it, open it in the calendar app,
// or make a new one after a confirmation), the weekly reflection's day and time, and what the feed holds.
import { h, pageHeader, replace, toast } from '../shared/dom.js';
import { post, put } from '../shared/api.js';
import { ConfirmDialog } from '../data/confirm-dialog.js';
import { SlotForm, slotSentence } from './slot-form.js';

const APPS = Object.freeze([
  ['Thunderbird', 'New Calendar → On the Network, then paste the address.'],
  ['GNOME Calendar', 'Calendars → Add Calendar → From the web, then paste the address.'],
  ['Apple Calendar', 'File → New Calendar Subscription, then paste the address (or use “Open in my calendar app”).'],
]);

class CalendarPage {
  constructor(main, feed) {
    this.main = main;
    this.feed = feed;
    this.status = h('section', { class: 'card calendar-feed', 'aria-labelledby': 'calendar-feed-title' });
    this.dialog = new ConfirmDialog('calendar-confirm');
    this.slot = new SlotForm(feed.weekly_reflection, (slot) => this.save({ weekly_reflection: slot }));
    this.slotLine = h('p', { class: 'muted', text: slotSentence(feed.weekly_reflection) });
  }

  // Saves `changes` over the settings as they are; a stale version shows the latest settings instead.
  async save(changes) {
    const body = { enabled: this.feed.enabled, weekly_reflection: this.feed.weekly_reflection, version: this.feed.version, ...changes };
    try {
      this.update(await put('/api/calendar', body));
    } catch (error) {
      if (error.status === 409 && error.body?.current) {
        this.update(error.body.current);
        toast('The feed was changed in another tab; this page now shows it. Try again.');
      }
      throw error;
    }
  }

  update(feed) {
    this.feed = feed;
    this.slotLine.textContent = slotSentence(feed.weekly_reflection);
    this.drawStatus();
  }

  // Turns the feed on or off, saying so; focus stays on the card's heading.
  async setEnabled(enabled) {
    try {
      await this.save({ enabled });
      toast(enabled ? 'The calendar feed is on.' : 'The calendar feed is off. Turn it on again to use the same address.');
      this.status.querySelector('h2').focus();
    } catch (error) {
      if (error.status !== 409) toast(`That did not work: ${error.message}`);
    }
  }

  async regenerate() {
    const sure = await this.dialog.ask({
      title: 'Make a new address?', confirm: 'Make a new address',
      text: 'The current address stops working at once: calendars subscribed to it show nothing new until you give them the new one.',
      detail: 'Do this when the address may have reached someone else.' });
    if (!sure) return;
    try {
      this.update(await post('/api/calendar/regenerate', {}));
      toast('A new address is ready; the old one no longer works.');
      this.status.querySelector('textarea').focus();
    } catch (error) {
      toast(`That did not work: ${error.message}`);
    }
  }

  async copy(input) {
    input.select();
    try {
      await navigator.clipboard.writeText(input.value);
      toast('Address copied.');
    } catch {
      toast('Press Ctrl+C (or ⌘C) to copy the selected address.');
    }
  }

  onView() {
    const url = h('textarea', { id: 'calendar-url', class: 'calendar-url', readonly: true, rows: 2, spellcheck: 'false', value: this.feed.url,
      'aria-describedby': 'calendar-url-hint', onfocus: (event) => event.target.select() });
    return [
      h('p', { class: 'calendar-state calendar-state--on', text: 'The feed is on.' }),
      h('div', { class: 'field' },
        h('label', { for: 'calendar-url', text: 'Feed address' }),
        h('p', { class: 'hint', id: 'calendar-url-hint', text: 'Add it to your calendar app as a subscription. Anyone with this address can read the titles in it, so keep it to yourself.' }),
        url),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', text: 'Copy address', onclick: () => this.copy(url) }),
        h('a', { class: 'button', href: this.feed.webcal_url, text: 'Open in my calendar app' }),
        h('button', { type: 'button', text: 'New address…', onclick: () => this.regenerate() }),
        h('button', { type: 'button', class: 'danger', text: 'Turn off the feed', onclick: () => this.setEnabled(false) })),
      h('details', { class: 'calendar-apps' }, h('summary', { text: 'How to add it to your calendar app' }),
        h('dl', {}, APPS.map(([app, how]) => [h('dt', { text: app }), h('dd', { text: how })]))),
    ];
  }

  offView() {
    return [
      h('p', { class: 'calendar-state', text: 'The feed is off.' }),
      h('p', { class: 'muted', text: 'Turned on, it gets a long private address that your calendar app on this computer can subscribe to. It holds titles and dates only: nothing you write in your journal goes into it.' }),
      h('button', { type: 'button', class: 'primary', text: 'Turn on the feed', onclick: () => this.setEnabled(true) }),
    ];
  }

  drawStatus() {
    replace(this.status, h('h2', { id: 'calendar-feed-title', tabindex: '-1', text: 'Your feed' }),
      this.feed.enabled ? this.onView() : this.offView());
  }

  render() {
    this.drawStatus();
    this.main.append(
      pageHeader('Calendar feed', 'Your weekly reflection, the monthly review, decision reviews and milestones as reminders in your own calendar app.'),
      this.status,
      h('section', { class: 'card', 'aria-labelledby': 'calendar-slot-title' },
        h('h2', { id: 'calendar-slot-title', text: 'Weekly reflection' }), this.slotLine, this.slot.el),
      h('section', { class: 'card', 'aria-labelledby': 'calendar-holds-title' },
        h('h2', { id: 'calendar-holds-title', text: 'What the feed holds' }),
        h('ul', { class: 'calendar-holds' },
          h('li', { text: 'The weekly reflection, at the day and time above, every week.' }),
          h('li', { text: 'The monthly review, all day on the 25th of every month.' }),
          h('li', { text: 'Each decision’s review date, once you have recorded the choice.' }),
          h('li', { text: 'The due dates of open milestones and the finish dates of planned and active initiatives.' })),
        h('p', { class: 'small muted', text: 'Titles and dates only. The feed is read-only: changes come from here, and your calendar app fetches them now and then.' })),
      this.dialog.el);
  }
}

export async function render(main, { data }) {
  const page = new CalendarPage(main, await data.feed);
  page.render();
  return { title: 'Calendar feed', isDirty: () => page.slot.isDirty() };
}
