// Form fields shared by the pages: the labelled field with hint, error slot and character counter, and the
// display of field errors from the API next to their controls.
import { h, replace } from './dom.js';

// The length of `text` in characters as the API counts them (code points, not UTF-16 units).
export const chars = (text) => [...(text ?? '')].length;

// A "n / max" counter for `control`, kept up to date on input; shown once the text passes `from` (a
// fraction of max, 0 = always). Also gives the control updateCounter() for text set from script.
export function counter(control, max, { from = 0 } = {}) {
  const el = h('span', { class: 'counter', 'aria-hidden': 'true' });
  const update = () => {
    const n = chars(control.value);
    el.textContent = from === 0 || n > max * from ? `${n} / ${max}` : '';
    el.classList.toggle('over', n > max);
  };
  control.addEventListener('input', update);
  control.updateCounter = update;
  update();
  return el;
}

// A labelled field: {id, label, hint?, control, max?, counterFrom?}. The control gets the id and
// aria-describedby (hint, error). Returns {el, error, control}.
export function field({ id, label, hint, control, max, counterFrom }) {
  control.id = id;
  const error = h('span', { class: 'field-error', id: `${id}-error` });
  control.setAttribute('aria-describedby', [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' '));
  const el = h('div', { class: 'field' },
    h('label', { for: id, text: label }),
    hint ? h('p', { class: 'hint', id: `${id}-hint`, text: hint }) : null,
    control,
    h('div', { class: 'field__footer' }, error, max ? counter(control, max, { from: counterFrom }) : null));
  return { el, error, control };
}

// Shows field errors from the API. `fields` maps an API field name to {error, control} (or is a function
// giving the current map); a message for no known field goes to `fallback` when there is one.
export function fieldErrors(fields, fallback) {
  const current = () => (typeof fields === 'function' ? fields() : fields);
  return {
    clear() {
      for (const f of Object.values(current())) {
        f.error.textContent = '';
        f.control.removeAttribute('aria-invalid');
      }
      if (fallback) replace(fallback);
    },
    // Shows `message` at `field` (an item of a list, "tags[1]", at the list's field); returns whether it
    // is shown anywhere.
    show(field, message) {
      const target = field ? current()[field] ?? current()[field.replace(/\[\d+\]$/, '')] : null;
      if (target) {
        target.error.textContent = message;
        target.control.setAttribute('aria-invalid', 'true');
        (target.control.matches('input, select, textarea') ? target.control : target.control.querySelector('input') ?? target.control).focus();
        return true;
      }
      if (!fallback) return false;
      replace(fallback, h('p', { class: 'field-error', role: 'alert', text: message }));
      return true;
    },
  };
}
