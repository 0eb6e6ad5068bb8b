// Editing one piece of feedback (/people/feedback/:id): the versioned editor with a draft kept in this
// browser, and deleting it.
import { del, put } from '../shared/api.js';
import { h, navigate, toast } from '../shared/dom.js';
import { Editor, onSaveShortcut } from '../shared/editor.js';
import { fieldErrors } from '../shared/fields.js';
import { bindEditor, feedbackNav, peopleHeader } from './common.js';
import { blankFeedback, feedbackFields, feedbackValues } from './feedback-form.js';

export async function render(main, { data }) {
  const [feedback, themes, core] = await Promise.all([data.feedback, data.themes, data.core]);
  const fields = feedbackFields(`feedback-${feedback.id}`, themes.items, core.items);
  const general = h('div');
  const saveButton = h('button', { type: 'submit', class: 'primary', text: 'Save changes' });
  const editor = new Editor({
    record: feedback, blank: blankFeedback(feedback.received_on), toValues: feedbackValues, read: () => fields.read(), fill: (v) => fields.fill(v),
    draftKey: `people.feedback.${feedback.id}`,
    send: (values, version) => put(`/api/feedback/${feedback.id}`, { ...values, version }),
    saveButton, errors: fieldErrors(fields.fields, general),
    messages: { saved: 'Feedback saved', conflict: 'This feedback was changed in another tab or window.' },
  });
  const remove = async () => {
    if (!window.confirm('Delete this feedback? This cannot be undone.')) return;
    try {
      await del(`/api/feedback/${feedback.id}`);
      editor.forget();
      toast('Feedback deleted');
      navigate('/people/feedback');
    } catch (error) {
      toast(`Not deleted: ${error.message}`);
    }
  };
  const form = h('form', { class: 'card people-feedback-form', novalidate: true, 'aria-label': 'Edit the feedback' },
    editor.noticeArea, fields.el, general, h('div', { class: 'save-bar' }, saveButton, editor.stateEl));
  bindEditor(form, editor, (v) => fields.fill(v));
  main.append(...peopleHeader('feedback', { title: `Feedback from ${feedback.from}`, intro: '', kicker: h('a', { href: '/people/feedback', 'data-link': true, text: 'Feedback' }) }),
    feedbackNav(null), form,
    h('p', { class: 'people-delete' }, h('button', { type: 'button', class: 'link danger', text: 'Delete this feedback', onclick: remove })));
  return { title: 'Edit feedback', isDirty: () => editor.isDirty(), dispose: onSaveShortcut(() => editor.save()) };
}
