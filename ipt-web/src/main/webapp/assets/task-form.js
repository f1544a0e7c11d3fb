// Draws a task's generic form with the form-js viewer (bpmn.io) and hands its values to the Faces form
// around it: the values travel as JSON in a hidden field, so "complete" and "save draft" are ordinary
// Faces POSTs. Field keys with dots (suppliers.1.organisationNumber, criterion.Pris) are nested paths in
// form-js and flat names in IPT's task forms: the values are nested when drawn and flattened when sent;
// a checklist's array travels as comma-separated text, while the array form-js builds for a numbered path
// (suppliers.1.organisationNumber) is flattened back to its numbered names.
// Errors from the server ({fieldKey: message}) are shown as the fields' own errors.
(function () {
  'use strict';
  var host = document.getElementById('task-form');
  if (!host) {
    return;
  }
  var form = document.getElementById(host.dataset.facesForm);
  var hidden = form.querySelector('input[type=hidden][id$=":values"]');
  var status = document.getElementById('task-form-status');
  if (!window.FormViewer) {
    status.textContent = host.dataset.unavailable;
    return;
  }
  var schema = JSON.parse(host.dataset.schema);
  var serverErrors = JSON.parse(host.dataset.errors || '{}');
  var translations = { 'Field is required.': host.dataset.required };

  // multiple choices (checklist, taglist) are arrays in form-js and comma-separated text in IPT's task forms;
  // a field whose IPT name cannot be a form-js path (decision.<orgnr>: a number there makes form-js build an
  // array that long) has a plain key and its IPT name in properties.field
  var lists = {};
  var names = {};
  var keys = {};
  (function walk(components) {
    (components || []).forEach(function (c) {
      if (c.key && (c.type === 'checklist' || c.type === 'taglist')) {
        lists[c.key] = true;
      }
      if (c.key && c.properties && c.properties.field) {
        names[c.key] = c.properties.field;
        keys[c.properties.field] = c.key;
      }
      walk(c.components);
    });
  })(schema.components);
  function renamed(values, map) {
    var result = {};
    Object.keys(values).forEach(function (name) {
      result[map[name] || name] = values[name];
    });
    return result;
  }

  function nest(values) {
    var flat = renamed(values, keys);
    var nested = {};
    Object.keys(flat).forEach(function (name) {
      var value = lists[name] && typeof flat[name] === 'string' ? flat[name].split(',') : flat[name];
      var parts = name.split('.');
      var node = nested;
      parts.slice(0, -1).forEach(function (part) {
        node[part] = node[part] && typeof node[part] === 'object' ? node[part] : {};
        node = node[part];
      });
      node[parts[parts.length - 1]] = value;
    });
    return nested;
  }
  function flatten(value, prefix, into) {
    if (Array.isArray(value) && lists[prefix]) {
      if (value.length) {
        into[prefix] = value.join(',');
      }
    } else if (Array.isArray(value)) {
      // a numbered path (suppliers.1.capacity, optionMonths.2): form-js builds an array, index = number
      value.forEach(function (item, index) {
        flatten(item, prefix + '.' + index, into);
      });
    } else if (value !== null && typeof value === 'object') {
      Object.keys(value).forEach(function (k) {
        flatten(value[k], prefix ? prefix + '.' + k : k, into);
      });
    } else if (value !== null && value !== undefined && value !== '') {
      into[prefix] = value;
    }
    return into;
  }
  function idOf(key) {
    var found = null;
    (function walk(components) {
      (components || []).forEach(function (c) {
        if (c.key === key || (c.properties && c.properties.field === key)) {
          found = c.id;
        }
        walk(c.components);
      });
    })(schema.components);
    return found;
  }

  // no debounce: a text typed just before "Fullfør" is in the values sent, not waiting on a timer
  var viewer = new window.FormViewer.Form({ container: host, debounce: false });
  var initial = {};
  try {
    initial = JSON.parse(hidden.value || '{}');
  } catch (e) {
    initial = {};
  }
  viewer.importSchema(schema, nest(initial)).then(function () {
    host.setAttribute('aria-busy', 'false');
    // form-js writes its own validation messages in English: show them in the page's language
    viewer.on('changed', function (state) {
      var changed = false;
      var errors = {};
      Object.keys(state.errors || {}).forEach(function (id) {
        var list = [].concat(state.errors[id] || []);
        errors[id] = list.map(function (m) {
          if (translations[m]) {
            changed = true;
            return translations[m];
          }
          return m;
        });
      });
      if (changed) {
        viewer._setState({ errors: errors });
      }
    });
    var errors = {};
    var first = null;
    Object.keys(serverErrors).forEach(function (key) {
      var id = idOf(key);
      if (id) {
        errors[id] = [serverErrors[key]];
        first = first || id;
      }
    });
    if (first) {
      viewer._setState({ errors: errors });
      var field = host.querySelector('[id$="' + first + '"]') || host.querySelector('[aria-invalid=true]');
      if (field && field.focus) {
        field.focus();
      }
    }
  }, function (e) {
    status.textContent = host.dataset.unavailable;
    host.setAttribute('aria-busy', 'false');
  });

  form.addEventListener('submit', function (event) {
    var completing = event.submitter && event.submitter.id && /:complete$/.test(event.submitter.id);
    hidden.value = JSON.stringify(renamed(flatten(viewer._getSubmitData(), '', {}), names));
    if (completing) {
      var errors = viewer.validate();
      var ids = Object.keys(errors);
      if (ids.length) {
        event.preventDefault();
        status.textContent = host.dataset.invalid;
        var field = host.querySelector('[aria-invalid=true]');
        if (field && field.focus) {
          field.focus();
        }
      }
    }
  });
})();
