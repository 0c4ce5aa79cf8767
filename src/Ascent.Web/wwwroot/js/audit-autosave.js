// Saves an audit sheet's answers as they change, so a dropped connection at the setting loses nothing.
// The form works without this script (Save and continue); with it, each item is posted on its own to the page's
// Autosave handler as soon as it changes. Every change is first kept in localStorage and only removed once the
// server has it, so answers given offline are sent when the connection returns (the `online` event, a timer, or
// the next visit to the page). An item changed elsewhere meanwhile (another tab or device) is never overwritten:
// the server answers 409, and the person is told which item and what it now says.
(function () {
  'use strict';

  var form = document.querySelector('form[data-autosave]');
  if (!form || !window.fetch || !window.FormData) return;

  var status = form.querySelector('[data-autosave-status]');
  // Shown from the start, so the first "Saved at" replaces a line instead of pushing every item down the page under
  // the observer's finger (a tap on its way would land on another answer).
  if (status) {
    status.textContent = 'Each answer is saved as you choose it.';
    status.hidden = false;
  }
  var progress = document.querySelector('[data-audit-progress]');
  var storageKey = 'ascent:' + form.getAttribute('data-autosave-key');
  var url = new URL(form.action, window.location.href);
  url.searchParams.set('handler', 'Autosave');
  var sending = false;
  var noteTimers = {};

  function readQueue() {
    try {
      return JSON.parse(window.localStorage.getItem(storageKey) || '{}') || {};
    } catch (e) {
      return {};
    }
  }

  function writeQueue(queue) {
    try {
      if (Object.keys(queue).length === 0) window.localStorage.removeItem(storageKey);
      else window.localStorage.setItem(storageKey, JSON.stringify(queue));
    } catch (e) {
      // Storage full or refused (private browsing): the answer is still sent now, just not kept for later.
    }
  }

  function say(text) {
    if (!status) return;
    status.hidden = false;
    status.textContent = text;
  }

  function itemOf(element) {
    return element.closest('[data-audit-item]');
  }

  // The item's fields as the server binds them: always as the first (and only) item of the list.
  function fieldsOf(item) {
    var fields = [];
    item.querySelectorAll('input[name], textarea[name], select[name]').forEach(function (input) {
      if ((input.type === 'radio' || input.type === 'checkbox') && !input.checked) return;
      fields.push([input.name.replace(/^Items\[\d+\]/, 'Items[0]'), input.value]);
    });
    return fields;
  }

  function queueItem(item) {
    var queue = readQueue();
    queue[item.getAttribute('data-audit-item')] = fieldsOf(item);
    writeQueue(queue);
  }

  function itemElement(number) {
    return form.querySelector('[data-audit-item="' + CSS.escape(number) + '"]');
  }

  function setVersion(number, version) {
    var item = itemElement(number);
    var input = item && item.querySelector('[data-audit-version]');
    if (input) input.value = String(version);
  }

  // Puts the server's answer back into the item's fields (after a conflict).
  function showCurrent(number, current) {
    var item = itemElement(number);
    if (!item) return;
    item.querySelectorAll('input[type=radio][name$=".Value"]').forEach(function (radio) {
      radio.checked = radio.value === current.token;
    });
    var note = item.querySelector('textarea');
    if (note) note.value = current.note;
    setVersion(number, current.version);
  }

  function showScore(state) {
    var item = itemElement(state.number);
    var line = item && item.querySelector('[data-audit-score]');
    if (!line) return;
    line.textContent = state.scoreLine;
  }

  function offline() {
    say('Not saved yet: you are offline. Your answers are kept on this device and saved when the connection returns.');
  }

  function send(number, fields) {
    var body = new FormData();
    body.append('__RequestVerificationToken', form.querySelector('input[name="__RequestVerificationToken"]').value);
    fields.forEach(function (field) { body.append(field[0], field[1]); });
    return fetch(url, { method: 'POST', body: body, credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (data) {
          return { status: response.status, data: data };
        });
      });
  }

  // Sends every queued item, one at a time, oldest first; stops at the first network failure and tries later.
  function flush() {
    if (sending) return;
    var queue = readQueue();
    var numbers = Object.keys(queue);
    if (numbers.length === 0) return;
    if (navigator.onLine === false) { offline(); return; }
    sending = true;
    var number = numbers[0];
    send(number, queue[number]).then(function (result) {
      var latest = readQueue();
      // Keep a newer change to the same item made while this one was on its way.
      if (JSON.stringify(latest[number]) === JSON.stringify(queue[number])) delete latest[number];
      if (result.status === 200 && result.data.saved) {
        result.data.items.forEach(function (state) { setVersion(state.number, state.version); showScore(state); });
        if (latest[number]) {
          latest[number] = latest[number].map(function (f) { return /\.Version$/.test(f[0]) ? [f[0], String(result.data.items[0].version)] : f; });
        }
        writeQueue(latest);
        if (progress) progress.textContent = result.data.answered + ' of ' + result.data.total + ' items answered';
        say('Saved at ' + result.data.savedAt);
      } else if (result.status === 409 && result.data.conflicts) {
        writeQueue(latest);
        result.data.conflicts.forEach(function (c) { showCurrent(c.number, c.current); });
        say('Not saved: ' + result.data.conflicts.map(function (c) { return c.message; }).join('. ') + '.');
      } else if (result.status === 400 && result.data.errors) {
        writeQueue(latest);
        say('Not saved: ' + result.data.errors.map(function (e) { return e.message; }).join('. ') + '.');
      } else if (result.status === 401 || result.status === 403 || (result.status >= 300 && result.status < 400)) {
        say('Not saved: you may have been signed out. Your answers are kept on this device; sign in again in another tab, then come back to this page.');
        sending = false;
        return;
      } else {
        say('Not saved yet: Ascent did not answer as expected. Your answers are kept on this device and saved when you try again.');
        sending = false;
        return;
      }
      sending = false;
      flush();
    }).catch(function () {
      sending = false;
      offline();
    });
  }

  form.addEventListener('change', function (event) {
    var item = itemOf(event.target);
    if (!item) return;
    queueItem(item);
    flush();
  });

  form.addEventListener('input', function (event) {
    if (event.target.tagName !== 'TEXTAREA') return;
    var item = itemOf(event.target);
    if (!item) return;
    var number = item.getAttribute('data-audit-item');
    window.clearTimeout(noteTimers[number]);
    noteTimers[number] = window.setTimeout(function () { queueItem(item); flush(); }, 1500);
  });

  // Saving the whole page sends this page's items anyway: their queued copies are no longer needed.
  form.addEventListener('submit', function () {
    var queue = readQueue();
    form.querySelectorAll('[data-audit-item]').forEach(function (item) { delete queue[item.getAttribute('data-audit-item')]; });
    writeQueue(queue);
  });

  // Answers queued on an earlier visit (the connection dropped, the tab closed): show them and send them now.
  var waiting = readQueue();
  Object.keys(waiting).forEach(function (number) {
    var item = itemElement(number);
    if (!item) return;
    item.querySelectorAll('input[name], textarea[name]').forEach(function (input) {
      if (input.type === 'hidden') return;
      var suffix = input.name.replace(/^Items\[\d+\]/, '');
      var field = waiting[number].filter(function (f) { return f[0].replace(/^Items\[0\]/, '') === suffix; })[0];
      if (input.type === 'radio') input.checked = !!field && input.value === field[1];
      else if (field) input.value = field[1];
    });
  });
  if (Object.keys(waiting).length > 0) say('Saving answers kept on this device…');

  window.addEventListener('online', flush);
  window.addEventListener('offline', offline);
  window.setInterval(flush, 30000);
  flush();
})();
