/* global document, window */
// Progressive enhancement only: every page works without this file.
// An error summary gets the focus so screen readers read it first (the `autofocus` attribute does it too).
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('.error-summary');
  if (summary) summary.focus();
  // A link of the summary moves the focus into its field (not only the scroll position).
  document.querySelectorAll('.error-summary a[href^="#"]').forEach(function (a) {
    a.addEventListener('click', function (e) {
      var field = document.getElementById(a.getAttribute('href').slice(1));
      if (!field) return;
      e.preventDefault();
      field.scrollIntoView();
      field.focus();
    });
  });
  // "In" buttons of printable pages.
  document.querySelectorAll('[data-print]').forEach(function (b) {
    b.hidden = false;
    b.addEventListener('click', function () {
      window.print();
    });
  });
});
