// The Data page's backups part: the last backup (or why the last one failed), "Back up now", and the
// backups with what each holds, each restorable after a confirmation, and each restore undoable.
import { announceWorkbookReplaced, get, post } from '../shared/api.js';
import { dateTimeElement, formatDateTime, h, replace, toast } from '../shared/dom.js';
import { ConfirmDialog } from './confirm-dialog.js';

// Why each backup was made, as the list says it.
export const REASONS = Object.freeze({
  start: 'When True North started', daily: 'Daily', manual: 'Made by you', 'before-migration': 'Before an upgrade',
  'before-restore': 'Before a restore', 'before-import': 'Before an import',
});

const MESSAGES = Object.freeze({
  rotation: 'Which backups are kept: every one from the last day, then the newest of each of the last 7 days, 4 weeks and 12 months. Older ones are removed.',
  empty: 'No backups yet. True North makes one when it starts on a workbook that has something in it, once a day while it runs, ' +
    'and always before an upgrade, a restore or an import. You can also back up now.',
  busy: 'Backing up…',
});

// When a backup was made, to the second (several can be made within a minute): "1 Dec 2026, 12:41:07".
const SECONDS = Object.freeze({ seconds: true });
const backupTime = (iso) => formatDateTime(iso, SECONDS);
const timeElement = (iso) => dateTimeElement(iso, SECONDS);

// A size in bytes for people: "812 bytes", "4.0 KB", "1.2 MB".
export function humanSize(bytes) {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let size = bytes / 1024;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit += 1;
  }
  return `${size.toFixed(1)} ${units[unit]}`;
}

// What a backup holds in words: "12 journal entries, 2 decisions, 3 initiatives and 5 core values" (the
// counts its schema has; a very old backup may hold only a vision).
export function holdsText(holds) {
  const counted = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    holds.journal_entries !== null ? counted(holds.journal_entries, 'journal entry', 'journal entries') : null,
    holds.decisions !== null ? counted(holds.decisions, 'decision', 'decisions') : null,
    holds.initiatives !== null ? counted(holds.initiatives, 'initiative', 'initiatives') : null,
    holds.core_values !== null ? counted(holds.core_values, 'core value', 'core values') : null,
  ].filter(Boolean);
  if (!parts.length) return 'a vision only';
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

class BackupsPart {
  constructor() {
    this.dialog = new ConfirmDialog('data-restore');
    this.last = h('p', { class: 'data-last' });
    this.failure = h('div', { class: 'data-failure' });
    this.outcome = h('div', { class: 'data-outcome', tabindex: '-1' });
    this.button = h('button', { type: 'button', class: 'primary', text: 'Back up now', onclick: () => this.backUpNow() });
    this.list = h('ul', { class: 'data-backup-list', 'aria-labelledby': 'data-list-title' });
    this.empty = h('p', { class: 'data-empty muted', text: MESSAGES.empty });
    this.busy = false;
    this.el = h('section', { class: 'card data-backups', 'aria-labelledby': 'data-backups-title' },
      h('h2', { id: 'data-backups-title', text: 'Backups' }),
      this.failure, this.outcome, this.last,
      h('div', { class: 'actions data-actions' }, this.button),
      h('h3', { id: 'data-list-title', text: 'Backups you can restore' }),
      h('p', { class: 'muted small', text: MESSAGES.rotation }),
      this.empty, this.list, this.dialog.el);
  }

  // Shows a GET /api/backups reply: the last backup, the last failure and the list.
  show(reply) {
    const last = reply.last_backup;
    replace(this.last, last ? ['Last backup: ', timeElement(last.created_at), ` · ${REASONS[last.reason]} · ${humanSize(last.size)}`] : null);
    replace(this.failure, reply.last_failure ? failureNotice(reply.last_failure) : null);
    this.empty.hidden = reply.items.length > 0;
    replace(this.list, reply.items.map((item) => this.item(item)));
  }

