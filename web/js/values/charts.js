// Small SVG charts built with createElementNS (never from HTML strings): a line chart and a radar wheel.
const NS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(NS, tag);
  for (const [key, value] of Object.entries(attrs)) if (value !== null && value !== undefined) el.setAttribute(key, String(value));
  for (const child of children) if (child) el.append(child);
  return el;
}

function text(x, y, content, attrs = {}) {
  const el = svg('text', { x, y, ...attrs });
  el.textContent = content;
  return el;
}

// A line chart of 0..100 scores. points: [{label}], series: [{name, cls, values: [number|null]}].
export function lineChart({ title, points, series }) {
  const width = 640;
  const height = 260;
  const pad = { left: 36, right: 16, top: 12, bottom: 34 };
  const w = width - pad.left - pad.right;
  const h = height - pad.top - pad.bottom;
  const x = (i) => pad.left + (points.length === 1 ? w / 2 : (i * w) / (points.length - 1));
  const y = (v) => pad.top + h - (v / 100) * h;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'values-chart values-line-chart', role: 'img', 'aria-label': title });
  root.append(svg('title', {}, document.createTextNode(title)));
  for (const tick of [0, 25, 50, 75, 100]) {
    root.append(svg('line', { x1: pad.left, x2: width - pad.right, y1: y(tick), y2: y(tick), class: 'values-chart__grid' }));
    root.append(text(pad.left - 6, y(tick) + 4, String(tick), { class: 'values-chart__label', 'text-anchor': 'end' }));
  }
  const step = Math.max(1, Math.ceil(points.length / 8));
  points.forEach((p, i) => {
    if (i % step !== 0 && i !== points.length - 1) return;
    const anchor = points.length > 1 && i === 0 ? 'start' : points.length > 1 && i === points.length - 1 ? 'end' : 'middle';
    root.append(text(x(i), height - 10, p.label, { class: 'values-chart__label', 'text-anchor': anchor }));
  });
  for (const s of series) {
    const segments = [];
    s.values.forEach((v, i) => { if (v !== null && v !== undefined) segments.push(`${segments.length ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`); });
    if (segments.length > 1) root.append(svg('path', { d: segments.join(' '), class: `values-series values-series--${s.cls}` }));
    s.values.forEach((v, i) => {
      if (v === null || v === undefined) return;
      const dot = svg('circle', { cx: x(i), cy: y(v), r: s.cls === 'overall' ? 5 : 3.5, class: `values-dot values-dot--${s.cls}` });
      dot.append(svg('title', {}, document.createTextNode(`${s.name}, ${points[i].label}: ${v}`)));
      root.append(dot);
    });
  }
  return root;
}

// A radar wheel of 0..10 ratings. axes: [area names]; layers: [{name, cls, values: {area: rating}}],
// the last layer drawn on top.
export function radarChart({ title, axes, layers }) {
  const size = 420;
  const labelRoom = 80;   // each side, so long area names at 3 and 9 o'clock are not cut off
  const c = size / 2;
  const r = 140;
  const angle = (i) => -Math.PI / 2 + (2 * Math.PI * i) / axes.length;
  const point = (i, v) => [c + Math.cos(angle(i)) * r * (v / 10), c + Math.sin(angle(i)) * r * (v / 10)];
  const root = svg('svg', {
    viewBox: `${-labelRoom} 0 ${size + 2 * labelRoom} ${size}`, class: 'values-chart values-radar-chart', role: 'img', 'aria-label': title,
  });
  root.append(svg('title', {}, document.createTextNode(title)));
  for (const ring of [2, 4, 6, 8, 10]) {
    root.append(svg('polygon', { points: axes.map((_, i) => point(i, ring).join(',')).join(' '), class: 'values-chart__grid' }));
  }
  axes.forEach((name, i) => {
    const [ex, ey] = point(i, 10);
    root.append(svg('line', { x1: c, y1: c, x2: ex, y2: ey, class: 'values-chart__grid' }));
    const [lx, ly] = point(i, 11.6);
    const anchor = Math.abs(lx - c) < 8 ? 'middle' : lx > c ? 'start' : 'end';
    root.append(text(lx, ly + 4, name, { class: 'values-chart__label', 'text-anchor': anchor }));
  });
  for (const layer of layers) {
    const keyed = Object.fromEntries(Object.entries(layer.values).map(([k, v]) => [k.toLowerCase(), v]));
    const pts = axes.map((name, i) => point(i, keyed[name.toLowerCase()] ?? 0).join(','));
    const shape = svg('polygon', { points: pts.join(' '), class: `values-layer values-layer--${layer.cls}` });
    shape.append(svg('title', {}, document.createTextNode(layer.name)));
    root.append(shape);
  }
  return root;
}
