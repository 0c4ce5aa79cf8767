// While an import runs, reload its page every few seconds so the progress shows without a click.
// Without JavaScript the page offers a "Refresh this page" link instead.
if (document.querySelector('[data-refresh-while-running="true"]')) {
  setTimeout(() => window.location.reload(), 3000);
}
