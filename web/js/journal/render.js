// Journal display helpers: server-rendered Markdown, highlighted search segments, kinds and entry cards.
import { WEEKDAY_DATE as DAY, dateElement, h } from '../shared/dom.js';

export const KIND_LABELS = { weekly: 'Weekly reflection', monthly: 'Monthly review', free: 'Free entry' };
export const kindLabel = (kind) => KIND_LABELS[kind] ?? kind;

export const MOOD_WORDS = ['', 'Very low', 'Low', 'Okay', 'Good', 'Great'];
export const ENERGY_WORDS = ['', 'Drained', 'Tired', 'Steady', 'Energised', 'Buzzing'];

export const dayElement = (iso) => dateElement(iso, DAY);

const DANGEROUS = 'script, style, iframe, object, embed, link, meta, base, form, input, button, textarea, select';

// The ONE place server HTML enters the page: Markdown rendered by cmark in safe mode from the user's own
// text. It is parsed inert with DOMParser (no scripts run), defensively cleaned, and the nodes are moved
// into a container; nothing is assigned through innerHTML.
export function markdownBlock(html, className = 'journal-markdown') {
  const container = h('div', { class: className });
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html ?? ''}`, 'text/html');
  doc.querySelectorAll(DANGEROUS).forEach((el) => el.remove());
  for (const el of doc.body.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim().toLowerCase();
      if (name.startsWith('on') || name === 'style' || ((name === 'href' || name === 'src') && /^(javascript|vbscript|data):/.test(value) && !value.startsWith('data:image/'))) {
        el.removeAttribute(attr.name);
      }
    }
    if (el.tagName === 'A') {
      el.setAttribute('rel', 'noopener noreferrer');
      if (/^https?:/i.test(el.getAttribute('href') ?? '')) el.setAttribute('target', '_blank');
    }
  }
  container.append(...[...doc.body.childNodes].map((node) => document.importNode(node, true)));
  return container;
}

// Text segments [{text, match}] from the search API as text nodes and <mark> elements.
export function highlighted(segments) {
  return (segments ?? []).map((s) => (s.match ? h('mark', { class: 'journal-mark', text: s.text }) : document.createTextNode(s.text)));
}

function tagList(tags, onTag) {
  return h('ul', { class: 'journal-tag-list', 'aria-label': 'Tags' }, tags.map((tag) => h('li', {},
    onTag
      ? h('button', { type: 'button', class: 'journal-tag', 'aria-label': `Filter by tag ${tag}`, onclick: () => onTag(tag), text: `#${tag}` })
      : h('span', { class: 'journal-tag', text: `#${tag}` }))));
}

// One entry in a list: a link to the entry, its date, kind, title, excerpt or search snippet, and tags.
// `onTag(tag)`, when given, makes tags buttons that filter by that tag; `actions` go at the bottom.
export function entryItem(item, { onTag, actions } = {}) {
  const title = item.title_segments?.length ? highlighted(item.title_segments) : item.title;
  const text = item.snippet?.length ? highlighted(item.snippet) : item.excerpt;
  return h('li', { class: `journal-entry-item journal-entry-item--${item.kind}` },
    h('div', { class: 'journal-entry-item__meta' },
      dayElement(item.date),
      h('span', { class: 'journal-kind-badge', text: kindLabel(item.kind) }),
      item.mood ? h('span', { class: 'muted', text: `Mood ${item.mood}/5` }) : null),
    h('h3', { class: 'journal-entry-item__title' }, h('a', { href: `/journal/${item.id}`, 'data-link': true }, title)),
    text && (Array.isArray(text) ? text.length : true) ? h('p', { class: 'journal-entry-item__text' }, text) : null,
    item.tags?.length ? tagList(item.tags, onTag) : null,
    actions ?? null);
}