  item(item) {
    const when = backupTime(item.created_at);
    return h('li', { class: 'data-backup', dataset: { name: item.name } },
      h('div', { class: 'data-backup__main' },
        h('p', { class: 'data-backup__when' }, timeElement(item.created_at), ' ',
          h('span', { class: `badge data-badge data-badge--${item.reason}`, text: REASONS[item.reason] })),
        item.holds
          ? h('p', { class: 'data-backup__holds muted small', text: `${holdsText(item.holds)} · ${humanSize(item.size)}` })
          : h('p', { class: 'data-backup__problem small', text: `Cannot be restored: ${item.problem}.` })),
      h('button', {
        type: 'button', class: 'data-backup__restore', text: 'Restore…', disabled: !item.holds,
        'aria-label': `Restore the backup of ${when}`, onclick: () => this.restore(item, when),
      }));
  }

  async refresh() {
    this.show(await get('/api/backups'));
  }

  // Makes a backup now; the button keeps the focus and says what it is doing meanwhile.
  async backUpNow() {
    if (this.busy) return;
    this.busy = true;
    this.button.setAttribute('aria-disabled', 'true');
    this.button.textContent = MESSAGES.busy;
    try {
      const reply = await post('/api/backups');
      toast(`Backed up: ${holdsText(reply.backup.holds)}.`);
    } catch (error) {
      toast(`The backup failed: ${error.message}`);
    } finally {
      this.busy = false;
      this.button.removeAttribute('aria-disabled');
      this.button.textContent = 'Back up now';
      await this.refresh().catch(() => {});
    }
  }

  // Restores `item` once the person confirmed it (or right away for an undo), then says what happened
  // here and in a toast, and tells the app's other tabs.
  async restore(item, when, { confirmed = false } = {}) {
    if (this.busy) return;
    if (!confirmed && !(await this.dialog.ask({
      title: `Restore the backup of ${when}?`,
      text: 'Your workbook will be replaced by this backup. What it holds now is backed up first, so you can undo the restore.',
      detail: `The backup holds ${holdsText(item.holds)}.`,
      confirm: 'Restore this backup',
    }))) return;
    this.busy = true;
    try {
      const reply = await post(`/api/backups/${encodeURIComponent(item.name)}/restore`);
      announceWorkbookReplaced(`A backup (${when}) was restored in another tab.`);
      toast(`Restored the backup of ${when}.`);
      replace(this.outcome, this.restoredNotice(reply, when));
    } catch (error) {
      replace(this.outcome, h('div', { class: 'notice error', role: 'alert' },
        h('p', { text: `The backup of ${when} was not restored: ${error.message}` })));
    } finally {
      this.busy = false;
      await this.refresh().catch(() => {});
      this.outcome.focus();
    }
  }

  restoredNotice(reply, when) {
    const undoWhen = backupTime(reply.undo.created_at);
    return h('div', { class: 'notice data-restored', role: 'status' },
      h('p', {}, h('strong', { text: `Restored the backup of ${when}.` }), ` Your workbook now holds ${holdsText(reply.holds)}.`,
        reply.upgraded_from ? ' It was made by an older True North and has been brought up to date.' : ''),
      h('p', { text: `What it held before is kept as the backup of ${undoWhen}.` }),
      h('div', { class: 'actions' }, h('button', {
        type: 'button', text: 'Undo this restore', onclick: () => this.restore(reply.undo, undoWhen, { confirmed: true }),
      })));
  }
}

// The notice for a backup that failed: when, why, and what to do.
function failureNotice(failure) {
  return h('div', { class: 'notice error data-failure__notice', role: 'alert' },
    h('p', {}, h('strong', { text: 'The last backup failed' }), failure.at ? [' (', dateTimeElement(failure.at), ')'] : null, `: ${failure.message}`),
    h('p', { text: 'Your workbook itself is fine. Fix the cause if you can (free some disk space, check the backups folder), then back up now.' }));
}

export async function backupsPart(data) {
  const part = new BackupsPart();
  part.show(await data.backups);
  return part.el;
}
