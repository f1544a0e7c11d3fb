// The admin form editor: a form-js schema (from a field of the page, data-schema) in the form-js editor
// with its properties panel. Every change is written back into that field as JSON, so "Deploy" is an
// ordinary Faces POST (with its view state token); the script makes no API calls.
(function () {
  'use strict';
  var host = document.getElementById('form-editor');
  if (!host) {
    return;
  }
  var field = document.getElementById(host.dataset.schema);
  function fail(error) {
    var p = document.createElement('p');
    p.className = 'diagram-status';
    p.textContent = host.dataset.error + (error && error.message ? ' (' + error.message + ')' : '');
    host.appendChild(p);
    host.setAttribute('data-rendered', 'error');
  }
  if (!window.FormEditor || !field) {
    fail();
    return;
  }
  var editor = new window.FormEditor.FormEditor({
    container: host,
    propertiesPanel: { parent: '#' + host.dataset.properties }
  });
  window.iptFormEditor = editor;
  function sync() {
    field.value = JSON.stringify(editor.saveSchema(), null, 2);
  }
  var schema;
  try {
    schema = JSON.parse(field.value);
  } catch (e) {
    fail(e);
    return;
  }
  editor.importSchema(schema).then(function () {
    host.setAttribute('data-rendered', 'true');
  }).catch(fail);
  editor.on('changed', sync);
  var form = document.getElementById(host.dataset.form);
  if (form) {
    // the last edit may not have fired "changed" yet: write the schema once more before it is sent
    form.addEventListener('submit', sync);
  }
})();
