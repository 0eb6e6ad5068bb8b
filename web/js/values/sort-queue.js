// The card sort's saves, sent one after another in the order the person made them. The page shows every
// move at once (the saved sort with the moves still on their way applied to it), so no key press waits
// for a save in flight or is lost to one.
import { post, put } from '../shared/api.js';

export class MoveQueue {
  // sortPath(): the sort's API path; onSaved(sort): a move was saved, with the server's sort;
  // onRefused(error): a move was refused and the moves queued after it were dropped.
  constructor({ sortPath, onSaved, onRefused }) {
    this.sortPath = sortPath;
    this.onSaved = onSaved;
    this.onRefused = onRefused;
    this.pending = [];  // {kind: 'place', key, pile} | {kind: 'undo'} | {kind: 'task', task, resolve, reject}
    this.running = false;
  }

  // Queues putting card `key` on pile `pile`.
  place(key, pile) {
    this.pending.push({ kind: 'place', key, pile });
    this.drain();
  }

  // Queues taking back the last move (the server's history, so it also works after a reload).
  undo() {
    this.pending.push({ kind: 'undo' });
    this.drain();
  }

  // Runs `task` (an async function, e.g. saving the ranking) once the moves before it are saved; resolves
  // or rejects as the task does.
  run(task) {
    return new Promise((resolve, reject) => {
      this.pending.push({ kind: 'task', task, resolve, reject });
      this.drain();
    });
  }

  // True when nothing is waiting to be saved.
  get idle() {
    return this.pending.length === 0;
  }

  // `sort` (as the server last sent it) with the queued moves applied: its cards and moves as they will be.
  project(sort) {
    const cards = { ...sort.cards };
    const moves = [...sort.moves];
    for (const op of this.pending) {
      if (op.kind === 'place' && cards[op.key] !== op.pile) {
        moves.push({ value: op.key, from: cards[op.key] ?? null, to: op.pile });
        cards[op.key] = op.pile;
      } else if (op.kind === 'undo' && moves.length) {
        const last = moves.pop();
        if (last.from) cards[last.value] = last.from;
        else delete cards[last.value];
      }
    }
    return { ...sort, cards, moves };
  }

  send(op) {
    if (op.kind === 'undo') return post(`${this.sortPath()}/undo`);
    return put(`${this.sortPath()}/cards/${encodeURIComponent(op.key)}`, { pile: op.pile });
  }

  // Sends the queued saves one at a time; the first refused move drops the moves after it (they were
  // made on top of it), while tasks keep their turn.
  async drain() {
    if (this.running) return;
    this.running = true;
    while (this.pending.length) {
      const op = this.pending[0];
      if (op.kind === 'task') {
        const outcome = await op.task().then((value) => ({ value }), (error) => ({ error }));
        this.pending.shift();  // before the task's caller resumes: it may ask whether all is saved
        if ('error' in outcome) op.reject(outcome.error);
        else op.resolve(outcome.value);
        continue;
      }
      try {
        const sort = await this.send(op);
        this.pending.shift();
        this.onSaved(sort);
      } catch (error) {
        this.pending = this.pending.filter((o) => o.kind === 'task');
        this.onRefused(error);
      }
    }
    this.running = false;
  }
}
