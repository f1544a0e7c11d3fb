// The scoring matrix of "Evaluer tilbudene": live weighted totals and ranks while the evaluator types, and
// the cells as score.<orgnr>.<criterion> in the task form's values when the Faces form is submitted. Loaded
// with defer, i.e. after task-form.js, so its submit listener runs after the one that writes the form-js
// values, and adds the cells to them. The server decides (ScoreOffersForm, Tender.score); a refused cell
// comes back in data-errors under its key and is shown next to that cell with the input kept.
(function () {
  'use strict';
  var matrix = document.getElementById('score-matrix');
  if (!matrix) {
    return;
  }
  var form = document.getElementById(matrix.dataset.facesForm);
  var hidden = form && form.querySelector('input[type=hidden][id$=":values"]');
  var status = document.getElementById('score-matrix-status');
  var summary = document.getElementById('score-matrix-summary');
  var cells = [].slice.call(matrix.querySelectorAll('input.score-cell'));
  var rows = [].slice.call(matrix.querySelectorAll('tr.offer'));
  var number = new Intl.NumberFormat(matrix.dataset.lang || 'nb', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  function parse(json) {
    try {
      var value = JSON.parse(json || '{}');
      return value && typeof value === 'object' ? value : {};
    } catch (e) {
      return {};
    }
  }
  function message(cell, text) {
    document.getElementById(cell.id + '-message').textContent = text || '';
    if (text) {
      cell.setAttribute('aria-invalid', 'true');
    } else {
      cell.removeAttribute('aria-invalid');
    }
  }

  // the weighted total of a row: the weights are percent, the scores 0-10, as the tender computes it
  function recompute() {
    var totals = rows.map(function (row, index) {
      var total = 0;
      var complete = true;
      [].forEach.call(row.querySelectorAll('input.score-cell'), function (cell) {
        if (cell.value === '' || isNaN(Number(cell.value))) {
          complete = false;
        } else {
          total += Number(cell.value) * Number(cell.dataset.weight);
        }
      });
      total = Math.round(total) / 100;
      row.querySelector('td.total').textContent = number.format(total);
      return { row: row, index: index, total: total, complete: complete };
    });
    // best first; equal totals keep the order received (the rows' order), as the tender breaks ties
    var ranked = totals.slice().sort(function (a, b) {
      return b.total - a.total || a.index - b.index;
    });
    ranked.forEach(function (t, i) {
      t.row.querySelector('td.rank').textContent = String(i + 1);
    });
    summary.textContent = matrix.dataset.summary + ' ' + ranked.map(function (t, i) {
      return (i + 1) + '. ' + t.row.querySelector('th').firstChild.textContent.trim() + ' (' + number.format(t.total) + ')';
    }).join(', ');
  }

  // the values kept on the page (a refused completion or a draft) fill the cells again
  var kept = parse(hidden && hidden.value);
  cells.forEach(function (cell) {
    if (kept[cell.dataset.key] !== undefined && kept[cell.dataset.key] !== null) {
      cell.value = kept[cell.dataset.key];
    }
    cell.addEventListener('input', function () {
      message(cell, '');
      recompute();
    });
  });
  recompute();

  var serverErrors = parse(matrix.dataset.errors);
  var first = null;
  Object.keys(serverErrors).forEach(function (key) {
    var cell = cells.filter(function (c) {
      return c.dataset.key === key;
    })[0];
    if (cell) {
      message(cell, serverErrors[key]);
      first = first || cell;
    } else if (key.indexOf('score') === 0) {
      // about the matrix as a whole (e.g. "scores": a cell left unscored)
      status.textContent = serverErrors[key];
    }
  });
  if (first) {
    first.focus();
  }

  if (!form || !hidden) {
    return;
  }
  form.addEventListener('submit', function (event) {
    var values = parse(hidden.value);
    Object.keys(values).forEach(function (key) {
      if (key.indexOf('score.') === 0) {
        delete values[key];
      }
    });
    var empty = [];
    cells.forEach(function (cell) {
      var value = cell.value.trim();
      if (value === '') {
        empty.push(cell);
      } else {
        values[cell.dataset.key] = value;
      }
    });
    hidden.value = JSON.stringify(values);
    var completing = event.submitter && event.submitter.id && /:complete$/.test(event.submitter.id);
    if (completing && empty.length) {
      event.preventDefault();
      empty.forEach(function (cell) {
        message(cell, matrix.dataset.required);
      });
      status.textContent = matrix.dataset.incomplete;
      empty[0].focus();
    }
  });
})();
