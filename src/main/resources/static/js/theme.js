// Colour mode before first paint: the stored choice, else the system's. Loaded as a file, not
// inline, because the Content-Security-Policy forbids inline scripts.
(function () {
  'use strict';
  var stored = null;
  try {
    stored = window.localStorage.getItem('theme');
  } catch (e) {
    stored = null;
  }
  var dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
  var theme = (stored === 'light' || stored === 'dark') ? stored : (dark ? 'dark' : 'light');
  document.documentElement.setAttribute('data-bs-theme', theme);
}());
