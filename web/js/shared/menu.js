// A disclosure menu of secondary actions: a button (aria-expanded) that opens a short list of action
// buttons. Arrow keys move between the actions; Escape, Tab away or a click elsewhere closes it, and focus
// returns to the button when the menu was left from the keyboard or an action was chosen.
import { h } from './dom.js';

let menuCount = 0;  // gives each menu's list its own id

// The menu element. text: the button's visible word (default "More"); label: its accessible name (e.g.
// "More actions for Ship v2"); items: [{text, label?, danger?, onSelect()}], `label` naming the action
// for screen readers when `text` alone is ambiguous. Choosing an item closes the menu, then runs it.
export function actionMenu({ text = 'More', label, items }) {
  const id = `menu-${++menuCount}`;
  const toggle = h('button', { type: 'button', class: 'menu__toggle', 'aria-expanded': 'false', 'aria-controls': id, 'aria-label': label },
    text, h('span', { class: 'menu__caret', 'aria-hidden': 'true', text: '▾' }));
  const list = h('ul', { class: 'menu__list', id, hidden: true });
  const el = h('div', { class: 'menu' }, toggle, list);
  const onOutside = (event) => { if (!el.contains(event.target)) close(false); };
  // The action buttons are drawn when the menu first opens: a page of cards draws many menus, few opened.
  let buttons = [];

  function open() {
    if (buttons.length === 0) {
      buttons = items.map((item) => h('button', {
        type: 'button', class: item.danger ? 'menu__item danger' : 'menu__item', text: item.text, 'aria-label': item.label,
        onclick: () => { close(true); item.onSelect(); },
      }));
      list.append(...buttons.map((button) => h('li', {}, button)));
    }
    list.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    document.addEventListener('pointerdown', onOutside, true);
    buttons[0]?.focus();
  }

  function close(focusBack) {
    if (list.hidden) return;
    list.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    document.removeEventListener('pointerdown', onOutside, true);
    if (focusBack) toggle.focus();
  }

  // Up/Down (wrapping), Home and End move between the actions; Escape closes.
  function onKeydown(event) {
    if (list.hidden) return;
    const at = buttons.indexOf(document.activeElement);
    const moves = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 };
    if (event.key === 'Escape') close(true);
    else if (event.key in moves) buttons[(moves[event.key] + buttons.length) % buttons.length].focus();
    else return;
    event.preventDefault();
  }

  toggle.addEventListener('click', () => (list.hidden ? open() : close(true)));
  el.addEventListener('keydown', onKeydown);
  el.addEventListener('focusout', (event) => { if (event.relatedTarget && !el.contains(event.relatedTarget)) close(false); });
  return el;
}
