// Before the first paint: the colour mode (the stored choice, else the system's), and what the
// page can offer with a script (the theme switch, copy buttons), so that nothing appears or
// moves later (no layout shift). Loaded as a file, not inline: the Content-Security-Policy
// forbids inline scripts.
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
  var root = document.documentElement;
  root.setAttribute('data-bs-theme', theme);
  root.classList.add('has-script');
  if (navigator.clipboard) {
    root.classList.add('can-copy');
  }
}());
