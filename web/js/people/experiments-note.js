// This week's experiments from the learning list (takeaways to try), as the weekly reflection shows them.
import { h } from '../shared/dom.js';

// A note listing the takeaways planned for this week (GET /api/learning/experiments), or null when there
// are none or the learning list did not answer.
export function weeklyExperiments(reply) {
  if (!reply?.items?.length) return null;
  return h('aside', { class: 'notice', 'aria-label': 'This week’s experiments' },
    h('p', {}, h('strong', { text: 'You planned to try this week:' })),
    h('ul', {}, reply.items.map((n) => h('li', {}, n.text, ' (from ', h('a', { href: `/people/learning/${n.item_id}`, 'data-link': true, text: n.item_title }), ')'))),
    h('p', { class: 'small', text: 'How did it go? Your answers below are a good place to say.' }));
}
