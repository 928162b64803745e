// Read-aloud and talk-through. The page knows what is on the screen and in which language each block is (lang
// attributes), so it gathers the words here, asks the host for a ticket (POST /speech) and plays the WAV that the
// host's espeak-ng streams back. Settings (session key, volume, talk-through, words) come from #kiosk-speech,
// which Blazor renders; the idle reset puts them back there.
window.kioskSpeech = (() => {
  const tappable = 'button, a[href], input, textarea, select, [role=button]';
  const blocks = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, label, legend, caption, figcaption';
  // Icons, the on-screen keyboard's keys and hidden things are not read (a keyboard is 40 letters of noise).
  const skip = '[aria-hidden="true"], [hidden], .keyboard, [data-speech-skip], script, style, svg';
  const secondTapMs = 3000;
  const timings = []; // { tap, playing } in performance.now() ms: first-sound figures for the bench and tests
  let requestNo = 0;  // a newer request makes an older reply void
  let armed = null;   // talk-through: the control the first tap described, and when

  const settings = () => document.getElementById('kiosk-speech');
  const player = () => document.getElementById('kiosk-speech-audio');
  const word = (name) => (settings() && settings().dataset['w' + name]) || '';
  const uiLang = () => (settings() && settings().dataset.lang) || document.documentElement.lang || 'da';
  const langOf = (el) => { const holder = el.closest('[lang]'); return (holder && holder.getAttribute('lang')) || uiLang(); };
  const talkThrough = () => !!settings() && settings().dataset.talkThrough === 'true';
  const speaking = () => !!settings() && settings().dataset.speaking === 'true';
  const clean = (text) => (text || '').replace(/\s+/g, ' ').trim();
  const format = (text, ...args) => text.replace(/\{(\d)\}/g, (_, i) => String(args[+i]));
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const visible = (el) => !el.closest(skip) && (!el.checkVisibility || el.checkVisibility());
  const screenRoot = () => document.querySelector('.overlay [role=dialog], .overlay [role=alertdialog]') || document.getElementById('main');

  // Until the host has handled the tap and the new screen is painted.
  async function settle() {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (window.kiosk && window.kiosk.sync) { await window.kiosk.sync(); }
    await frame();
  }

  // Parts in the same language next to each other become one: one espeak-ng run, no pause between.
  function merge(parts, maxChars) {
    const merged = [];
    let left = maxChars;
    for (const part of parts) {
      let text = clean(part.text);
      if (!text || left <= 0) { continue; }
      text = text.slice(0, left);
      left -= text.length + 1;
      const last = merged[merged.length - 1];
      if (last && last.lang === part.lang) { last.text += ' ' + text; } else { merged.push({ lang: part.lang, text }); }
    }
    return merged;
  }

  async function say(parts, tapAt) {
    const s = settings();
    const audio = player();
    if (!s || !audio) { return; }
    parts = merge(parts, parseInt(s.dataset.maxChars || '6000', 10));
    const n = ++requestNo;
    silence();
    if (parts.length === 0) { return; }
    setSpeaking(s, true);
    let ticket;
    try {
      const reply = await fetch('speech', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ session: s.dataset.session, parts }),
      });
      if (!reply.ok) { throw new Error(String(reply.status)); }
      ticket = (await reply.json()).ticket;
    } catch {
      if (n === requestNo) { setSpeaking(s, false); }
      return;
    }
    if (n !== requestNo) { return; }
    const timing = { tap: tapAt === undefined ? performance.now() : tapAt, playing: null };
    timings.push(timing);
    if (timings.length > 500) { timings.shift(); }
    audio.onplaying = () => { if (n === requestNo && timing.playing === null) { timing.playing = performance.now(); } };
    audio.onended = () => { if (n === requestNo) { setSpeaking(s, false); } };
    audio.volume = Math.min(1, Math.max(0, parseFloat(s.dataset.volume) || 1));
    audio.src = 'speech/' + ticket;
    audio.play().catch(() => {});
  }

  // Shown on the "Læs op" button too (Blazor does not render that attribute, so it leaves it alone).
  function setSpeaking(s, on) {
    if (s) { s.dataset.speaking = on ? 'true' : 'false'; }
    const button = document.querySelector('[data-testid="read-aloud"]');
    if (button) { button.dataset.speaking = on ? 'true' : 'false'; }
  }

  // Dropping the source ends the download, and the host kills espeak-ng when the request goes.
  function silence() {
    const s = settings();
    const audio = player();
    setSpeaking(s, false);
    if (audio && audio.getAttribute('src')) {
      audio.pause();
      audio.removeAttribute('src');
      audio.load();
    }
  }

  function stop() {
    requestNo++;
    armed = null;
    silence();
  }

  // The visible text under root in reading order, in parts by language; a block ends with a full stop so
  // espeak-ng pauses between a heading and the next line.
  function collect(root) {
    const parts = [];
    let lastBlock = null;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = clean(node.textContent);
      if (!text || !el || !visible(el)) { continue; }
      const block = el.closest(blocks + ', ' + tappable) || el;
      const lang = langOf(el);
      const last = parts[parts.length - 1];
      if (last && block !== lastBlock && !/[.!?:;,…؟،]$/.test(last.text)) { last.text += '.'; }
      if (last && last.lang === lang) { last.text += ' ' + text; } else { parts.push({ lang, text }); }
      lastBlock = block;
    }
    return parts;
  }

  function readScreen(tapAt) {
    const parts = collect(screenRoot());
    say(parts.length ? parts : [{ lang: uiLang(), text: word('Nothing') }], tapAt);
  }

  function listItems(list) { return [...list.children].filter((c) => c.tagName === 'LI'); }

  // "item 2 of 12" for anything inside a list item.
  function position(el) {
    const item = el.closest('li');
    const list = item && item.parentElement;
    if (!list || !/^(UL|OL)$/.test(list.tagName)) { return ''; }
    const items = listItems(list);
    return format(word('ItemOf'), items.indexOf(item) + 1, items.length);
  }

  // What a control is called, what it is, and its state: "Gratis", "button, on, item 2 of 5".
  function describe(el) {
    const name = clean(el.getAttribute('aria-label') || el.innerText || el.value || el.getAttribute('placeholder'));
    const bits = [];
    if (el.tagName === 'A') { bits.push(word('Link')); }
    else if (/^(INPUT|TEXTAREA)$/.test(el.tagName)) { bits.push(word('TextField')); }
    else { bits.push(word('Button')); }
    const state = el.getAttribute('aria-pressed') || el.getAttribute('aria-checked') || el.getAttribute('aria-selected') || el.getAttribute('aria-expanded');
    if (state === 'true') { bits.push(word('On')); } else if (state === 'false') { bits.push(word('Off')); }
    if (el.disabled || el.getAttribute('aria-disabled') === 'true') { bits.push(word('Unavailable')); }
    const where = position(el);
    if (where) { bits.push(where); }
    return { name, lang: langOf(el), info: bits.join(', ') };
  }

  function describeControl(el, tapAt) {
    const d = describe(el);
    say([{ lang: d.lang, text: d.name + '.' }, { lang: uiLang(), text: d.info + '. ' + word('TapAgain') }], tapAt);
  }

  // Plain text tapped in talk-through: headings and list items say what they are.
  function describeBlock(target, tapAt) {
    const block = target.closest(blocks);
    if (!block || !visible(block)) { return; }
    const parts = [];
    if (/^H[1-6]$/.test(block.tagName)) { parts.push({ lang: uiLang(), text: word('Heading') + ' ' + block.tagName[1] + ':' }); }
    parts.push(...collect(block));
    const where = position(block);
    if (where) { parts.push({ lang: uiLang(), text: '. ' + where + '.' }); }
    say(parts, tapAt);
  }

  // A new screen or dialog in talk-through: its heading, and how long its lists are.
  function announceScreen() {
    const root = screenRoot();
    if (!root) { return; }
    const parts = [];
    const heading = root.querySelector('h1, h2');
    if (heading && visible(heading)) {
      parts.push({ lang: uiLang(), text: word('Heading') + ':' });
      parts.push(...collect(heading));
      parts.push({ lang: uiLang(), text: '.' });
    }
    for (const status of root.querySelectorAll('[role=status]')) { if (visible(status)) { parts.push(...collect(status)); } }
    const lists = [...root.querySelectorAll('ul, ol')].filter((l) => visible(l) && listItems(l).length > 0).slice(0, 3);
    for (const list of lists) {
      const count = listItems(list).length;
      parts.push({ lang: uiLang(), text: (count === 1 ? word('ListOne') : format(word('List'), count)) + '.' });
    }
    say(parts);
  }

  // After a control did its work: a new screen is announced by screenChanged; otherwise a new dialog, or the
  // control's new state ("Gratis, button, on").
  async function afterActivation(control, hadDialog) {
    const where = location.href;
    await settle();
    if (location.href !== where) { return; }
    const testId = control.dataset.testid;
    if (testId === 'talk-through') { say([{ lang: uiLang(), text: word(talkThrough() ? 'TalkOn' : 'TalkOff') }]); return; }
    if (!talkThrough()) {
      if (testId === 'volume' && control.isConnected) { say([{ lang: uiLang(), text: control.getAttribute('aria-label') }]); }
      return;
    }
    const dialog = document.querySelector('.overlay [role=dialog], .overlay [role=alertdialog]');
    if (dialog && dialog !== hadDialog) { say(collect(dialog)); return; }
    if (control.isConnected) {
      const d = describe(control);
      say([{ lang: d.lang, text: d.name + '.' }, { lang: uiLang(), text: d.info }]);
    }
  }

  // Capture phase on window: this runs before Blazor sees the tap, so talk-through can keep a first tap to itself.
  function onClick(e) {
    if (document.body.dataset.kioskReady !== 'true' || !settings()) { return; }
    const target = e.target instanceof Element ? e.target : null;
    const control = target && target.closest(tappable);
    const isRead = !!control && control.dataset.testid === 'read-aloud';
    const hadDialog = document.querySelector('.overlay [role=dialog], .overlay [role=alertdialog]');
    if (talkThrough()) {
      const now = performance.now();
      if (!control || !armed || armed.el !== control || now - armed.at > secondTapMs) {
        e.preventDefault();
        e.stopImmediatePropagation();
        if (control) {
          armed = { el: control, at: now };
          describeControl(control, e.timeStamp);
        } else {
          armed = null;
          if (target) { describeBlock(target, e.timeStamp); }
        }
        return;
      }
      stop(); // the second tap: the control does its work
    } else if (!isRead && speaking()) {
      stop(); // any tap ends a reading, and does what it does
    }
    if (isRead) {
      e.preventDefault();
      e.stopImmediatePropagation();
      if (speaking() && !talkThrough()) { stop(); } else { readScreen(e.timeStamp); }
      return;
    }
    if (control) { afterActivation(control, hadDialog); }
  }

  // Talk-through: a status line that appears or changes ("the printer has your leaflet") is said.
  let lastStatus = '';
  function watchStatus() {
    if (!talkThrough()) { lastStatus = ''; return; }
    const status = [...document.querySelectorAll('[role=status], [role=alert]')].filter(visible).map((el) => clean(el.innerText)).join(' ');
    if (status && status !== lastStatus) {
      lastStatus = status;
      say([...document.querySelectorAll('[role=status], [role=alert]')].filter(visible).flatMap(collect));
    }
    lastStatus = status;
  }
  let statusQueued = false;
  function queueStatus() {
    if (!statusQueued) { statusQueued = true; setTimeout(() => { statusQueued = false; watchStatus(); }, 150); }
  }

  async function screenChanged() {
    stop();
    if (!talkThrough()) { return; }
    await settle();
    await frame();
    announceScreen();
    lastStatus = clean([...document.querySelectorAll('[role=status], [role=alert]')].filter(visible).map((el) => el.innerText).join(' '));
  }

  window.addEventListener('click', onClick, { capture: true });
  new MutationObserver(queueStatus).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
  // The connection to the host is lost: no sound may outlive the screen it belonged to.
  document.addEventListener('components-reconnect-state-changed', stop);

  return { stop, screenChanged, readScreen, say, timings };
})();
