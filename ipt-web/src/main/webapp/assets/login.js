// Carries the page the user asked for through the login, and shows the error after a failed attempt.
(function () {
  var params = new URLSearchParams(window.location.search);
  var next = params.get('next');
  if (next && next.charAt(0) === '/' && next.charAt(1) !== '/') {
    document.getElementById('next').value = next;
  }
  if (params.has('error')) {
    document.getElementById('error').hidden = false;
  }
})();
