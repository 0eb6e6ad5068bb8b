// Journal display helpers: server-rendered Markdown, highlighted search segments, dates and entry cards.
import { h } from '../dom.js';

export const KIND_LABELS = { weekly: 'Weekly reflection', monthly: 'Monthly review', free: 'Free entry' };
export const kindLabel = (kind) => KIND_LABELS[kind] ?? kind;

export const MOOD_WORDS = ['', 'Very low', 'Low', 'Okay', 'Good', 'Great'];
export const ENERGY_WORDS = ['', 'Drained', 'Tired', 'Steady', 'Energised', 'Buzzing'];

const DANGEROUS = 'script, style, iframe, object, embed, link, meta, base, form, input, button, textarea, select';

// The ONE place server HTML enters the page: Markdown rendered by cmark in safe mode from the user's own
// text. It is parsed inert with DOMParser (no scripts run), defensively cleaned, and the nodes are moved
// into a container; nothing is assigned through innerHTML.
export function markdownBlock(html, className = 'markdown') {
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
  return (segments ?? []).map((s) => (s.match ? h('mark', { text: s.text }) : document.createTextNode(s.text)));
}

// "2026-03-04" -> "Wed 4 Mar 2026" in the user's locale (the date is a calendar date: no time zone shift).
export function formatDay(iso, options = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }) {
  const [y, m, d] = String(iso).split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(undefined, { ...options, timeZone: 'UTC' });
}

export function dayElement(iso) {
  return h('time', { datetime: iso, text: formatDay(iso) });
}

// One entry in a list: a link to the entry, its date, kind, title, excerpt or search snippet, and tags.
// `onTag(tag)`, when given, makes tags buttons that filter by that tag.
export function entryItem(item, { onTag } = {}) {
  const title = item.title_segments?.length ? highlighted(item.title_segments) : item.title;
  const text = item.snippet?.length ? highlighted(item.snippet) : item.excerpt;
  return h('li', { class: `entry-item kind-${item.kind}` },
    h('div', { class: 'entry-item__meta' },
      dayElement(item.date),
      h('span', { class: 'kind-badge', text: kindLabel(item.kind) }),
      item.mood ? h('span', { class: 'muted', text: `Mood ${item.mood}/5` }) : null),
    h('h3', { class: 'entry-item__title' }, h('a', { href: `/journal/${item.id}`, 'data-link': true }, title)),
    text && (Array.isArray(text) ? text.length : true) ? h('p', { class: 'entry-item__text' }, text) : null,
    item.tags?.length
      ? h('ul', { class: 'tag-list', 'aria-label': 'Tags' }, item.tags.map((tag) => h('li', {},
        onTag
          ? h('button', { type: 'button', class: 'tag', 'aria-label': `Filter by tag ${tag}`, onclick: () => onTag(tag), text: `#${tag}` })
          : h('span', { class: 'tag', text: `#${tag}` }))))
      : null);
}

// The core values for the picker: [] when the values module is missing or has none (a 404 is normal).
export async function loadCoreValues(get) {
  try {
    const reply = await get('/api/values/core');
    return Array.isArray(reply?.items) ? reply.items.filter((v) => Number.isInteger(v?.id) && v.id > 0) : [];
  } catch {
    return [];
  }
}
