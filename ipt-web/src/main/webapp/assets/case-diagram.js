// Draws the BPMN diagrams of the case page with bpmn-js (NavigatedViewer): the processes the case runs
// now, outermost first, with the active activities highlighted and the completed ones marked. The
// texts come from the page's data attributes (the resource bundle), the data from GET /api/cases/{n}/diagram.
(function () {
  'use strict';
  var host = document.getElementById('diagrams');
  if (!host) {
    return;
  }
  function say(text) {
    var p = document.createElement('p');
    p.className = 'diagram-status';
    p.textContent = text;
    host.appendChild(p);
    host.setAttribute('aria-busy', 'false');
  }
  if (!window.BpmnJS) {
    say(host.dataset.error);
    return;
  }
  function names(registry, ids) {
    return ids.map(function (id) {
      var element = registry.get(id);
      return element && element.businessObject && element.businessObject.name ? element.businessObject.name : null;
    }).filter(function (name) { return name; });
  }
  function draw(process, index) {
    var figure = document.createElement('figure');
    figure.className = 'diagram';
    var caption = document.createElement('figcaption');
    var title = document.createElement('strong');
    title.textContent = process.processName || process.processDefinitionKey;
    caption.appendChild(title);
    var canvasElement = document.createElement('div');
    canvasElement.className = 'diagram-canvas';
    canvasElement.id = 'diagram-' + index;
    canvasElement.setAttribute('data-process', process.processDefinitionKey);
    figure.appendChild(caption);
    figure.appendChild(canvasElement);
    host.appendChild(figure);
    var viewer = new window.BpmnJS({ container: canvasElement });
    return viewer.importXML(process.xml).then(function () {
      var canvas = viewer.get('canvas');
      var registry = viewer.get('elementRegistry');
      canvas.zoom('fit-viewport');
      process.completedActivityIds.forEach(function (id) {
        if (registry.get(id)) { canvas.addMarker(id, 'ipt-completed'); }
      });
      process.activeActivityIds.forEach(function (id) {
        if (registry.get(id)) { canvas.addMarker(id, 'ipt-active'); }
      });
      // the text alternative of the picture: what the process waits for now
      var active = names(registry, process.activeActivityIds);
      var now = document.createElement('span');
      now.className = 'diagram-active';
      now.textContent = ' – ' + host.dataset.activeLabel + ': ' + (active.length ? active.join(', ') : host.dataset.noneLabel);
      caption.appendChild(now);
      var svg = canvasElement.querySelector('svg');
      if (svg) {
        svg.setAttribute('role', 'img');
        svg.setAttribute('aria-label', title.textContent + now.textContent);
      }
      canvasElement.setAttribute('data-rendered', 'true');
    });
  }
  fetch(host.dataset.url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.json();
    })
    .then(function (data) {
      return Promise.all(data.processes.map(draw));
    })
    .then(function () {
      host.setAttribute('aria-busy', 'false');
      host.setAttribute('data-rendered', 'true');
    })
    .catch(function () {
      say(host.dataset.error);
    });
})();
