/*! Herald in-product banner. Include with one tag:
 *    <script src="https://status.example.com/banner.js" defer></script>
 *  Options (data attributes on the script tag):
 *    data-banner-url  where banner.json lives (default: next to this script)
 *    data-target      CSS selector of the element to put the banner in (default: top of <body>)
 *  It shows the same state as the status page (both read the build's computed state), shows
 *  nothing when all is well, and can be dismissed until the next update. When the promised checkpoint
 *  had passed at build time (banner.json's updateDueSince), it says "Update due since" that time,
 *  in the reader's own zone. No dependencies. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) { return; }
  var jsonUrl = script.getAttribute("data-banner-url") || new URL("banner.json", script.src).href;
  var target = script.getAttribute("data-target");
  var KEY = "herald-banner-dismissed";

  /** What to show now: an active incident, maintenance in progress, or a window that has started by this clock. */
  function pick(data, now) {
    if (data.active && data.message && data.state !== "maintenance") {
      return { id: data.url + "@" + data.updatedAt, state: data.state, message: data.message, url: data.url, due: data.updateDueSince };
    }
    var windows = data.maintenance || [];
    for (var i = 0; i < windows.length; i++) {
      var w = windows[i];
      var start = Date.parse(w.start), end = Date.parse(w.end);
      if (!isNaN(start) && !isNaN(end) && now >= start && now < end) {
        return { id: w.url + "@" + w.start, state: "maintenance", message: w.message, url: w.url };
      }
    }
    if (data.active && data.message) {
      return { id: data.url + "@" + data.updatedAt, state: data.state, message: data.message, url: data.url, due: data.updateDueSince };
    }
    return null;
  }

  function dismissed(id) {
    try { return window.localStorage.getItem(KEY) === id; } catch (e) { return false; }
  }

  function remember(id) {
    try { window.localStorage.setItem(KEY, id); } catch (e) { /* private mode: dismiss for this page only */ }
  }

  var COLORS = { "major-outage": "#cf222e", "partial-outage": "#bc4c00", "degraded-performance": "#9a6700",
    "maintenance": "#8250df", "informational": "#0969da" };

  /** An http(s) address, or null: banner.json is data, and a javascript: (or any other) URL in it must never become a link here. */
  function webUrl(url) {
    try {
      var u = new URL(String(url), document.baseURI);
      return u.protocol === "https:" || u.protocol === "http:" ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  /** "Update due since …" for a checkpoint that had passed, or null (no field, or not a time). */
  function dueNote(iso) {
    var at = iso ? new Date(iso) : null;
    if (!at || isNaN(at.getTime())) { return null; }
    var note = document.createElement("span");
    note.className = "herald-banner__due";
    note.style.cssText = "font-weight:600;";
    var time = document.createElement("time");
    time.setAttribute("datetime", at.toISOString().replace(".000Z", "Z"));
    try {
      time.textContent = at.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
    } catch (e) {
      time.textContent = at.toISOString();
    }
    note.appendChild(document.createTextNode("Update due since "));
    note.appendChild(time);
    return note;
  }

  function show(item) {
    var box = document.createElement("div");
    box.className = "herald-banner herald-banner--" + item.state;
    box.setAttribute("role", "status");
    box.setAttribute("data-state", item.state);
    box.style.cssText = "display:flex;gap:.75rem;align-items:center;justify-content:center;flex-wrap:wrap;" +
      "padding:.6rem 1rem;font:inherit;color:#fff;background:" + (COLORS[item.state] || "#0969da") + ";";
    var text = document.createElement("span");
    text.className = "herald-banner__message";
    text.textContent = item.message;
    var href = webUrl(item.url);
    var link = null;
    if (href) {
      link = document.createElement("a");
      link.className = "herald-banner__link";
      link.href = href;
      link.textContent = "View status";
      link.style.cssText = "color:#fff;font-weight:600;text-decoration:underline;";
    }
    var close = document.createElement("button");
    close.type = "button";
    close.className = "herald-banner__dismiss";
    close.setAttribute("aria-label", "Dismiss status message");
    close.textContent = "\u00d7";
    close.style.cssText = "background:none;border:1px solid #fff;color:#fff;border-radius:.25rem;cursor:pointer;font:inherit;line-height:1;padding:.1rem .45rem;";
    close.addEventListener("click", function () {
      remember(item.id);
      box.parentNode && box.parentNode.removeChild(box);
    });
    box.appendChild(text);
    var due = dueNote(item.due);
    if (due) { box.appendChild(due); }
    if (link) { box.appendChild(link); }
    box.appendChild(close);
    var host = target ? document.querySelector(target) : null;
    if (host) {
      host.appendChild(box);
    } else {
      document.body.insertBefore(box, document.body.firstChild);
    }
  }

  function load() {
    fetch(jsonUrl, { cache: "no-cache", credentials: "omit" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        var item = pick(data, Date.now());
        if (item && !dismissed(item.id)) { show(item); }
      })
      .catch(function () { /* the status page being down must never break the product page */ });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", load);
  } else {
    load();
  }
})();
