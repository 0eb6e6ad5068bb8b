// Reordering the ranked values of the card sort: drag and drop by a value's handle (mouse, pen or touch,
// through pointer events), Alt+Up/Down anywhere in its row, and the arrow keys, Home and End on the handle.
const DRAG_THRESHOLD_PX = 4;
const EDGE_PX = 48;  // how near the window's edge a drag scrolls the page

// The index the dragged item lands on: how many of the other items' middles lie above the pointer.
function dropIndex(middles, y) {
  return middles.filter((middle) => middle < y).length;
}

// Where a key press in row `from` of `count` rows moves it, or null when the key does not move rows.
function keyTarget(event, from, count, onHandle) {
  if (event.ctrlKey || event.metaKey || event.shiftKey) return null;
  if (event.altKey) return { ArrowUp: from - 1, ArrowDown: from + 1 }[event.key] ?? null;
  if (!onHandle) return null;
  return { ArrowUp: from - 1, ArrowDown: from + 1, Home: 0, End: count - 1 }[event.key] ?? null;
}

// Follows one drag from a pointerdown on `handle`: the row moves with the pointer, the rows it passes make
// room, and the page scrolls when the pointer nears its top or bottom edge; on release onMove(from, to,
// 'handle') runs when the row landed elsewhere. Positions are page positions, so scrolling keeps them.
function drag(list, handle, start, onMove) {
  const item = handle.closest('li');
  const items = [...list.children];
  const from = items.indexOf(item);
  const others = items.filter((other) => other !== item);
  const middles = others.map((other) => { const box = other.getBoundingClientRect(); return box.top + window.scrollY + box.height / 2; });
  const gap = item.getBoundingClientRect().height + parseFloat(getComputedStyle(list).rowGap || '0');
  const startY = start.clientY + window.scrollY;
  let to = from;
  let dragging = false;

  const follow = (event) => {
    if (event.clientY < EDGE_PX) window.scrollBy(0, -EDGE_PX / 2);
    else if (event.clientY > window.innerHeight - EDGE_PX) window.scrollBy(0, EDGE_PX / 2);
    const y = event.clientY + window.scrollY;
    if (!dragging && Math.abs(y - startY) < DRAG_THRESHOLD_PX) return;
    dragging = true;
    item.classList.add('values-ranked__item--dragging');
    item.style.transform = `translateY(${y - startY}px)`;
    to = dropIndex(middles, y);
    others.forEach((other, i) => {
      const shift = (i >= to && i < from) ? gap : (i < to && i >= from) ? -gap : 0;
      other.style.transform = shift ? `translateY(${shift}px)` : '';
    });
  };
  const end = (event) => {
    handle.removeEventListener('pointermove', follow);
    handle.removeEventListener('pointerup', end);
    handle.removeEventListener('pointercancel', end);
    for (const each of items) each.style.transform = '';
    item.classList.remove('values-ranked__item--dragging');
    if (dragging && event.type === 'pointerup' && to !== from) onMove(from, to, 'handle');
  };
  handle.setPointerCapture(start.pointerId);
  handle.addEventListener('pointermove', follow);
  handle.addEventListener('pointerup', end);
  handle.addEventListener('pointercancel', end);
}

// Makes the rows of `list` (its <li> children, each with a .values-drag-handle) reorderable; onMove(from,
// to, kind) does the move, `kind` naming the control that had focus (its data-focus prefix).
export function reorderable(list, onMove) {
  list.addEventListener('keydown', (event) => {
    const item = event.target.closest('li');
    if (!item || item.parentElement !== list) return;
    const from = [...list.children].indexOf(item);
    const to = keyTarget(event, from, list.children.length, event.target.matches('.values-drag-handle'));
    if (to === null) return;
    event.preventDefault();
    if (to < 0 || to >= list.children.length || to === from) return;
    onMove(from, to, event.target.dataset.focus?.split(':')[0]);
  });
  list.addEventListener('pointerdown', (event) => {
    const handle = event.target.closest('.values-drag-handle');
    if (!handle || event.button !== 0) return;
    event.preventDefault();  // no text selection while dragging
    handle.focus();
    drag(list, handle, event, onMove);
  });
}
