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

  // Where each screen was scrolled to, by address and scroller id, so Back returns to the card the citizen left
  // (a forward move starts at the top). Only this citizen's trail: the idle reset navigates home and forgets.
  const scrolled = new Map();
  // Saved as the address changes (Blazor pushes the new one before it renders the new screen), so the positions
  // are the ones the citizen saw, never a clamp while the next screen is being drawn.
  function saveScroll() {
    const positions = {};
    document.querySelectorAll('[data-scroll-reset][id]').forEach((el) => { positions[el.id] = el.scrollTop; });
    scrolled.set(location.pathname + location.search, positions);
  }
  for (const name of ['pushState', 'replaceState']) {
    const original = history[name].bind(history);
    history[name] = (...args) => { saveScroll(); return original(...args); };
  }
  function restoreScroll() {
    const wanted = scrolled.get(location.pathname + location.search);
    if (!wanted) { scrollToTop(); return; }
    // The screen is rendered a moment after the address changes: try for up to a second of frames, and hold the
    // position for the first few (the old screen may still be showing at the first).
    let frames = 60;
    let hold = 6;
    const attempt = () => {
      let pending = false;
      for (const [id, top] of Object.entries(wanted)) {
        const el = document.getElementById(id);
        if (!el || el.scrollHeight - el.clientHeight < top - 1) { pending = true; continue; }
        el.scrollTop = top;
      }
      if ((pending || --hold > 0) && --frames > 0) { requestAnimationFrame(attempt); }
    };
    attempt();
  }
  function scrollToTop() {
    window.scrollTo(0, 0);
    document.querySelectorAll('[data-scroll-reset]').forEach((el) => { el.scrollTop = 0; });
  }

  // Until the circuit is up the screen is the server's prerendered picture, whose buttons do nothing yet. A tap
  // then is held (the button shows pressed) and replayed on the same button of the live screen: the first tap
  // of a citizen who touches the screen as it appears is not lost. Only the last tap is kept.
  let heldTap = null;
  const tappable = 'button, a[href], input, textarea, [role=button]';
  function holdTap(e) {
    if (document.body.dataset.kioskReady === 'true') { return; }
    const target = e.target instanceof Element ? e.target.closest(tappable) : null;
    e.preventDefault();
    e.stopImmediatePropagation();
    if (!target) { return; }
    document.querySelectorAll('.tap-held').forEach((el) => el.classList.remove('tap-held'));
    target.classList.add('tap-held');
    heldTap = target.dataset.testid
      ? { testId: target.dataset.testid }
      : { index: [...document.querySelectorAll(tappable)].indexOf(target) };
  }
  function replayHeldTap() {
    const held = heldTap;
    heldTap = null;
    if (!held) { return; }
    const live = held.testId !== undefined
      ? document.querySelector(`[data-testid="${CSS.escape(held.testId)}"]`)
      : document.querySelectorAll(tappable)[held.index];
    if (live) { live.click(); }
  }

  return {
    startBlazor,
    _holdTap: holdTap,
    restoreScroll,
    forgetScroll() { scrolled.clear(); },
    _queueMoreBelow: queueMoreBelow,
    connect(reference) {
      dotnet = reference;
      // Tests and the watchdog wait for this: from here a tap goes straight to the circuit.
      document.body.dataset.kioskReady = 'true';
      replayHeldTap();
    },
    setDocumentLanguage(lang, dir) {
      document.documentElement.lang = lang;
      document.documentElement.dir = dir;
    },
    scrollToTop,
    // Resolves once the host has handled everything sent before it (events run in order on the circuit).
    sync() { return dotnet ? dotnet.invokeMethodAsync('Ping') : Promise.resolve(); },
    _onActivity: onActivity,
  };
})();

document.addEventListener('click', window.kiosk._holdTap, { capture: true });
for (const type of ['pointerdown', 'keydown', 'wheel']) {
  document.addEventListener(type, window.kiosk._onActivity, { capture: true, passive: true });
}
document.addEventListener('scroll', window.kiosk._queueMoreBelow, { capture: true, passive: true });
window.addEventListener('resize', window.kiosk._queueMoreBelow);
new MutationObserver(window.kiosk._queueMoreBelow).observe(document.documentElement, { subtree: true, childList: true, attributes: true });
// No long-press menu, no text selection callouts, no dragging links or images out of the page.
document.addEventListener('contextmenu', (e) => e.preventDefault());
document.addEventListener('dragstart', (e) => e.preventDefault());
