// Enhancements only: every page works without this file.
(function () {
  'use strict';

  function setupCopyButtons() {
    document.querySelectorAll('[data-copy-target]').forEach(function (button) {
      var target = document.getElementById(button.getAttribute('data-copy-target'));
      if (!target || !navigator.clipboard) {
        return;
      }
      button.classList.remove('d-none');
      var label = button.textContent;
      button.addEventListener('click', function () {
        var text = ('value' in target && target.tagName !== 'PRE') ? target.value : target.textContent;
        navigator.clipboard.writeText(text).then(function () {
          button.textContent = button.getAttribute('data-copied-text') || label;
          window.setTimeout(function () { button.textContent = label; }, 2000);
        });
      });
    });
  }

  // Shows only the distributions of the chosen location.
  function setupDistributions() {
    var groups = document.querySelectorAll('.distribution-group[data-locations]');
    if (groups.length === 0) {
      return;
    }
    var radios = document.querySelectorAll('input[type=radio][name$=".location"]');
    function update() {
      var chosen = null;
      radios.forEach(function (radio) {
        if (radio.checked) {
          chosen = radio.value;
        }
      });
      groups.forEach(function (group) {
        var fits = chosen === null || group.getAttribute('data-locations').split(' ').indexOf(chosen) >= 0;
        group.classList.toggle('is-hidden', !fits);
        if (!fits) {
          group.querySelectorAll('input').forEach(function (input) {
            if (input.checked) {
              input.checked = false;
              var any = document.getElementById('distribution-any');
              if (any) {
                any.checked = true;
              }
            }
          });
        }
      });
    }
    radios.forEach(function (radio) { radio.addEventListener('change', update); });
    update();
  }

  function setupThemeSwitch() {
    var wrapper = document.querySelector('[data-theme-switch]');
    var select = document.getElementById('theme');
    if (!wrapper || !select) {
      return;
    }
    var stored = null;
    try {
      stored = window.localStorage.getItem('theme');
    } catch (e) {
      stored = null;
    }
    select.value = (stored === 'light' || stored === 'dark') ? stored : 'auto';
    wrapper.classList.remove('d-none');
    select.addEventListener('change', function () {
      var value = select.value;
      try {
        if (value === 'auto') {
          window.localStorage.removeItem('theme');
        } else {
          window.localStorage.setItem('theme', value);
        }
      } catch (e) {
        // Storage may be off; the choice then lasts for this page only.
      }
      var dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
      var theme = value === 'auto' ? (dark ? 'dark' : 'light') : value;
      document.documentElement.setAttribute('data-bs-theme', theme);
    });
  }

  function setupErrorFocus() {
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    setupCopyButtons();
    setupDistributions();
    setupThemeSwitch();
    setupErrorFocus();
  });
}());
