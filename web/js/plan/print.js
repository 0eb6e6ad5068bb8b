// The Print button of the pages the server draws itself (/plan, /plan/decisions/:id): opens the print dialog.
for (const button of document.querySelectorAll('[data-plan-print]')) {
  button.addEventListener('click', () => window.print());
}
