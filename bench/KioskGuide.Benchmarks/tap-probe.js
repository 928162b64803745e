// Benchmark instrumentation, injected before the kiosk's own scripts (Playwright init script).
// Measures one tap inside the page: pointerdown (event.timeStamp) -> click -> last host message ->
// result count changed in the DOM -> next animation frame (when the new results can be painted).
(() => {
  // Arrival time of every message from the host, so the wait can be split into host and browser time.
  let lastMessageAt = 0;
  let lastMessageBytes = 0;
  const NativeWebSocket = window.WebSocket;
  window.WebSocket = class extends NativeWebSocket {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        lastMessageAt = performance.now();
        lastMessageBytes = typeof e.data === 'string' ? e.data.length : (e.data.byteLength ?? e.data.size ?? 0);
      });
    }
  };

  const countText = () => {
    const el = document.querySelector("[data-testid='result-count']");
    return el ? el.textContent.trim() : null;
  };

  let pending = null;

  window.__tapProbe = {
    // Call before the tap; returns the result count text the tap must change.
    arm(timeoutMs) {
      const before = countText();
      // down: the touch's own time stamp; click: when the page got to handle the click (its time stamp is the touch's).
      const times = { down: null, click: null, message: null, messageBytes: null, changed: null, frame: null };
      const onDown = (e) => { if (times.down === null) times.down = e.timeStamp; };
      const onClick = () => { if (times.click === null) times.click = performance.now(); };
      document.addEventListener('pointerdown', onDown, { capture: true, passive: true });
      document.addEventListener('click', onClick, { capture: true, passive: true });

      pending = new Promise((resolve) => {
        let observer = null;
        let timer = 0;
        const finish = (timedOut) => {
          if (observer) observer.disconnect();
          clearTimeout(timer);
          document.removeEventListener('pointerdown', onDown, { capture: true });
          document.removeEventListener('click', onClick, { capture: true });
          resolve({ before, after: countText(), timedOut, ...times });
        };
        observer = new MutationObserver(() => {
          const now = performance.now();
          if (times.changed !== null || countText() === before) return;
          times.changed = now;
          times.message = lastMessageAt;
          times.messageBytes = lastMessageBytes;
          observer.disconnect();
          requestAnimationFrame(() => { times.frame = performance.now(); finish(false); });
        });
        // The count and the list live in <main>; the count's text node may be replaced or edited.
        observer.observe(document.querySelector('main') || document.body, { childList: true, characterData: true, subtree: true });
        timer = setTimeout(() => finish(true), timeoutMs);
      });
      return before;
    },
    // Resolves once the armed tap has changed the count and a frame has followed (or on time-out).
    result() { return pending; },
    // performance.now() -> Unix ms on the system clock (the clock the host reads). performance.timeOrigin
    // alone can be off by milliseconds, so it is corrected at the moments Date.now() ticks over.
    wallClockOrigin() {
      const offsets = [];
      for (let k = 0; k < 7; k++) {
        const start = Date.now();
        let now = start;
        let p = 0;
        while (now === start) { p = performance.now(); now = Date.now(); }
        offsets.push(now - p);
      }
      offsets.sort((a, b) => a - b);
      return { origin: offsets[3], timeOrigin: performance.timeOrigin };
    },
    // Round trips of kiosk.sync() (a JS -> .NET call over the circuit that renders nothing), in ms.
    async pings(n) {
      const times = [];
      for (let i = 0; i < n; i++) {
        const start = performance.now();
        await window.kiosk.sync();
        times.push(performance.now() - start);
      }
      return times;
    },
  };
})();
