// People: accountability partners with their next check-in, every open commitment (overdue first), the
// latest check-ins, and the form that adds a partner.
import { get, post } from '../shared/api.js';
import { dateElement, h, navigate, replace, toast } from '../shared/dom.js';
import { fieldErrors } from '../shared/fields.js';
import { ROLE_LABELS, emptyCard, nextCheckInLine, peopleHeader } from './common.js';
import { commitmentList } from './commitments.js';
import { BLANK_PARTNER, partnerFields } from './partner-form.js';

class OverviewPage {
  constructor(partners, commitments, checkIns) {
    this.partners = partners.items;
    this.commitments = commitments.items;
    this.checkIns = checkIns.items;
    this.partnersArea = h('div');
    this.commitmentsArea = h('div');
    this.formArea = h('div');
    this.addButton = h('button', { type: 'button', class: 'primary', text: 'Add a partner', 'aria-expanded': 'false', onclick: () => this.toggleForm() });
  }

  async reload() {
    const [partners, commitments] = await Promise.all([get('/api/people/partners'), get('/api/people/commitments')]);
    this.partners = partners.items;
    this.commitments = commitments.items;
    this.renderPartners();
    this.renderCommitments();
  }

  partnerCard(p) {
    return h('li', { class: `card people-partner people-partner--${p.due.state}` },
      h('div', { class: 'people-partner__head' },
        h('h3', {}, h('a', { href: `/people/partners/${p.id}`, 'data-link': true, text: p.name })),
        h('span', { class: 'badge', text: ROLE_LABELS[p.role] ?? p.role })),
      p.how_they_help ? h('p', { class: 'people-partner__help', text: p.how_they_help }) : null,
      h('p', { class: 'small' }, nextCheckInLine(p)),
      h('p', { class: 'small muted' }, `${p.cadence_label} · `,
        p.last_met ? ['last met ', dateElement(p.last_met)] : 'not met yet',
        ` · ${p.open_commitments} open ${p.open_commitments === 1 ? 'commitment' : 'commitments'}`),
      h('a', { class: 'button', href: `/people/check-ins/new?partner=${p.id}`, 'data-link': true, text: 'Log a check-in', 'aria-label': `Log a check-in with ${p.name}` }));
  }

  renderPartners() {
    if (!this.partners.length) {
      replace(this.partnersArea, emptyCard('No partners yet',
        'Add the mentor, coach or accountability partner you meet, say monthly. Each check-in then starts from what you committed to last time.'));
      if (!this.formArea.firstChild) this.toggleForm();
      return;
    }
    replace(this.partnersArea, h('ul', { class: 'people-partner-grid', 'aria-label': 'Partners' }, this.partners.map((p) => this.partnerCard(p))));
  }

  renderCommitments() {
    replace(this.commitmentsArea, commitmentList(this.commitments, {
      onChanged: () => this.reload(), showPartner: true, label: 'Open commitments',
      empty: 'Nothing open. Commitments you make in a check-in show here until they are done, dropped or handed on.',
    }));
  }

  toggleForm() {
    if (this.formArea.firstChild) {
      replace(this.formArea);
      this.addButton.setAttribute('aria-expanded', 'false');
      this.addButton.focus();
      return;
    }
    const fields = partnerFields('new-partner');
    const general = h('div');
    const errors = fieldErrors(fields.fields, general);
    const form = h('form', { class: 'card people-partner-form', novalidate: true, 'aria-label': 'Add a partner' },
      h('h3', { text: 'Add a partner' }), fields.el, general,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', text: 'Save partner' }),
        this.partners.length ? h('button', { type: 'button', text: 'Cancel', onclick: () => this.toggleForm() }) : null));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      errors.clear();
      try {
        const saved = await post('/api/people/partners', fields.read());
        toast(`Added ${saved.name}`);
        navigate(`/people/partners/${saved.id}`);
      } catch (error) {
        errors.show(error.field, error.message);
      }
    });
    fields.fill(BLANK_PARTNER);
    replace(this.formArea, form);
    this.addButton.setAttribute('aria-expanded', 'true');
    fields.focus();
  }

  recentCheckIns() {
    if (!this.checkIns.length) return h('p', { class: 'muted', text: 'No check-ins logged yet.' });
    return h('ul', { class: 'people-check-in-list' }, this.checkIns.map((c) => h('li', {},
      h('a', { href: `/people/check-ins/${c.id}`, 'data-link': true }, dateElement(c.held_on), ` · ${c.partner_name}`),
      c.excerpt ? h('p', { class: 'small muted', text: c.excerpt }) : null)));
  }
}

export async function render(main, { data }) {
  const page = new OverviewPage(...await Promise.all([data.partners, data.commitments, data.checkIns]));
  main.append(
    ...peopleHeader('check-ins'),
    h('section', { class: 'people-section', 'aria-labelledby': 'partners-title' },
      h('div', { class: 'people-section-header' }, h('h2', { id: 'partners-title', text: 'Partners' }), page.addButton),
      page.formArea, page.partnersArea),
    h('section', { class: 'card people-section', 'aria-labelledby': 'open-title' },
      h('h2', { id: 'open-title', text: 'Open commitments' }),
      h('p', { class: 'muted small', text: 'Overdue first. An open commitment is carried onto the next check-in with the same partner; the badge counts how often.' }),
      page.commitmentsArea),
    h('section', { class: 'card people-section', 'aria-labelledby': 'recent-title' },
      h('h2', { id: 'recent-title', text: 'Latest check-ins' }), page.recentCheckIns()));
  page.renderPartners();
  page.renderCommitments();
  return { title: 'People & learning' };
}
