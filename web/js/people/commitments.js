// A commitment in a list: tick it done, drop it with a reason, put it on the priorities matrix or turn it
// into an initiative milestone; a handed-over one shows the record it became, read as it is now.
import { get, patch, post } from '../shared/api.js';
import { dateElement, h, replace, toast } from '../shared/dom.js';
import { OWNER_LABELS, carriedBadge, dueBadge } from './common.js';

const QUADRANTS = [['do', 'Do (urgent, important)'], ['schedule', 'Schedule (important)'], ['delegate', 'Delegate (urgent)'], ['drop', 'Drop']];
let initiativesReply = null;  // /api/initiatives, asked for once when a milestone form first opens

// What became of a closed commitment, in a few words.
function outcome(m) {
  if (m.state === 'done') return ['Done ', dateElement(m.closed_on)];
  if (m.state === 'dropped') return [`Dropped ${m.drop_reason ? `(${m.drop_reason})` : ''} `, dateElement(m.closed_on)];
  const link = m.link;
  if (!link?.found) return m.state === 'priority' ? 'Was put on the priorities matrix; that task is no longer there' : 'Became a milestone; it is no longer on its initiative';
  if (m.state === 'priority') {
    return [h('a', { href: '/goals/priorities', 'data-link': true, text: 'On the priorities matrix' }), link.done ? ' · done' : ` · ${link.quadrant}`];
  }
  return ['Milestone of ', h('a', { href: '/goals', 'data-link': true, text: link.title }), link.done ? ' · reached' : ''];
}

// The small form that opens under a commitment for one action: `controls` and a confirm button.
function actionForm(label, controls, confirmText, onConfirm, onCancel) {
  const general = h('span', { class: 'field-error', role: 'alert' });
  const form = h('form', { class: 'people-commitment__form', 'aria-label': label, novalidate: true },
    controls, h('button', { type: 'submit', class: 'small primary', text: confirmText }),
    h('button', { type: 'button', class: 'small', text: 'Cancel', onclick: onCancel }), general);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    general.textContent = '';
    try {
      await onConfirm();
    } catch (error) {
      general.textContent = error.message;
    }
  });
  form.addEventListener('keydown', (event) => { if (event.key === 'Escape') onCancel(); });
  return form;
}

class CommitmentItem {
  // m: the commitment from the API; onChanged(): reload the list; showPartner: name the partner it was made with.
  constructor(m, { onChanged, showPartner = false }) {
    this.m = m;
    this.onChanged = onChanged;
    this.showPartner = showPartner;
    this.formArea = h('div');
  }

  async send(request, message) {
    await request();
    toast(message);
    await this.onChanged();
  }

  async tick(done) {
    try {
      await this.send(() => patch(`/api/people/commitments/${this.m.id}`, { state: done ? 'done' : 'open', version: this.m.version }),
        done ? `Done: ${this.m.text}` : `Open again: ${this.m.text}`);
    } catch (error) {
      toast(`Not saved: ${error.message}`);
      await this.onChanged();
    }
  }

  closeForm() {
    replace(this.formArea);
    this.el.querySelector('.people-commitment__actions button')?.focus();
  }

  openDrop() {
    const reason = h('input', { type: 'text', maxlength: 600, 'aria-label': `Why drop “${this.m.text}”?`, placeholder: 'Why? e.g. no longer relevant' });
    replace(this.formArea, actionForm('Drop the commitment', reason, 'Drop it', () => this.send(
      () => patch(`/api/people/commitments/${this.m.id}`, { state: 'dropped', drop_reason: reason.value, version: this.m.version }),
      `Dropped: ${this.m.text}`), () => this.closeForm()));
    reason.focus();
  }

  openPriority() {
    const quadrant = h('select', { 'aria-label': 'Quadrant' }, QUADRANTS.map(([key, label]) => h('option', { value: key, text: label })));
    quadrant.value = 'schedule';
    replace(this.formArea, actionForm('Put it on the priorities matrix', quadrant, 'Add to the matrix', () => this.send(
      () => post(`/api/people/commitments/${this.m.id}/priority`, { quadrant: quadrant.value, version: this.m.version }),
      'Added to the priorities matrix'), () => this.closeForm()));
    quadrant.focus();
  }

