// KioskGuide page script: starts Blazor, reports touches for the idle timer, and locks the page down.
window.kiosk = (() => {
  let dotnet = null;
  let lastReport = 0;

  // Report at most every 5 s (the idle timer needs no finer grain, and every report is a message queued
  // before the tap's own event), but at once while a warning or overlay is showing.
  function onActivity() {
    const now = Date.now();
    if (dotnet && (now - lastReport > 5000 || document.querySelector('.overlay'))) {
      lastReport = now;
      dotnet.invokeMethodAsync('ReportActivity').catch(() => {});
    }
  }

  function startBlazor() {
    Blazor.start({
      circuit: { reconnectionOptions: { maxRetries: 60, retryIntervalMilliseconds: 2000 } },
    }).catch(() => setTimeout(() => location.reload(), 5000));
    // A kiosk has nobody to press "reload": when the connection to the host is lost for good, start over.
    document.addEventListener('components-reconnect-state-changed', (e) => {
      const state = e.detail && e.detail.state;
      if (state === 'failed' || state === 'rejected') {
        setTimeout(() => location.reload(), 3000);
      }
    });
  }

  // "N more further down" next to a result count: how many of the hits are below what is really on screen
  // (a strip above the keyboard holds only a few cards). The texts come from the page, in its language.
  let moreQueued = false;
  function updateMoreBelow() {
    moreQueued = false;
    document.querySelectorAll('[data-more-for]').forEach((hint) => {
      const scroller = document.getElementById(hint.dataset.moreFor);
      const total = parseInt(hint.dataset.total || '0', 10);
      let text = '';
      if (scroller && total > 0) {
        const bottom = scroller.getBoundingClientRect().bottom + 1;
        let seen = 0;
        scroller.querySelectorAll('.offer-card').forEach((card) => {
          if (card.getBoundingClientRect().bottom <= bottom) { seen++; }
        });
        const below = total - seen;
        text = below <= 0 ? '' : below === 1 ? hint.dataset.one : hint.dataset.many.replace('{0}', String(below));
      }
      if (hint.textContent !== text) { hint.textContent = text; }
      const below = text ? 'true' : 'false';
      if (hint.dataset.below !== below) { hint.dataset.below = below; } // unchanged: no mutation, no loop
    });
  }
  function queueMoreBelow() {
    if (!moreQueued) { moreQueued = true; requestAnimationFrame(updateMoreBelow); }
  }

  return {
    startBlazor,
    _queueMoreBelow: queueMoreBelow,
    connect(reference) {
      dotnet = reference;
      // Tests and the watchdog wait for this: before it, a tap would be lost.
      document.body.dataset.kioskReady = 'true';
    },
    setDocumentLanguage(lang, dir) {
      document.documentElement.lang = lang;
      document.documentElement.dir = dir;
    },
    scrollToTop() {
      window.scrollTo(0, 0);
      document.querySelectorAll('[data-scroll-reset]').forEach((el) => { el.scrollTop = 0; });
    },
    // Resolves once the host has handled everything sent before it (events run in order on the circuit).
    sync() { return dotnet ? dotnet.invokeMethodAsync('Ping') : Promise.resolve(); },
    _onActivity: onActivity,
  };
})();

for (const type of ['pointerdown', 'keydown', 'wheel']) {
  document.addEventListener(type, window.kiosk._onActivity, { capture: true, passive: true });
}
document.addEventListener('scroll', window.kiosk._queueMoreBelow, { capture: true, passive: true });
window.addEventListener('resize', window.kiosk._queueMoreBelow);
new MutationObserver(window.kiosk._queueMoreBelow).observe(document.documentElement, { subtree: true, childList: true, attributes: true });
// No long-press menu, no text selection callouts, no dragging links or images out of the page.
document.addEventListener('contextmenu', (e) => e.preventDefault());
document.addEventListener('dragstart', (e) => e.preventDefault());
