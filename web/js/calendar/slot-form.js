// The calendar page's form for the weekly reflection's slot: a weekday and a time of day, saved with the
// feed's settings; field errors from the API are shown at their field.
import { formatTimeOfDay, h } from '../shared/dom.js';
import { field, fieldErrors } from '../shared/fields.js';

export const DAYS = Object.freeze(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const dayLabel = (day) => day.charAt(0).toUpperCase() + day.slice(1);

// "Every Friday at 16:00 (this computer's time), for 30 minutes."
export const slotSentence = ({ day, time }) => `Every ${dayLabel(day)} at ${formatTimeOfDay(time)} (this computer’s time), for 30 minutes.`;

export class SlotForm {
  // slot: {day, time} as saved. onSave({day, time}) saves and resolves, or rejects with the ApiError.
  constructor(slot, onSave) {
    this.saved = slot;
    this.onSave = onSave;
    this.day = h('select', {}, DAYS.map((day) => h('option', { value: day, text: dayLabel(day), selected: day === slot.day ? true : null })));
    this.time = h('input', { type: 'time', value: slot.time, required: true, step: 60 });
    this.fields = {
      'weekly_reflection.day': field({ id: 'calendar-day', label: 'Day', control: this.day }),
      'weekly_reflection.time': field({ id: 'calendar-time', label: 'Time', control: this.time }),
    };
    this.errors = fieldErrors(this.fields);
    this.state = h('span', { class: 'save-state', 'aria-live': 'polite' });
    this.button = h('button', { type: 'submit', class: 'primary', text: 'Save the time' });
    this.el = h('form', { class: 'calendar-slot', novalidate: true },
      h('div', { class: 'calendar-slot__fields' }, this.fields['weekly_reflection.day'].el, this.fields['weekly_reflection.time'].el),
      h('div', { class: 'actions' }, this.button, this.state));
    this.el.addEventListener('input', () => this.showState());
    this.el.addEventListener('submit', (event) => {
      event.preventDefault();
      this.save();
    });
  }

  // Whether the form differs from the saved slot.
  isDirty() {
    return this.day.value !== this.saved.day || this.time.value !== this.saved.time;
  }

  showState(text) {
    const dirty = this.isDirty();
    this.state.dataset.state = text ? 'saved' : dirty ? 'dirty' : '';
    this.state.textContent = text ?? (dirty ? 'Unsaved changes' : '');
  }

  // Saves the slot; a missing time is caught here, other refusals come from the API.
  async save() {
    this.errors.clear();
    if (!this.time.value) {
      this.errors.show('weekly_reflection.time', 'Give a time, like 16:30.');
      return;
    }
    this.button.disabled = true;
    try {
      const slot = { day: this.day.value, time: this.time.value };
      await this.onSave(slot);
      this.saved = slot;
      this.showState('Saved');
    } catch (error) {
      if (!this.errors.show(error.field, error.message)) this.state.textContent = error.message;
    } finally {
      this.button.disabled = false;
    }
  }
}
