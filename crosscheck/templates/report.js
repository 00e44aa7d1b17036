/* crosscheck review: cards drawn from the page's data as the reviewer scrolls, filters and sort
   kept in the URL, source texts unpacked on demand, keyboard review and the reviewer's decisions.
   Plain script, no library: the page must work from a file or an e-mail attachment. Every text
   from a source goes into the page as textContent, never as markup. */
(function () {
  "use strict";
  var STORE = "crosscheck-review/1", PAGE = 20;
  var DATA = JSON.parse(document.getElementById("review-data").textContent);
  var TEXTS = null;  // parsed on the first opened source: most reviews never need them
  var findings = DATA.findings, sources = DATA.sources;
  var byId = {};
  findings.forEach(function (f, i) { f.index = i; byId[f.id] = f; });
  var memory = {};  // used when the browser refuses localStorage (some file:// settings)
  var shown = [], agreed = [], rendered = 0, current = null;

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  /* Decisions */
  function load() {
    try { return JSON.parse(window.localStorage.getItem(STORE) || "{}"); } catch (e) { return memory; }
  }
  function save(state) {
    memory = state;
    try { window.localStorage.setItem(STORE, JSON.stringify(state)); } catch (e) { /* kept in memory */ }
  }
  function decision(f, state) {
    if (state[f.id]) { return state[f.id]; }
    return f.waived ? { state: "accepted", note: "" } : { state: "", note: "" };
  }
  function paintCard(card, f, state) {
    var d = decision(f, state);
    card.classList.toggle("is-accepted", d.state === "accepted");
    card.classList.toggle("is-fix", d.state === "fix");
    card.querySelector(".decision").textContent = d.state === "accepted" ? "accepted" : d.state === "fix" ? "to fix" : "";
    var note = card.querySelector(".js-note");
    if (note && document.activeElement !== note) { note.value = d.note || ""; }
  }
  function paint() {
    var state = load(), counts = { accepted: 0, fix: 0 }, failing = 0, open = 0;
    findings.forEach(function (f) {
      var d = decision(f, state);
      f.review = d.state || "";
      if (f.verdict !== "agreement" && d.state) { counts[d.state] += 1; }
      if (f.level === "error") { failing += 1; if (d.state !== "accepted") { open += 1; } }
    });
    Array.prototype.forEach.call(document.querySelectorAll("article.card"), function (card) {
      paintCard(card, byId[card.dataset.id], state);
    });
    var after = $("after-review");
    after.hidden = open === failing;
    after.textContent = open + " left after your review";
    $("n-accepted").textContent = counts.accepted;
    $("n-fix").textContent = counts.fix;
    $("reviewed").textContent = counts.accepted + counts.fix;
  }
  function decide(f, choice) {
    if (f.verdict === "agreement") { return; }
    var state = load(), d = decision(f, state);
    state[f.id] = { state: d.state === choice ? "" : choice, note: d.note || "" };
    save(state);
    paint();
  }

  /* One card, built with textContent only */
  var SIGN = { conflict: "≠", compatible: "≈", agreement: "=" };
  function card(f) {
    var node = el("article", "card v-" + f.verdict + " l-" + f.level);
    node.id = "f-" + f.id;
    node.tabIndex = -1;
    node.dataset.id = f.id;
    node.dataset.verdict = f.verdict;
    node.dataset.kind = f.kind;
    var head = el("header");
    head.appendChild(el("span", "badge b-" + f.verdict, f.verdict));
    head.appendChild(el("span", "kind", f.kind));
    head.appendChild(el("h3", "", f.about));
    if (f.waived) { head.appendChild(el("span", "waived", "accepted in baseline")); }
    var said = el("span", "decision");
    said.setAttribute("aria-live", "polite");
    head.appendChild(said);
    head.appendChild(el("code", "fid", f.id));
    node.appendChild(head);
    var values = el("div", "values");
    f.values.forEach(function (v, i) {
      if (i) { values.appendChild(el("span", "vs", SIGN[f.verdict])); }
      values.appendChild(el("span", "value", v));
    });
    node.appendChild(values);
    var quotes = el("div", "quotes");
    f.quotes.forEach(function (q) { quotes.appendChild(quote(f, q)); });
    node.appendChild(quotes);
    node.appendChild(el("p", "reason", f.reason));
    var foot = el("footer");
    foot.appendChild(el("span", "score", "alignment " + f.score));
    if (f.matched.length) {
      var words = el("span", "matched", "shared words:");
      f.matched.forEach(function (w) { words.appendChild(el("span", "word", w)); });
      foot.appendChild(words);
    }
    if (f.verdict !== "agreement") {  // nothing to accept or fix where the sources agree
      var tools = el("span", "review-tools");
      var accept = el("button", "js-accept", "Accept"), fix = el("button", "js-fix", "To fix");
      accept.type = fix.type = "button";
      var note = el("input", "js-note");
      note.type = "text";
      note.placeholder = "note";
      note.setAttribute("aria-label", "reviewer note");
      accept.addEventListener("click", function () { decide(f, "accepted"); });
      fix.addEventListener("click", function () { decide(f, "fix"); });
      note.addEventListener("input", function () {
        var state = load(), d = decision(f, state);
        state[f.id] = { state: d.state, note: note.value };
        save(state);
        paint();
      });
      tools.appendChild(accept);
      tools.appendChild(fix);
      tools.appendChild(note);
      foot.appendChild(tools);
    }
    node.appendChild(foot);
    paintCard(node, f, load());
    return node;
  }
  function quote(f, q) {
    var source = sources[q.s], figure = el("figure", "quote"), caption = el("figcaption");
    var name = el("span", "src", source.id);
    name.title = source.title || source.path;
    caption.appendChild(name);
    var link = el("a", "quote-link", (q.where || "line " + q.line) + " ↗");
    link.href = "#view=" + source.dom + "&at=" + encodeURIComponent(q.at);
    link.dataset.source = source.dom;
    link.dataset.at = q.at;
    link.dataset.finding = f.id;
    caption.appendChild(link);
    figure.appendChild(caption);
    var block = el("blockquote");
    block.appendChild(document.createTextNode(q.before));
    block.appendChild(el("mark", "hl m-" + f.verdict, q.value));
    block.appendChild(document.createTextNode(q.after));
    figure.appendChild(block);
    var reads = el("div", "reads", "reads as ");
    reads.appendChild(el("b", "", q.display));
    figure.appendChild(reads);
    return figure;
  }

  /* Filters, sort, and the list drawn a page at a time */
  var kind = $("filter-kind"), source = $("filter-source"), text = $("filter-text"), sort = $("sort");
  var verdictBoxes = Array.prototype.slice.call(document.querySelectorAll("input[name=verdict]"));
  function searchable(f) {
    if (f.search === undefined) {
      f.search = [f.id, f.about, f.reason].concat(f.values, f.quotes.map(function (q) {
        return q.before + q.value + q.after + " " + sources[q.s].id;
      })).join(" ").toLowerCase();
    }
    return f.search;
  }
  function matches(f, on, words) {
    return on.indexOf(f.verdict) >= 0 && (!kind.value || f.kind === kind.value) &&
      (!source.value || f.quotes.some(function (q) { return sources[q.s].dom === source.value; })) &&
      words.every(function (w) { return searchable(f).indexOf(w) >= 0; });
  }
  var ORDERS = {
    verdict: function () { return 0; },
    kind: function (a, b) { return a.kind.localeCompare(b.kind); },
    subject: function (a, b) { return a.about.toLowerCase().localeCompare(b.about.toLowerCase()); },
    score: function (a, b) { return b.score - a.score; },
    review: function (a, b) {
      var rank = { fix: 0, "": 1, accepted: 2 };
      return rank[a.review || ""] - rank[b.review || ""];
    }
  };
  function rankOf(f) { return f.verdict === "conflict" ? 0 : f.verdict === "compatible" ? 1 : 2; }
  function refresh(keepOpen) {
    var on = verdictBoxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    var words = text.value.toLowerCase().split(/\s+/).filter(Boolean);
    var order = ORDERS[sort.value] || ORDERS.verdict;
    var chosen = findings.filter(function (f) { return matches(f, on, words); });
    shown = chosen.filter(function (f) { return f.verdict !== "agreement"; }).sort(function (a, b) {
      return order(a, b) || rankOf(a) - rankOf(b) || a.index - b.index;
    });
    agreed = chosen.filter(function (f) { return f.verdict === "agreement"; });
    $("cards").textContent = "";
    rendered = 0;
    more(Math.max(PAGE, keepOpen || 0));
    agreements(on.indexOf("agreement") >= 0);
    var total = findings.length;
    $("shown").textContent = chosen.length + " of " + total;
    $("none-shown").hidden = chosen.length > 0 || total === 0;
    $("no-findings").hidden = total > 0;
    drawTimeline();
  }
  function more(count) {
    var box = $("cards"), stop = Math.min(shown.length, rendered + count);
    for (; rendered < stop; rendered += 1) { box.appendChild(card(shown[rendered])); }
    var left = shown.length - rendered;
    $("more").hidden = left <= 0;
    $("more").textContent = "Show " + Math.min(left, PAGE) + " more (" + left + " left)";
  }
  $("more").addEventListener("click", function () { more(PAGE); });
  if ("IntersectionObserver" in window) {  // draw the next page before the reviewer reaches the end
    new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; }) && rendered < shown.length) { more(PAGE); }
    }, { rootMargin: "600px" }).observe($("more-holder"));
  }
  function ensureRendered(f) {
    var at = shown.indexOf(f);
    if (at >= rendered) { more(at - rendered + 1); }
    return document.getElementById("f-" + f.id);
  }

  /* Agreements: a count per kind, opened on demand */
  function agreements(on) {
    var holder = $("agreement-groups"), groups = {};
    holder.textContent = "";
    agreed.forEach(function (f) { (groups[f.kind] = groups[f.kind] || []).push(f); });
    var kinds = Object.keys(groups).sort();
    $("agreements").hidden = !on || kinds.length === 0;
    kinds.forEach(function (k) {
      var group = el("details", "agreement-group");
      group.dataset.kind = k;
      var summary = el("summary", "", groups[k].length + " " + k + " agreement" + (groups[k].length > 1 ? "s" : ""));
      group.appendChild(summary);
      group.addEventListener("toggle", function () {
        if (group.open && group.children.length === 1) {
          groups[k].forEach(function (f) { group.appendChild(card(f)); });
        }
      });
      holder.appendChild(group);
    });
  }

  /* The URL holds filters, sort, the open finding and the open source: Back and links work */
  function params() { return new URLSearchParams(location.hash.slice(1)); }
  function stateHash(extra) {
    var p = new URLSearchParams();
    var off = verdictBoxes.filter(function (b) { return !b.checked; }).map(function (b) { return b.value; });
    if (off.length) { p.set("hide", off.join(",")); }
    if (kind.value) { p.set("kind", kind.value); }
    if (source.value) { p.set("source", source.value); }
    if (text.value) { p.set("q", text.value); }
    if (sort.value !== "verdict") { p.set("sort", sort.value); }
    if (current) { p.set("f", current); }
    Object.keys(extra || {}).forEach(function (k) { if (extra[k]) { p.set(k, extra[k]); } });
    return "#" + p.toString();
  }
  function remember() { history.replaceState(null, "", stateHash()); }
  function applyHash() {
    var p = params(), hide = (p.get("hide") || "").split(",");
    verdictBoxes.forEach(function (b) { b.checked = hide.indexOf(b.value) < 0; });
    kind.value = p.get("kind") || "";
    source.value = p.get("source") || "";
    text.value = p.get("q") || "";
    sort.value = ORDERS[p.get("sort")] ? p.get("sort") : "verdict";
    current = p.get("f");
    refresh();
    if (p.get("view")) {
      openSource(p.get("view"), p.get("at"));
    } else {
      closeViewer();
      if (current && byId[current]) { focusCard(byId[current], "center"); }
    }
  }
  [kind, source, sort].concat(verdictBoxes).forEach(function (box) {
    box.addEventListener("change", function () { refresh(); remember(); });
  });
  text.addEventListener("input", function () { refresh(); remember(); });
  window.addEventListener("popstate", applyHash);

  /* Keyboard review: j/k between findings, a/f accept / mark to fix */
  function visibleCards() {
    return Array.prototype.filter.call(document.querySelectorAll("article.card"), function (c) {
      return c.offsetParent !== null;
    });
  }
  function focusCard(f, block) {
    var node = ensureRendered(f) || document.getElementById("f-" + f.id);
    if (!node) { return; }
    Array.prototype.forEach.call(document.querySelectorAll(".card.current"), function (c) { c.classList.remove("current"); });
    node.classList.add("current");
    current = f.id;
    node.focus({ preventScroll: true });
    node.scrollIntoView({ block: block || "nearest" });
  }
  function step(by) {
    var list = visibleCards(), at = list.findIndex(function (c) { return c.dataset.id === current; });
    var next = at < 0 ? 0 : at + by;
    if (next >= list.length && rendered < shown.length) { more(PAGE); list = visibleCards(); }
    if (next < 0 || next >= list.length) { return; }
    focusCard(byId[list[next].dataset.id], "start");
    remember();
  }
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) { return; }
    if (event.key === "Escape" && !$("viewer").hidden) { history.back(); return; }
    var f = current && byId[current];
    if (event.key === "j") { step(1); } else if (event.key === "k") { step(-1); } else if (event.key === "a" && f) {
      decide(f, "accepted");
    } else if (event.key === "f" && f) { decide(f, "fix"); } else { return; }
    event.preventDefault();
  });
  document.addEventListener("click", function (event) {
    var node = event.target.closest && event.target.closest("article.card");
    if (node && node.dataset.id !== current) {
      Array.prototype.forEach.call(document.querySelectorAll(".card.current"), function (c) { c.classList.remove("current"); });
      node.classList.add("current");
      current = node.dataset.id;
      remember();
    }
  });

  /* Source texts: unpacked per source on demand, shown beside the findings; Back returns */
  function unpack(encoded) {
    var bytes = Uint8Array.from(atob(encoded), function (c) { return c.charCodeAt(0); });
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text().then(JSON.parse);
  }
  var viewing = null;
  function openSource(dom, at) {
    var src = sources.filter(function (s) { return s.dom === dom; })[0];
    if (!src) { return Promise.resolve(); }
    TEXTS = TEXTS || JSON.parse($("review-texts").textContent);
    var viewer = $("viewer"), pre = $("viewer-text");
    viewer.hidden = false;
    document.body.classList.add("viewing");
    $("viewer-title").textContent = src.id + (src.title ? " · " + src.title : "") + " · " + src.path;
    var ready = viewing === dom ? Promise.resolve() : unpack(TEXTS[dom]).then(function (packed) {
      viewing = dom;
      pre.textContent = "";
      var cursor = 0, body = packed.text;
      packed.marks.forEach(function (m) {
        pre.appendChild(document.createTextNode(body.slice(cursor, m[0])));
        var mark = el("mark", "t-" + m[2], body.slice(m[0], m[1]));
        mark.id = m[3];
        mark.title = m[4];
        pre.appendChild(mark);
        cursor = m[1];
      });
      pre.appendChild(document.createTextNode(body.slice(cursor)));
    }, function (error) {
      pre.textContent = "This browser cannot unpack the source text (" + error + ").";
    });
    return ready.then(function () {
      var mark = at && document.getElementById(at);
      if (mark) {
        mark.scrollIntoView({ block: "center" });
        mark.classList.remove("flash");
        void mark.offsetWidth;  // restart the animation
        mark.classList.add("flash");
      } else {
        pre.scrollTop = 0;
      }
      pre.focus({ preventScroll: true });
    });
  }
  function closeViewer() {
    $("viewer").hidden = true;
    document.body.classList.remove("viewing");
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.quote-link, a.source-link, a.alone-link");
    if (!link) { return; }
    event.preventDefault();
    if (link.dataset.finding) { current = link.dataset.finding; }
    remember();  // the card this link leaves is where Back returns
    history.pushState(null, "", stateHash({ view: link.dataset.source, at: link.dataset.at }));
    openSource(link.dataset.source, link.dataset.at);
  });
  $("viewer-close").addEventListener("click", function () { history.back(); });

  /* Timeline: one row per date finding shown, drawn when its panel is open */
  var timelinePanel = $("timeline-panel");
  function drawTimeline() {
    if (!timelinePanel || !timelinePanel.open || !DATA.timeline) { return; }
    var box = $("timeline"), on = {};
    shown.concat(agreed).forEach(function (f) { on[f.index] = true; });
    box.textContent = "";
    var axis = el("div", "axis");
    DATA.timeline.ticks.forEach(function (t) {
      var tick = el("span", "tick", t.label);
      tick.style.left = t.x + "%";
      axis.appendChild(tick);
    });
    box.appendChild(axis);
    var rows = DATA.timeline.rows.filter(function (r) { return on[r.f]; });
    rows.sort(function (a, b) { return rankOf(findings[a.f]) - rankOf(findings[b.f]) || a.f - b.f; });
    rows.forEach(function (r) {
      var f = findings[r.f], row = el("div", "trow v-" + f.verdict);
      row.dataset.finding = f.id;
      row.title = f.about + " (" + f.verdict + ")";
      row.appendChild(el("span", "tlabel", f.about));
      var lane = el("span", "lane");
      DATA.timeline.ticks.forEach(function (t) {
        var line = el("i", "grid");
        line.style.left = t.x + "%";
        lane.appendChild(line);
      });
      r.marks.forEach(function (m) {
        var mark = el("b", "tmark g-" + m.grade);
        mark.style.left = m.x + "%";
        mark.style.width = m.w + "%";
        mark.title = m.label;
        lane.appendChild(mark);
      });
      row.appendChild(lane);
      box.appendChild(row);
    });
    if (!rows.length) { box.appendChild(el("p", "empty", "No date finding matches the filters.")); }
  }
  if (timelinePanel) {
    timelinePanel.addEventListener("toggle", drawTimeline);
    $("timeline").addEventListener("click", function (event) {
      var row = event.target.closest(".trow");
      if (!row) { return; }
      var f = byId[row.dataset.finding];
      if (f.verdict === "agreement") {
        var group = document.querySelector(".agreement-group[data-kind='" + f.kind + "']");
        if (group) { group.open = true; group.dispatchEvent(new Event("toggle")); }
      }
      focusCard(f, "center");
      remember();
    });
  }

  /* Stated by one source only: a table drawn a few hundred rows at a time */
  var aloneShown = 0;
  function moreAlone() {
    var body = $("alone-rows"), stop = Math.min(DATA.alone.length, aloneShown + 200);
    for (; aloneShown < stop; aloneShown += 1) {
      var a = DATA.alone[aloneShown], src = sources[a[0]], row = el("tr");
      var cell = el("td"), link = el("a", "alone-link", src.id);
      link.href = "#view=" + src.dom + "&at=" + encodeURIComponent(a[5]);
      link.dataset.source = src.dom;
      link.dataset.at = a[5];
      cell.appendChild(link);
      row.appendChild(cell);
      row.appendChild(el("td", "num", a[1]));
      row.appendChild(el("td", "", a[2]));
      row.appendChild(el("td", "", a[4]));
      row.appendChild(el("td", "", a[3]));
      body.appendChild(row);
    }
    $("alone-more").hidden = aloneShown >= DATA.alone.length;
    $("alone-more").textContent = "Show more (" + (DATA.alone.length - aloneShown) + " left)";
  }
  $("alone-panel").addEventListener("toggle", function () { if (!aloneShown) { moreAlone(); } });
  $("alone-more").addEventListener("click", moreAlone);

  /* Export: the accepted findings are the baseline the CLI reads; "to fix" ride along for people */
  $("export").addEventListener("click", function () {
    var state = load(), out = { format: "crosscheck-baseline/1", accepted: [], to_fix: [] };
    findings.forEach(function (f) {
      var d = decision(f, state);
      var entry = { id: f.id, note: d.note || "", verdict: f.verdict, kind: f.kind, subject: f.about, reason: f.reason };
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

  /* Import: take the decisions and notes of a baseline file; say clearly when it is not one */
  function tell(message, bad) {
    var box = $("message");
    box.hidden = false;
    box.textContent = message;
    box.classList.toggle("bad", !!bad);
  }
  $("import").addEventListener("change", function (event) {
    var file = event.target.files[0];
    if (!file) { return; }
    file.text().then(function (content) {
      var data;
      try { data = JSON.parse(content); } catch (error) {
        throw new Error("it is not JSON (" + error.message + ")");
      }
      if (!data || typeof data !== "object" || (!Array.isArray(data.accepted) && !Array.isArray(data.to_fix))) {
        throw new Error("it has no \"accepted\" or \"to_fix\" list");
      }
      var state = load(), taken = 0, unknown = 0;
      [["accepted", "accepted"], ["to_fix", "fix"]].forEach(function (pair) {
        (Array.isArray(data[pair[0]]) ? data[pair[0]] : []).forEach(function (entry) {
          if (!entry || !entry.id) { return; }
          state[String(entry.id)] = { state: pair[1], note: String(entry.note || "") };
          if (byId[String(entry.id)]) { taken += 1; } else { unknown += 1; }
        });
      });
      save(state);
      paint();
      tell("Imported " + taken + " decision" + (taken === 1 ? "" : "s") + " from " + file.name +
        (unknown ? " (" + unknown + " name findings not in this report)" : "") + ".", false);
    }).catch(function (error) {
      tell("Could not import " + file.name + ": " + error.message + ". Export a baseline from this page " +
        "or write one with `crosscheck baseline`.", true);
    });
    event.target.value = "";
  });

  /* Print: every shown finding, not just the pages drawn so far */
  window.addEventListener("beforeprint", function () { more(shown.length); });

  paint();
  applyHash();
})();
