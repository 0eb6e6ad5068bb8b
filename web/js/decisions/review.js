// The decision's "Looking back" card: once decided, what actually happened and the lesson.
import { put } from '../shared/api.js';
import { dateElement, formatDateTime, h, replace } from '../shared/dom.js';

function reviewView(page, review) {
  return [
    h('dl', { class: 'dec-dl' },
      h('dt', { text: 'What actually happened' }), h('dd', { class: 'dec-text', text: review.what_happened }),
      review.lesson ? [h('dt', { text: 'The lesson' }), h('dd', { class: 'dec-text', text: review.lesson })] : null,
      h('dt', { text: 'Reviewed' }), h('dd', { text: formatDateTime(review.reviewed_at) })),
    h('button', { type: 'button', text: 'Edit the review', onclick: () => { page.editingReview = true; renderReview(page); } }),
  ];
}

function submitReview(page, happened, lesson, error, submit) {
  error.textContent = '';
  if (!happened.value.trim()) { error.textContent = 'Write what actually happened first.'; happened.focus(); return; }
  page.sendPart(() => put(`/api/decisions/${page.id}/review`, { what_happened: happened.value, lesson: lesson.value, version: page.editor.baseVersion }),
    { message: 'Review saved', area: page.areas.review, error, button: submit });
}

function reviewForm(page, review) {
  const { server } = page;
  const happened = h('textarea', { id: 'dec-happened', rows: 4, maxlength: 4000, 'data-field': 'what_happened' });
  happened.value = review?.what_happened ?? '';
  const lesson = h('textarea', { id: 'dec-lesson', rows: 3, maxlength: 4000 });
  lesson.value = review?.lesson ?? '';
  const error = h('p', { class: 'field-error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'primary', text: 'Save the review' });
  const form = h('form', { class: 'dec-review-form', novalidate: true },
    server.review_due ? h('p', { class: 'notice warning', text: 'The review date has come. How did it turn out?' })
      : h('p', { class: 'muted' }, 'Come back ', server.record?.review_date ? ['on ', dateElement(server.record.review_date)] : 'when you know more', '; you can also write this now.'),
    h('div', { class: 'field' }, h('label', { for: 'dec-happened', text: 'What actually happened' }),
      h('p', { class: 'hint', text: server.record?.expected_outcome ? `You expected: ${server.record.expected_outcome}` : 'Compare with what you expected.' }), happened),
    h('div', { class: 'field' }, h('label', { for: 'dec-lesson', text: 'The lesson' }), h('p', { class: 'hint', text: 'What would you weigh differently next time?' }), lesson),
    error,
    h('div', { class: 'actions' }, submit,
      review ? h('button', { type: 'button', text: 'Cancel', onclick: () => { page.editingReview = false; renderReview(page); } }) : null));
  form.addEventListener('submit', (event) => { event.preventDefault(); submitReview(page, happened, lesson, error, submit); });
  return form;
}

export function renderReview(page) {
  const { server } = page;
  if (server.status === 'open') { replace(page.areas.review); return; }
  const { review } = server;
  replace(page.areas.review, h('section', { class: `card${server.review_due ? ' dec-review--due' : ''}`, 'aria-labelledby': 'dec-review-title' },
    h('h2', { id: 'dec-review-title', tabindex: '-1', text: 'Looking back' }),
    review && !page.editingReview ? reviewView(page, review) : reviewForm(page, review)));
}
