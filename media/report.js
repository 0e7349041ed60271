// Readiness report webview script: turns clicks into messages; the extension does the work.
// Loaded with a nonce under a strict CSP; no inline handlers.
(function () {
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('a.reveal') : null;
    if (!target) return;
    event.preventDefault();
    vscode.postMessage({ type: 'reveal', unit: Number(target.getAttribute('data-unit')), finding: Number(target.getAttribute('data-finding')) });
  });
  const copy = document.getElementById('copy-markdown');
  if (copy) copy.addEventListener('click', () => vscode.postMessage({ type: 'copyMarkdown' }));
  const refresh = document.getElementById('refresh');
  if (refresh) refresh.addEventListener('click', () => vscode.postMessage({ type: 'refresh' }));
})();
