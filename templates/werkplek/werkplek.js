// spoor2 werkplek: the privacy check while a narrative is typed, and pages
// that follow changes to the journals. Every page works without it too.
(function () {
  'use strict';

  // The privacy check: what `spoor2 check` would say about the text, shown
  // under the field a moment after the coach stops typing.
  document.querySelectorAll('form[data-privacy] textarea').forEach(function (area) {
    var form = area.form;
    var out = document.getElementById(area.getAttribute('aria-describedby'));
    var timer = null;
    var asked = 0;
    area.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var body = new URLSearchParams();
        body.set('token', form.elements.token.value);
        body.set('bestand', form.elements.bestand.value);
        body.set('tekst', area.value);
        var mine = ++asked;
        fetch(form.dataset.privacy, { method: 'POST', body: body, credentials: 'same-origin' })
          .then(function (r) { return r.ok ? r.json() : null; })
          .then(function (answer) {
            if (!answer || mine !== asked) { return; }
            out.textContent = '';
            if (answer.meldingen.length > 0) {
              var list = document.createElement('ul');
              answer.meldingen.forEach(function (m) {
                var item = document.createElement('li');
                item.textContent = m;
                list.appendChild(item);
              });
              out.appendChild(list);
            }
          })
          .catch(function () {});
      }, 300);
    });
  });

  // Signing: pointer events on the canvas (finger, pen or mouse) become
  // SVG path data in the 600 by 200 area, in the hidden field the form
  // sends.
  var pad = document.getElementById('tekenvlak');
  if (pad) {
    var ink = pad.getContext('2d');
    ink.lineWidth = 4;
    ink.lineCap = 'round';
    ink.lineJoin = 'round';
    var lines = [];
    var drawing = false;
    var field = document.getElementById('lijnen');
    var at = function (e) {
      var r = pad.getBoundingClientRect();
      var x = Math.round((e.clientX - r.left) * 600 / r.width);
      var y = Math.round((e.clientY - r.top) * 200 / r.height);
      return [Math.min(600, Math.max(0, x)), Math.min(200, Math.max(0, y))];
    };
    pad.addEventListener('pointerdown', function (e) {
      drawing = true;
      if (pad.setPointerCapture) { pad.setPointerCapture(e.pointerId); }
      var p = at(e);
      lines.push('M ' + p[0] + ' ' + p[1]);
      ink.beginPath();
      ink.moveTo(p[0], p[1]);
      e.preventDefault();
    });
    pad.addEventListener('pointermove', function (e) {
      if (!drawing) { return; }
      var p = at(e);
      lines.push('L ' + p[0] + ' ' + p[1]);
      ink.lineTo(p[0], p[1]);
      ink.stroke();
      field.value = lines.join(' ');
    });
    ['pointerup', 'pointercancel'].forEach(function (t) {
      pad.addEventListener(t, function () { drawing = false; field.value = lines.join(' '); });
    });
    document.getElementById('opnieuw').addEventListener('click', function () {
      lines = [];
      field.value = '';
      ink.clearRect(0, 0, pad.width, pad.height);
    });
  }

  // A refused form: the focus goes to the field the message is about (its
  // autofocus), or else to the message itself, so the coach and a screen
  // reader start where the problem is.
  var invalid = document.querySelector('[aria-invalid="true"]');
  var alert = document.querySelector('.melding.fout[role="alert"]');
  if (invalid) {
    invalid.focus();
  } else if (alert) {
    alert.setAttribute('tabindex', '-1');
    alert.focus();
  }

  // Live: reload when the journal of this page changes elsewhere, unless
  // the coach is typing; then say so and leave the typing alone.
  var live = document.getElementById('live');
  if (!live || !window.EventSource) { return; }
  var shown = live.dataset.bestand;
  // A page that came back refused holds typing not yet saved.
  var typing = live.dataset.onopgeslagen === '1';
  document.addEventListener('input', function () { typing = true; });
  var events = new EventSource('/live');
  events.addEventListener('wijziging', function (e) {
    var ours = shown === '*' ? e.data !== '' : (e.data === shown || e.data === '*' || (e.data === '' && live.dataset.pdf === '1'));
    if (!ours) { return; }
    if (!typing) {
      events.close();
      window.location.reload();
      return;
    }
    live.hidden = false;
  });
  var again = document.getElementById('live-herladen');
  if (again) {
    again.addEventListener('click', function () { window.location.reload(); });
  }
}());
