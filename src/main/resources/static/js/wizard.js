// Enhancements only: every page works without this file.
(function () {
  'use strict';

  function setupCopyButtons(scope) {
    scope.querySelectorAll('[data-copy-target]').forEach(function (button) {
      var target = document.getElementById(button.getAttribute('data-copy-target'));
      if (!target || !navigator.clipboard || button.hasAttribute('data-copy-ready')) {
        return;
      }
      button.setAttribute('data-copy-ready', '');
      var label = button.innerHTML;
      button.addEventListener('click', function () {
        var source = document.getElementById(button.getAttribute('data-copy-target'));
        var text = ('value' in source && source.tagName !== 'PRE') ? source.value : source.textContent;
        navigator.clipboard.writeText(text).then(function () {
          button.textContent = button.getAttribute('data-copied-text') || button.textContent;
          window.setTimeout(function () { button.innerHTML = label; }, 2000);
        });
      });
    });
  }

  // Unchecks a distribution that does not fit the chosen location (the page hides its group).
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
        if (!fits) {
          group.querySelectorAll('input').forEach(function (input) {
            if (input.checked) {
              input.checked = false;
              var any = document.getElementById('distribution-any');
              if (any) {
                any.checked = true;
                any.dispatchEvent(new Event('change', { bubbles: true }));
              }
            }
          });
        }
      });
    }
    radios.forEach(function (radio) { radio.addEventListener('change', update); });
    update();
  }

  // Fills a CIDR field with the chosen distribution's default, unless the user typed another value.
  function setupDefaults() {
    var fields = document.querySelectorAll('input[data-defaults]');
    if (fields.length === 0) {
      return;
    }
    function defaults(field) {
      var map = {};
      field.getAttribute('data-defaults').split(' ').forEach(function (pair) {
        var at = pair.indexOf('=');
        if (at > 0) {
          map[pair.substring(0, at)] = pair.substring(at + 1);
        }
      });
      return map;
    }
    var previous = null;
    var radios = document.querySelectorAll('input[type=radio][name$=".distribution"]');
    radios.forEach(function (radio) {
      if (radio.checked) {
        previous = radio.value;
      }
      radio.addEventListener('change', function () {
        if (!radio.checked) {
          return;
        }
        fields.forEach(function (field) {
          var map = defaults(field);
          var old = previous ? (map[previous] || '') : '';
          if (field.value === '' || field.value === old) {
            field.value = map[radio.value] || '';
          }
        });
        previous = radio.value;
      });
    });
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

  // Live preview: a change in Your answers asks the wizard for the new plan (the same GET the form
  // sends without a script), swaps the parts of the page that changed and keeps the URL canonical.
  function setupLivePreview() {
    var root = document.getElementById('plan');
    if (!root || !window.fetch || !window.DOMParser || !window.URLSearchParams || !window.FormData) {
      return;
    }
    var timer = null;
    var latest = 0;

    function query(form) {
      var params = new URLSearchParams();
      new FormData(form).forEach(function (value, name) {
        if (value !== '') {
          params.append(name, value);
        }
      });
      return params.toString();
    }

    function say(status, text, problems) {
      status.textContent = '';
      var lead = document.createElement('p');
      lead.className = 'mb-1';
      lead.textContent = text;
      status.appendChild(lead);
      if (problems && problems.length > 0) {
        var list = document.createElement('ul');
        list.className = 'mb-0';
        problems.forEach(function (problem) {
          var item = document.createElement('li');
          item.textContent = problem;
          list.appendChild(item);
        });
        status.appendChild(list);
        status.className = 'answers-status alert alert-danger py-2 small';
      } else {
        status.className = 'answers-status small text-body-secondary';
      }
    }

    function swap(fresh, focusId) {
      document.querySelectorAll('#plan [data-live]').forEach(function (old) {
        var replacement = fresh.getElementById(old.id);
        if (replacement) {
          old.replaceWith(document.importNode(replacement, true));
        }
      });
      setupCopyButtons(document);
      if (focusId) {
        var focus = document.getElementById(focusId);
        if (focus) {
          focus.focus({ preventScroll: true });
        }
      }
    }

    function showProblems(page, form) {
      var problems = [];
      page.querySelectorAll('#error-summary li, #notices li').forEach(function (item) {
        problems.push(item.textContent.replace(/\s+/g, ' ').trim());
      });
      page.querySelectorAll('[aria-invalid=true][name]').forEach(function (field) {
        var mine = form.querySelector('[name="' + field.getAttribute('name') + '"]');
        if (mine) {
          mine.setAttribute('aria-invalid', 'true');
          mine.classList.add('is-invalid');
        }
      });
      var status = document.getElementById('answers-status');
      say(status, status.getAttribute('data-problems'), problems.length > 0 ? problems : [status.getAttribute('data-failed')]);
    }

    function load(url) {
      return window.fetch(url, { headers: { 'Accept': 'text/html' } }).then(function (response) {
        return response.text().then(function (html) {
          return { ok: response.ok, page: new DOMParser().parseFromString(html, 'text/html') };
        });
      });
    }

    function update(form, focusId) {
      var mine = ++latest;
      var main = root.querySelector('.plan-main');
      var notices = [];
      main.classList.add('is-updating');
      load(form.getAttribute('action') + '?' + query(form))
        .then(function (result) {
          // Answers that no longer apply were left out: say so, and show the plan without them.
          var onward = result.ok ? result.page.querySelector('#notices a[data-plan]') : null;
          if (!onward) {
            return result;
          }
          result.page.querySelectorAll('#notices li').forEach(function (item) {
            notices.push(item.textContent.replace(/\s+/g, ' ').trim());
          });
          return load(onward.getAttribute('href'));
        })
        .then(function (result) {
          if (mine !== latest) {
            return;
          }
          main.classList.remove('is-updating');
          var fresh = result.page.getElementById('plan');
          if (result.ok && fresh) {
            swap(result.page, focusId);
            window.history.replaceState(null, '', fresh.getAttribute('data-plan-url'));
            document.title = result.page.title;
            var status = document.getElementById('answers-status');
            say(status, status.getAttribute('data-updated'));
            notices.forEach(function (notice) {
              var line = document.createElement('p');
              line.className = 'mb-0';
              line.textContent = notice;
              status.appendChild(line);
            });
          } else {
            showProblems(result.page, form);
          }
        })
        .catch(function () {
          main.classList.remove('is-updating');
          form.submit();
        });
    }

    root.addEventListener('change', function (event) {
      var form = event.target.form;
      if (!form || form.id !== 'answers-form') {
        return;
      }
      window.clearTimeout(timer);
      var focusId = event.target.id;
      timer = window.setTimeout(function () { update(form, focusId); }, 200);
    });
    root.addEventListener('submit', function (event) {
      if (event.target.id !== 'answers-form') {
        return;
      }
      event.preventDefault();
      update(event.target, null);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    setupCopyButtons(document);
    setupDistributions();
    setupDefaults();
    setupThemeSwitch();
    setupErrorFocus();
    setupLivePreview();
  });
}());
