/* crosscheck review: filters, sorting, jumps into the full texts and the reviewer's decisions.
   Plain script, no library: the page must work from a file or an e-mail attachment. */
(function () {
  "use strict";
  var STORE = "crosscheck-review/1";
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.card"));
  var memory = {};  // used when the browser refuses localStorage (some file:// settings)

  function load() {
    try { return JSON.parse(window.localStorage.getItem(STORE) || "{}"); } catch (e) { return memory; }
  }
  function save(state) {
    memory = state;
    try { window.localStorage.setItem(STORE, JSON.stringify(state)); } catch (e) { /* kept in memory */ }
  }
  function decision(card, state) {
    var id = card.dataset.id;
    if (state[id]) { return state[id]; }
    return card.dataset.waived === "true" ? { state: "accepted", note: "" } : { state: "", note: "" };
  }

  function paint() {
    var state = load(), counts = { accepted: 0, fix: 0 };
    cards.forEach(function (card) {
      var d = decision(card, state);
      card.classList.toggle("is-accepted", d.state === "accepted");
      card.classList.toggle("is-fix", d.state === "fix");
      card.dataset.review = d.state || "";
      card.querySelector(".decision").textContent = d.state === "accepted" ? "accepted" : d.state === "fix" ? "to fix" : "";
      var note = card.querySelector(".js-note");
      if (document.activeElement !== note) { note.value = d.note || ""; }
      if (d.state) { counts[d.state] += 1; }
    });
    var open = cards.filter(function (card) {
      return card.classList.contains("l-error") && decision(card, state).state !== "accepted";
    }).length, after = document.getElementById("after-review");
    after.hidden = open === cards.filter(function (card) { return card.classList.contains("l-error"); }).length;
    after.textContent = open + " left after your review";
    document.getElementById("n-accepted").textContent = counts.accepted;
    document.getElementById("n-fix").textContent = counts.fix;
    document.getElementById("reviewed").textContent = counts.accepted + counts.fix;
  }

  function decide(card, choice) {
    var state = load(), d = decision(card, state);
    state[card.dataset.id] = { state: d.state === choice ? "" : choice, note: d.note || "" };
    save(state);
    paint();
  }

  cards.forEach(function (card) {
    card.querySelector(".js-accept").addEventListener("click", function () { decide(card, "accepted"); });
    card.querySelector(".js-fix").addEventListener("click", function () { decide(card, "fix"); });
    card.querySelector(".js-note").addEventListener("input", function (event) {
      var state = load(), d = decision(card, state);
      state[card.dataset.id] = { state: d.state, note: event.target.value };
      save(state);
      paint();
    });
  });

  /* Filters and sorting */
  var kind = document.getElementById("filter-kind"), source = document.getElementById("filter-source");
  var text = document.getElementById("filter-text"), sort = document.getElementById("sort");
  var verdicts = Array.prototype.slice.call(document.querySelectorAll("input[name=verdict]"));

  function filter() {
    var on = verdicts.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
    var words = text.value.toLowerCase().split(/\s+/).filter(Boolean), shown = 0;
    cards.forEach(function (card) {
      var visible = on.indexOf(card.dataset.verdict) >= 0 &&
        (!kind.value || card.dataset.kind === kind.value) &&
        (!source.value || card.dataset.sources.split(" ").indexOf(source.value) >= 0) &&
        words.every(function (word) { return card.dataset.search.indexOf(word) >= 0; });
      card.hidden = !visible;
      if (visible) { shown += 1; }
    });
    document.getElementById("shown").textContent = shown + " of " + cards.length;
    document.getElementById("none-shown").hidden = shown > 0 || cards.length === 0;
  }

  var ORDERS = {
    verdict: function (a, b) { return a.dataset.order - b.dataset.order; },
    kind: function (a, b) { return a.dataset.kind.localeCompare(b.dataset.kind) || a.dataset.rank - b.dataset.rank; },
    subject: function (a, b) { return a.dataset.subject.localeCompare(b.dataset.subject); },
    score: function (a, b) { return b.dataset.score - a.dataset.score; },
    review: function (a, b) {
      var rank = { fix: 0, "": 1, accepted: 2 };
      return rank[a.dataset.review || ""] - rank[b.dataset.review || ""] || a.dataset.order - b.dataset.order;
    }
  };
  function reorder() {
    var box = document.getElementById("cards"), last = document.getElementById("none-shown");
    cards.slice().sort(function (a, b) { return ORDERS[sort.value](a, b) || a.dataset.order - b.dataset.order; })
      .forEach(function (card) { box.insertBefore(card, last); });
  }

  [kind, source, sort].concat(verdicts).forEach(function (el) { el.addEventListener("change", function () { reorder(); filter(); }); });
  text.addEventListener("input", filter);

  /* Jumps into the full texts: open the source, bring the value to the middle, flash it */
  function reveal(id) {
    var target = id && document.getElementById(id);
    if (!target) { return false; }
    var holder = target.closest("details");
    if (holder) { holder.open = true; }
    target.scrollIntoView({ block: "center" });
    if (target.tagName === "MARK") {
      target.classList.remove("flash");
      void target.offsetWidth;  // restart the animation
      target.classList.add("flash");
    }
    return true;
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    if (link && reveal(decodeURIComponent(link.getAttribute("href").slice(1)))) {
      event.preventDefault();
      history.replaceState(null, "", link.getAttribute("href"));
    }
  });

  /* Export: the accepted findings are the baseline the CLI reads; "to fix" ride along for people */
  document.getElementById("export").addEventListener("click", function () {
    var state = load(), out = { format: "crosscheck-baseline/1", accepted: [], to_fix: [] };
    cards.forEach(function (card) {
      var d = decision(card, state);
      var entry = { id: card.dataset.id, note: d.note || "", verdict: card.dataset.verdict,
        kind: card.dataset.kind, subject: card.dataset.about, reason: card.dataset.reason };
      if (d.state === "accepted") { out.accepted.push(entry); }
      if (d.state === "fix") { out.to_fix.push(entry); }
    });
    var blob = new Blob([JSON.stringify(out, null, 2) + "\n"], { type: "application/json" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "crosscheck-baseline.json";
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 0);
  });

  /* Import: take the decisions and notes of a baseline file (accepted and to_fix lists) */
  document.getElementById("import").addEventListener("change", function (event) {
    var file = event.target.files[0];
    if (!file) { return; }
    file.text().then(function (content) {
      var data = JSON.parse(content), state = load();
      [["accepted", "accepted"], ["to_fix", "fix"]].forEach(function (pair) {
        (data[pair[0]] || []).forEach(function (entry) {
          if (entry && entry.id) { state[String(entry.id)] = { state: pair[1], note: String(entry.note || "") }; }
        });
      });
      save(state);
      paint();
    }).catch(function (error) { window.console.error("crosscheck: not a baseline file:", error); });
    event.target.value = "";
  });

  paint();
  filter();
  if (location.hash) { reveal(decodeURIComponent(location.hash.slice(1))); }
})();
