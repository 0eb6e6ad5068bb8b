// Bench support: a browser context whose pages record when they are ready (main[aria-busy="false"]).
// Read it in the page as window.__readyAt, milliseconds since navigation start.
export async function timedContext(browser, options = { viewport: { width: 1280, height: 900 } }) {
  const context = await browser.newContext(options);
  await context.addInitScript(() => {
    new MutationObserver((records, observer) => {
      for (const r of records) {
        if (r.target.id === 'main' && r.target.getAttribute('aria-busy') === 'false') {
          window.__readyAt = performance.now();
          observer.disconnect();
        }
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
  });
  return context;
}
