// The phone remote and the read-only display. No words of its own: the labels come from the
// program (settings.json), in its language. The state is the projector's, sent on every change.
"use strict";
(function () {
  const view = document.body.dataset.view;
  const token = location.pathname.split("/")[1];
  const $ = (id) => document.getElementById(id);
  let labels = {};
  let socket = null;
  let final = false;
  let settings = null;

  function deviceKey() {
    const name = "intervisie-device";
    let key = null;
    try { key = localStorage.getItem(name); } catch (e) { key = null; }
    if (!key || !/^[A-Za-z0-9_-]{16,64}$/.test(key)) {
      const bytes = new Uint8Array(18);
      crypto.getRandomValues(bytes);
      key = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
      try { localStorage.setItem(name, key); } catch (e) { /* private mode: one key per load */ }
    }
    return key;
  }

  function status(key, alert) {
    const el = $("status");
    el.textContent = key ? labels[key] || "" : "";
    el.classList.toggle("alert", Boolean(alert));
  }

  function format(template, values) {
    return (template || "").replace(/\{(\w+)\}/g, (_, k) => (k in values ? values[k] : ""));
  }

  function render(s) {
    const face = $("face");
    const message = s.screen !== "main";
    face.classList.toggle("screen-message", message && view === "display");
    $("method").textContent = s.method;
    $("phaseCount").textContent = format(labels.phaseOf, { i: s.phaseIndex, n: s.phaseCount });
    $("phase").textContent = s.phase;
    $("instruction").textContent = s.instruction;
    $("cues").textContent = s.cues.map((c) => labels[c] || "").join(" \u00b7 ");
    const topics = s.followUp || [];
    $("followUp").textContent = topics.length
      ? format(labels.followUp, { topics: topics.join(" \u00b7 ") }) : "";
    const list = $("speakers");
    list.replaceChildren(...s.speakers.map((p) => {
      const li = document.createElement("li");
      li.className = p.state;
      li.textContent = (p.caseBringer ? "\u2605 " : "") + p.name;
      return li;
    }));
    const timer = $("timer");
    timer.textContent = s.timer;
    timer.className = "timer tone-" + s.tone;
    // The projector's cue beyond colour: words in an outlined (warning) or filled (overtime) box,
    // and a striped or blocked bar.
    const cue = $("timeCue");
    cue.textContent = s.cue || "";
    cue.className = "time-cue tone-" + s.tone;
    $("phaseLine").className = "bar tone-" + s.tone;
    $("banner").textContent = s.message || "";
    $("phaseBar").style.width = (100 * s.phaseFraction).toFixed(1) + "%";
    $("sessionBar").style.width = (100 * s.sessionFraction).toFixed(1) + "%";
    $("question").textContent = s.question ? labels.question + " " + s.question : "";
    const title = { blank: "", pause: labels.pauseScreen, finished: labels.thanks }[s.screen] || "";
    let sub = s.screen === "finished" ? labels.ended : "";
    if ((s.screen === "blank" || s.screen === "pause") && s.continueAt) {
      sub = format(labels.continueAt, { time: s.continueAt });
    }
    $("messageTitle").textContent = title;
    $("messageSub").textContent = sub;
    if (view === "remote") {
      face.classList.toggle("screen-message", s.screen === "pause" || s.screen === "finished");
      const blank = $("do-blank");
      blank.classList.toggle("on", s.blank);
      $("do-pause").classList.toggle("on", s.paused);
      if (s.blank) status("blankNote", true);
      else if (!s.started) status("notStarted");
      else status("");
    }
    document.body.dataset.screen = s.screen;
    document.body.dataset.timer = s.timer;
    document.body.dataset.tone = s.tone;
    document.body.dataset.cue = s.cue || "";
  }

  function send(data) {
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(data));
  }

  function connect() {
    status("connecting");
    const host = location.hostname.includes(":") ? "[" + location.hostname + "]" : location.hostname;
    socket = new WebSocket("ws://" + host + ":" + settings.ws + "/" + token + "/ws");
    socket.onopen = () => send({ hello: deviceKey(), view: view === "display" });
    socket.onmessage = (event) => {
      let data;
      try { data = JSON.parse(event.data); } catch (e) { return; }
      if (data.type === "state") render(data);
      else if (data.type === "paired") { $("controls") && ($("controls").hidden = false); status(""); }
      else if (data.type === "display") status("");
      else if (data.type === "waiting") status("waiting", true);
      else if (data.type === "refused" || data.type === "unpaired") {
        final = true;
        if ($("controls")) $("controls").hidden = true;
        status(data.type, true);
      }
      document.body.dataset.link = data.type === "state" ? document.body.dataset.link : data.type;
    };
    socket.onclose = () => {
      if (final) return;
      if ($("controls")) $("controls").hidden = true;
      document.body.dataset.link = "lost";
      status("lost", true);
      setTimeout(connect, 2000);
    };
  }

  function buildPresets(titles) {
    const box = $("presets");
    if (!box || !titles.length) return;
    titles.forEach((title, i) => {
      const b = document.createElement("button");
      b.id = "do-preset-" + (i + 1);
      b.textContent = title;
      b.addEventListener("click", () => send({ do: "preset", n: i + 1 }));
      box.appendChild(b);
    });
    const clear = document.createElement("button");
    clear.id = "do-clear";
    clear.textContent = labels.clear;
    clear.addEventListener("click", () => send({ do: "clear" }));
    box.appendChild(clear);
  }

  fetch("settings.json", { cache: "no-store" })
    .then((r) => r.json())
    .then((data) => {
      settings = data;
      labels = data.labels || {};
      document.documentElement.lang = data.lang;
      document.title = labels.title || document.title;
      document.querySelectorAll("[data-label]").forEach((el) => {
        el.textContent = labels[el.dataset.label] || "";
      });
      document.querySelectorAll("[data-do]").forEach((el) => {
        el.addEventListener("click", () => send({ do: el.dataset.do }));
      });
      buildPresets(data.presets || []);
      connect();
    })
    .catch(() => { status(""); $("status").textContent = "\u2026"; });
})();
