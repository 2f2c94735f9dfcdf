// The portal's only script on public pages (see lib/http-cache/islands.ts): the pages are server-rendered
// HTML that works without JavaScript; this adds conveniences to the markup through data attributes.
// Plain ES2020, no dependencies, no inline code (the public CSP allows scripts from 'self' only).
(function () {
  "use strict";

  // ── 字数 counting: the same rule as lib/contributions/plain-text.ts countCharacters (a unit test
  // holds the two to the same answers): every character counts one, whitespace and invisible
  // characters do not, a character outside the BMP (𠮷) counts one.
  var INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
  var SPACE = /\s/u;

  function countCharacters(value) {
    var count = 0;
    for (var char of value.replace(INVISIBLE, "")) {
      if (!SPACE.test(char)) count += 1;
    }
    return count;
  }

  /** The hint text and live announcement of components/forms/character-count-field.tsx for a count. */
  function describeCount(count, min, max) {
    var verdict = count < min ? "short" : count > max ? "long" : "ok";
    var detail = verdict === "short" ? "还差 " + (min - count) + " 字" : verdict === "long" ? "超出 " + (count - max) + " 字" : "字数符合要求";
    return {
      text: "当前 " + count + " 字" + (count > 0 ? "，" + detail : ""),
      tone: verdict === "ok" ? "text-green-700" : count === 0 ? "text-gray-500" : "text-amber-700",
      announcement: count > 0 ? { short: "字数不足", ok: "字数符合要求", long: "字数超出上限" }[verdict] : "",
    };
  }

  var TONES = ["text-green-700", "text-gray-500", "text-amber-700"];

  function enhanceCounter(textarea) {
    var min = Number(textarea.getAttribute("data-count-min"));
    var max = Number(textarea.getAttribute("data-count-max"));
    var output = document.getElementById(textarea.getAttribute("data-count-output") || "");
    var live = document.getElementById(textarea.getAttribute("data-count-live") || "");
    if (!output) return;
    function update() {
      var described = describeCount(countCharacters(textarea.value), min, max);
      output.textContent = described.text;
      TONES.forEach(function (tone) {
        output.classList.toggle(tone, tone === described.tone);
      });
      // the live region speaks only when the verdict changes, not on every keystroke
      if (live && live.textContent !== described.announcement) live.textContent = described.announcement;
    }
    textarea.addEventListener("input", update);
    // a value restored by the browser (back button, autofill) is counted too
    update();
  }

  // ── Search suggestions: the box is a plain GET form; this fills its <datalist> from the suggest API.
  function enhanceSuggestions(input) {
    var list = input.list;
    if (!list) return;
    var lastFetched = "";
    var timer = 0;
    var controller = null;
    input.addEventListener("input", function () {
      var prefix = input.value.trim();
      clearTimeout(timer);
      if (controller) controller.abort();
      if (!prefix || prefix === lastFetched) return;
      controller = new AbortController();
      var signal = controller.signal;
      timer = setTimeout(function () {
        fetch("/api/search/suggest?q=" + encodeURIComponent(prefix), { signal: signal, headers: { accept: "application/json" } })
          .then(function (response) {
            return response.ok ? response.json() : null;
          })
          .then(function (body) {
            if (!body || signal.aborted) return;
            lastFetched = prefix;
            var options = (Array.isArray(body.suggestions) ? body.suggestions : []).map(function (suggestion) {
              var option = document.createElement("option");
              option.value = String(suggestion);
              return option;
            });
            list.replaceChildren.apply(list, options);
          })
          .catch(function () {
            // suggestions are a convenience: a failed or aborted request leaves the box as it is
          });
      }, 150);
    });
  }

  // ── Article tools: print and copy-link buttons (the share link itself is plain text and a link).
  function enhanceCopy(button) {
    var status = document.getElementById(button.getAttribute("data-copy-status") || "");
    button.addEventListener("click", function () {
      if (!navigator.clipboard) return;
      navigator.clipboard.writeText(button.getAttribute("data-copy") || location.href).then(function () {
        if (status) status.textContent = "已复制";
      });
    });
  }

  // ── Forms post natively (server actions without the React runtime): a second click while the first
  // submission is on its way would post twice, so it is ignored, and the button says it is busy.
  function guardSubmit(form) {
    form.addEventListener("submit", function (event) {
      if (form.getAttribute("aria-busy") === "true") {
        event.preventDefault();
        return;
      }
      var submitter = event.submitter;
      // after this event, so the button's own name/value is still part of what is posted
      setTimeout(function () {
        form.setAttribute("aria-busy", "true");
        if (submitter) submitter.setAttribute("aria-disabled", "true");
      }, 0);
    });
  }

  function start() {
    document.querySelectorAll("textarea[data-count-output]").forEach(enhanceCounter);
    document.querySelectorAll("input[data-suggest]").forEach(enhanceSuggestions);
    document.querySelectorAll("button[data-print]").forEach(function (button) {
      button.addEventListener("click", function () {
        window.print();
      });
    });
    document.querySelectorAll("button[data-copy]").forEach(enhanceCopy);
    document.querySelectorAll("button[data-reload]").forEach(function (button) {
      button.addEventListener("click", function () {
        location.reload();
      });
    });
    document.querySelectorAll('form[method="post" i]').forEach(guardSubmit);
  }

  // Unit tests (tests/unit/http-cache-enhance.test.ts) load this file without a document.
  if (typeof document === "undefined") {
    if (typeof module === "object" && module) module.exports = { countCharacters: countCharacters, describeCount: describeCount };
    return;
  }

  // A page restored from the back-forward cache keeps its old state: forms become usable again.
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) return;
    document.querySelectorAll('form[aria-busy="true"]').forEach(function (form) {
      form.removeAttribute("aria-busy");
      form.querySelectorAll('[aria-disabled="true"]').forEach(function (button) {
        button.removeAttribute("aria-disabled");
      });
    });
  });

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