  async openMilestone() {
    initiativesReply ??= get('/api/initiatives').catch((error) => { initiativesReply = null; throw error; });
    let items;
    try {
      items = (await initiativesReply).items.filter((i) => i.status !== 'done' && i.status !== 'dropped');
    } catch (error) {
      toast(`Initiatives could not be loaded: ${error.message}`);
      return;
    }
    if (!items.length) {
      replace(this.formArea, h('p', { class: 'small muted' }, 'No open initiative yet. ', h('a', { href: '/goals', 'data-link': true, text: 'Plan one in Goals' }), ' first.'));
      return;
    }
    const select = h('select', { 'aria-label': 'Initiative' }, items.map((i) => h('option', { value: String(i.id), text: i.title })));
    replace(this.formArea, actionForm('Turn it into a milestone', select, 'Add the milestone', async () => {
      await this.send(() => post(`/api/people/commitments/${this.m.id}/milestone`, { initiative_id: Number(select.value), version: this.m.version }),
        'Added as a milestone');
      initiativesReply = null;  // its version changed
    }, () => this.closeForm()));
    select.focus();
  }

  actions() {
    const name = this.m.text;
    return h('div', { class: 'people-commitment__actions' },
      h('button', { type: 'button', class: 'link small', text: 'Drop…', 'aria-label': `Drop: ${name}`, onclick: () => this.openDrop() }),
      h('button', { type: 'button', class: 'link small', text: 'Put on priorities', 'aria-label': `Put on priorities: ${name}`, onclick: () => this.openPriority() }),
      h('button', { type: 'button', class: 'link small', text: 'Make it a milestone', 'aria-label': `Make it a milestone: ${name}`, onclick: () => this.openMilestone() }));
  }

  element() {
    const m = this.m;
    const open = m.state === 'open';
    const tickable = open || m.state === 'done';
    const box = h('input', { type: 'checkbox', id: `commitment-${m.id}`, checked: m.state === 'done' ? true : null, onchange: (e) => this.tick(e.target.checked) });
    this.el = h('li', { class: `people-commitment people-commitment--${m.state}`, dataset: { commitment: m.id } },
      h('div', { class: 'people-commitment__main' },
        tickable ? box : h('span', { class: 'people-commitment__mark', 'aria-hidden': 'true', text: '→' }),
        h('div', { class: 'people-commitment__body' },
          tickable ? h('label', { for: box.id, class: 'people-commitment__text', text: m.text }) : h('span', { class: 'people-commitment__text', text: m.text }),
          h('p', { class: 'people-commitment__meta small muted' },
            OWNER_LABELS[m.owner] ?? m.owner,
            m.due_on ? [' · due ', dateElement(m.due_on)] : null,
            this.showPartner ? [' · with ', h('a', { href: `/people/partners/${m.partner_id}`, 'data-link': true, text: m.partner_name })] : null,
            ' · made ', h('a', { href: `/people/check-ins/${m.check_in_id}`, 'data-link': true }, dateElement(m.made_on))),
          h('p', { class: 'people-commitment__badges' }, open ? dueBadge(m.due) : null, carriedBadge(m.carried_label),
            open ? null : h('span', { class: 'small people-commitment__outcome' }, outcome(m))))),
      open ? this.actions() : null,
      this.formArea);
    return this.el;
  }
}

// A list of commitments (each with its actions); `empty` is shown when there are none.
export function commitmentList(items, { onChanged, showPartner = false, label, empty }) {
  if (!items.length) return empty ? h('p', { class: 'muted', text: empty }) : null;
  return h('ul', { class: 'people-commitments', 'aria-label': label },
    items.map((m) => new CommitmentItem(m, { onChanged, showPartner }).element()));
}
