// The admin modeler and version viewer: a BPMN model in the Camunda 7 modeler (camunda-bpmn-js, with
// its properties panel), a DMN model in dmn-js. The XML comes from a field of the page (data-xml); in
// edit mode every edit is written back into that field, so "Deploy" is an ordinary Faces POST (with its
// view state token). Elements a refusal names (data-problems) are marked.
(function () {
  'use strict';
  var host = document.getElementById('modeler');
  if (!host) {
    return;
  }
  var field = document.getElementById(host.dataset.xml);
  var dmn = host.dataset.kind === 'dmn';
  var view = host.dataset.mode !== 'edit';
  // a version's page only shows the diagram: bpmn-js' NavigatedViewer where the page loads it
  var Modeler = dmn ? window.DmnJS : (view && window.BpmnJS ? window.BpmnJS : window.BpmnModeler);
  function fail(error) {
    var p = document.createElement('p');
    p.className = 'diagram-status';
    p.textContent = host.dataset.error + (error && error.message ? ' (' + error.message + ')' : '');
    host.appendChild(p);
    host.setAttribute('data-rendered', 'error');
  }
  if (!Modeler || !field) {
    fail();
    return;
  }
  var canvasElement = document.createElement('div');
  canvasElement.className = 'modeler-drawing';
  canvasElement.setAttribute('role', 'application');
  canvasElement.setAttribute('aria-label', host.dataset.label);
  host.appendChild(canvasElement);
  var options = { container: canvasElement };
  var properties = document.getElementById('properties');
  if (!dmn && properties && host.dataset.mode === 'edit') {
    options.propertiesPanel = { parent: properties };
  }
  var modeler = new Modeler(options);
  window.iptModeler = modeler;

  function bpmnCanvas() {
    if (!dmn) {
      return modeler.get('canvas');
    }
    var viewer = modeler.getActiveViewer();
    try {
      return viewer ? viewer.get('canvas') : null;
    } catch (e) {
      return null; // a decision table has no canvas
    }
  }

  modeler.importXML(field.value).then(function () {
    var canvas = bpmnCanvas();
    if (canvas) {
      canvas.zoom('fit-viewport');
      var registry = dmn ? null : modeler.get('elementRegistry');
      (host.dataset.problems || '').split(' ').filter(function (id) { return id; }).forEach(function (id) {
        if (!registry || registry.get(id)) {
          try { canvas.addMarker(id, 'ipt-problem'); } catch (e) { /* not on this view */ }
        }
      });
    }
    host.setAttribute('data-rendered', 'true');
  }).catch(fail);

  var form = host.dataset.form ? document.getElementById(host.dataset.form) : null;
  if (form) {
    // the field follows every edit, so "Deploy" is an ordinary submit of the form
    var pending = null;
    var sync = function () {
      var saving = modeler.saveXML({ format: true }).then(function (result) {
        field.value = result.xml;
      });
      pending = saving;
      saving.then(function () {
        if (pending === saving) { pending = null; }
      }, fail);
    };
    if (dmn) {
      var watched = [];
      modeler.on('views.changed', function () {
        var viewer = modeler.getActiveViewer();
        if (viewer && watched.indexOf(viewer) < 0) {
          watched.push(viewer);
          viewer.on('elements.changed', sync);
        }
      });
    } else {
      modeler.on('commandStack.changed', sync);
    }
    form.addEventListener('submit', function (event) {
      if (!pending) {
        return;
      }
      // an edit not yet written to the field: wait for it, then submit again with the same button
      event.preventDefault();
      var submitter = event.submitter;
      pending.then(function () {
        if (submitter) { submitter.click(); } else { form.submit(); }
      });
    });
  }
})();
