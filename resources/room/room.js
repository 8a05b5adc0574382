// The room on a phone: follows the moderator's laptop by Server-Sent Events, sends
// positions and ideas. Everything the server sends is put on screen as text, never as
// markup; nothing is loaded from anywhere but the laptop.
"use strict";

const WORDS = {
  tr: {
    other: "English", joinTitle: "Odaya katılın", code: "Oda kodu", go: "Katıl",
    joinHelp: "Yaka kartınızdaki karekodu okutun ya da projeksiyondaki oda kodunu yazın.",
    badLink: "Bu bağlantı artık geçerli değil. Yaka kartınızdaki karekodu yeniden okutun.",
    badCode: "Bu oda kodu doğru değil.", offline: "Bağlantı kesildi, yeniden bağlanılıyor…",
    slow: "Çok hızlı: birkaç saniye sonra yeniden deneyin.",
    item: "Şu anki gündem maddesi", noItem: "Henüz başlayan bir gündem maddesi yok.",
    next: "Sıradaki: ", round: "Karar turu", yours: "Sizin tutumunuz", forWho: "Adına: ",
    saved: "Kaydedildi: ", changed: "Değiştirildi: ", anonymousDone: "Katıldınız (gizli tur).",
    anonymous: "Gizli tur: yalnızca sayılar tutulur, kimin ne dediği tutulmaz.",
    result: "Son turun sonucu", idea: "Fikir kutusu", ideaLabel: "Fikriniz",
    send: "Gönder", sent: "Gönderildi; moderatör onaylayınca panoda görünecek.",
    decisions: "Alınan kararlar", you: "Siz: ", error: "Kaydedilemedi: ",
    dots: "Nokta oylaması", myDots: "Sizin noktalarınız", left: "Kalan noktanız: ", more: "Bir nokta ekle", less: "Bir nokta geri al",
    codeOnly: "Oda koduyla katıldınız: fikir gönderebilirsiniz; oy için yaka kartınızı okutun.",
  },
  en: {
    other: "Türkçe", joinTitle: "Join the room", code: "Room code", go: "Join",
    joinHelp: "Scan the QR code on your badge, or type the room code shown on the projector.",
    badLink: "This link is no longer valid. Scan the QR code on your badge again.",
    badCode: "This room code is not right.", offline: "Connection lost, reconnecting…",
    slow: "Too fast: try again in a few seconds.",
    item: "Agenda item now", noItem: "No agenda item has started yet.",
    next: "Next: ", round: "Decision round", yours: "Your position", forWho: "For: ",
    saved: "Saved: ", changed: "Changed: ", anonymousDone: "You took part (anonymous round).",
    anonymous: "Anonymous round: only the counts are kept, never who said what.",
    result: "Result of the last round", idea: "Idea box", ideaLabel: "Your idea",
    send: "Send", sent: "Sent; it shows on the board once the moderator approves it.",
    decisions: "Decisions taken", you: "You: ", error: "Not saved: ",
    dots: "Dot voting", myDots: "Your dots", left: "Dots left: ", more: "One dot more", less: "One dot back",
    codeOnly: "You joined with the room code: you can send ideas; scan your badge to vote.",
  },
};

const KEY = "facilitator-room";
const $ = (id) => document.getElementById(id);
function stored() {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) || "{}");
    return value && typeof value === "object" ? value : {};
  } catch (e) {
    return {}; // a broken entry is forgotten, not fatal
  }
}
const saved = stored();
let lang = WORDS[saved.lang] ? saved.lang
  : ((navigator.language || "tr").toLowerCase().startsWith("tr") ? "tr" : "en");
let auth = saved.auth || null; // {t: token} or {c: code}
let view = null;
let offset = 0; // the laptop's clock minus this phone's, in ms (from the "clock" events)
let me = null;
let meRound = null;
let myDots = null; // {round, left, placed: {key: n}, who}
let dotsWho = "own"; // whose dots are shown: "own", or "proxy" (the voice carried)
let source = null;
const notes = {}; // what each ballot last said: "own" / "proxy" -> text

function keep() { localStorage.setItem(KEY, JSON.stringify({ lang, auth })); }
function w(key) { return WORDS[lang][key]; }
function text(id, value) { $(id).textContent = value == null ? "" : value; }
function show(id, on) { $(id).hidden = !on; }
function say(message) { text("status", message || ""); }

// A POST the laptop was too busy for (503) is sent again, a second apart, three times.
async function post(path, body) {
  for (let attempt = 0; ; attempt++) {
    const answer = await fetch(path, { method: "POST", headers: headers(), body: JSON.stringify(body) });
    if (answer.status !== 503 || attempt >= 3) return answer;
    await new Promise((done) => setTimeout(done, 1000));
  }
}

function headers() {
  const h = { "Content-Type": "application/json" };
  if (auth && auth.t) h["X-Room-Token"] = auth.t;
  if (auth && auth.c) h["X-Room-Code"] = auth.c;
  return h;
}

function takeFromAddress() {
  const hash = new URLSearchParams(location.hash.slice(1));
  const query = new URLSearchParams(location.search);
  const token = hash.get("t");
  const code = hash.get("c") || query.get("c");
  if (token) auth = { t: token };
  else if (code && !(auth && auth.t)) auth = { c: code };
  if (token || code) {
    keep();
    history.replaceState(null, "", "/"); // the token does not stay on screen or in history
  }
}

function words() {
  document.documentElement.lang = lang;
  text("language", w("other"));
  text("join-title", w("joinTitle")); text("join-help", w("joinHelp"));
  text("code-label", w("code")); text("code-go", w("go"));
  text("item-heading", w("item")); text("round-heading", w("round"));
  text("result-heading", w("result")); text("idea-heading", w("idea"));
  text("idea-label", w("ideaLabel")); text("idea-send", w("send"));
  text("decisions-heading", w("decisions"));
  text("dots-heading", w("dots"));
}

function clock(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  const m = Math.floor(s / 60);
  return String(m).padStart(2, "0") + ":" + String(s % 60).padStart(2, "0");
}

function tick() {
  if (!view || !view.item) return;
  if (view.item.started == null) { text("item-clock", ""); return; }
  const elapsed = (Date.now() + offset) / 1000 - view.item.started;
  const el = $("item-clock");
  el.textContent = clock(elapsed) + " / " + clock(view.item.planned);
  el.classList.toggle("over", view.item.planned > 0 && elapsed > view.item.planned);
}

function ballot(kind, title, chosen, used) {
  const r = view.round;
  const box = document.createElement("div");
  box.className = "ballot";
  const h = document.createElement("h3");
  h.textContent = title;
  box.appendChild(h);
  if (r.anonymous && used) {
    const done = document.createElement("p");
    done.className = "done";
    done.textContent = w("anonymousDone");
    box.appendChild(done);
    return box;
  }
  for (const c of r.choices) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "choice";
    b.textContent = c.label;
    b.dataset.value = c.value;
    b.setAttribute("aria-pressed", String(chosen === c.value));
    b.addEventListener("click", () => vote(kind, c, box));
    box.appendChild(b);
  }
  const note = document.createElement("p");
  note.className = "done";
  note.textContent = notes[kind + r.id] || "";
  box.appendChild(note);
  return box;
}

function renderRound() {
  const r = view && view.round;
  show("round", !!r && !!me && !!me.name);
  if (!r || !me || !me.name) return;
  text("round-title", r.title);
  text("round-text", r.text);
  text("round-method", r.method + (r.anonymous ? " · " + w("anonymous") : ""));
  const used = me.used || {};
  const chosen = me.chosen || {};
  const ballots = $("ballots");
  ballots.replaceChildren(ballot("own", w("yours"), chosen.own, used.own));
  if (me.proxy) ballots.appendChild(ballot("proxy", w("forWho") + me.proxy, chosen.proxy, used.proxy));
}

function render() {
  if (!view) return;
  text("title", view.title);
  show("item", true);
  if (view.item) {
    text("item-title", view.item.title);
    tick();
  } else {
    text("item-title", w("noItem"));
    text("item-clock", "");
  }
  text("item-next", view.next ? w("next") + view.next : "");
  const res = view.result;
  show("result", !!res);
  if (res) {
    text("result-title", res.title);
    $("tally").replaceChildren(...res.tally.map((t) => {
      const li = document.createElement("li");
      const label = document.createElement("span");
      label.textContent = t.label;
      const count = document.createElement("b");
      count.textContent = String(t.count);
      li.append(label, count);
      return li;
    }));
    text("result-outcome", res.outcome);
  }
  show("idea", !!view.idea_box);
  show("decisions", view.decisions.length > 0);
  $("decision-list").replaceChildren(...view.decisions.map((d) => {
    const li = document.createElement("li");
    li.textContent = (d.label ? d.label + " · " : "") + d.title + " — " + d.outcome;
    return li;
  }));
  renderDots();
  const roundId = view.round ? view.round.id : null;
  if (auth && auth.t && roundId !== meRound) refreshMe(roundId);
  else renderRound();
}

function renderDots() {
  const d = view && view.dots;
  const on = !!d && !!auth && !!auth.t;
  show("dots", on);
  if (!on) return;
  const carried = me && me.proxy;
  if (!carried) dotsWho = "own";
  $("dots-who").hidden = !carried;
  if (carried) {
    $("dots-who").replaceChildren(dotsFor("own", w("myDots")), dotsFor("proxy", w("forWho") + me.proxy));
  }
  if (!myDots || myDots.round !== d.id || myDots.who !== dotsWho) {
    if (!myDots || myDots.asked !== d.id || myDots.who !== dotsWho) refreshDots(d.id);
    return;
  }
  text("dots-question", d.question);
  text("dots-left", w("left") + myDots.left + " / " + d.budget);
  $("dot-targets").replaceChildren(...d.targets.map((t) => {
    const li = document.createElement("li");
    const label = document.createElement("span");
    label.className = "text";
    label.textContent = t.text;
    const count = document.createElement("b");
    const mine = myDots.placed[t.key] || 0;
    count.textContent = String(mine);
    const less = document.createElement("button");
    less.type = "button"; less.textContent = "−"; less.className = "quiet";
    less.setAttribute("aria-label", w("less") + ": " + t.text);
    less.disabled = mine === 0;
    less.addEventListener("click", () => dot(d.id, t.key, -1));
    const more = document.createElement("button");
    more.type = "button"; more.textContent = "+";
    more.setAttribute("aria-label", w("more") + ": " + t.text);
    more.disabled = myDots.left <= 0;
    more.addEventListener("click", () => dot(d.id, t.key, 1));
    li.append(label, less, count, more);
    return li;
  }));
}

function dotsFor(who, label) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "choice";
  b.textContent = label;
  b.setAttribute("aria-pressed", String(dotsWho === who));
  b.addEventListener("click", () => {
    if (dotsWho === who) return;
    dotsWho = who;
    myDots = null;
    renderDots();
  });
  return b;
}

async function refreshDots(roundId) {
  const who = dotsWho;
  myDots = { asked: roundId, who };
  const q = "/api/dots?round=" + roundId + (who === "proxy" ? "&proxy=1" : "");
  let answer;
  try {
    answer = await fetch(q, { headers: headers(), cache: "no-store" });
  } catch (e) {
    answer = null;
  }
  if (answer && answer.status === 401) return forget(w("badLink"));
  if (!answer || !answer.ok) { myDots = null; return; } // asked again with the next view
  const mine = await answer.json();
  if (view && view.dots && view.dots.id === mine.round && who === dotsWho) {
    mine.who = who;
    myDots = mine;
    renderDots();
  }
}

async function dot(roundId, key, delta) {
  for (const b of $("dot-targets").querySelectorAll("button")) b.disabled = true;
  let answer;
  try {
    answer = await post("/api/dots", { round: roundId, target: key, delta, proxy: dotsWho === "proxy" });
  } catch (e) {
    say(w("offline"));
    renderDots();
    return;
  }
  const data = await answer.json().catch(() => ({}));
  if (answer.ok) {
    data.who = data.proxy ? "proxy" : "own";
    myDots = data.who === dotsWho ? data : null; // switched meanwhile: read again
    say("");
  } else if (answer.status === 429) say(w("slow"));
  else say(w("error") + (data.message || data.error || answer.status));
  renderDots();
}

async function refreshMe(roundId) {
  meRound = roundId;
  const q = roundId ? "?round=" + roundId : "";
  let answer;
  try {
    answer = await fetch("/api/me" + q, { headers: headers(), cache: "no-store" });
  } catch (e) {
    answer = null;
  }
  if (answer && answer.status === 401) return forget(w("badLink"));
  if (roundId !== (view && view.round ? view.round.id : null)) return; // a later round came
  if (!answer || !answer.ok) {
    meRound = undefined; // asked again with the next view
    if (me) { me.used = {}; me.chosen = {}; } // never the previous round's choices
    show("round", false);
    return;
  }
  me = await answer.json();
  show("me", true);
  text("me-name", me.name ? w("you") + me.name + (me.organization ? " · " + me.organization : "") : w("codeOnly"));
  renderRound();
  renderDots(); // a voice carried adds its own dots
}

async function vote(kind, choice, box) {
  const r = view.round;
  for (const b of box.querySelectorAll("button")) b.disabled = true;
  let answer;
  try {
    answer = await post("/api/position", { round: r.id, value: choice.value, proxy: kind === "proxy" });
  } catch (e) {
    say(w("offline"));
    for (const b of box.querySelectorAll("button")) b.disabled = false;
    return;
  }
  const data = await answer.json().catch(() => ({}));
  if (answer.ok) {
    notes[kind + r.id] = (data.replaced ? w("changed") : w("saved")) + choice.label;
    me.chosen = Object.assign({}, me.chosen, { [kind]: choice.value });
    if (r.anonymous) me.used = Object.assign({}, me.used, { [kind]: true });
    say("");
  } else if (answer.status === 429) {
    say(w("slow"));
  } else if (answer.status === 401) {
    return forget(w("badLink"));
  } else {
    notes[kind + r.id] = w("error") + (data.message || data.error || answer.status);
    if (answer.status === 409 && r.anonymous) me.used = Object.assign({}, me.used, { [kind]: true });
  }
  renderRound();
}

async function sendIdea(event) {
  event.preventDefault();
  const field = $("idea-text");
  const value = field.value.trim();
  if (!value) return;
  $("idea-send").disabled = true;
  try {
    const answer = await post("/api/idea", { text: value });
    if (answer.ok) {
      field.value = "";
      text("idea-done", w("sent"));
      show("idea-done", true);
    } else {
      const data = await answer.json().catch(() => ({}));
      say(answer.status === 429 ? w("slow") : w("error") + (data.message || answer.status));
    }
  } catch (e) {
    say(w("offline"));
  }
  $("idea-send").disabled = false;
}

function forget(message) {
  auth = null;
  me = null; meRound = null; myDots = null;
  for (const k of Object.keys(notes)) delete notes[k];
  keep();
  if (source) source.close();
  source = null;
  view = null;
  for (const id of ["me", "item", "round", "result", "dots", "idea", "decisions"]) show(id, false);
  show("join", true);
  say(message);
}

function connect() {
  if (source) source.close();
  const q = new URLSearchParams({ lang });
  if (auth.t) q.set("t", auth.t); else q.set("c", auth.c);
  source = new EventSource("/api/events?" + q.toString());
  source.addEventListener("view", (e) => {
    view = JSON.parse(e.data);
    say("");
    render();
  });
  source.addEventListener("clock", (e) => {
    offset = JSON.parse(e.data).now * 1000 - Date.now();
    tick();
  });
  source.addEventListener("error", () => {
    say(w("offline"));
    if (source.readyState === EventSource.CLOSED) setTimeout(start, 3000);
  });
}

async function start() {
  words();
  if (!auth) { show("join", true); return; }
  show("join", false);
  let answer;
  try {
    answer = await fetch("/api/me", { headers: headers(), cache: "no-store" });
  } catch (e) {
    say(w("offline"));
    setTimeout(start, 3000);
    return;
  }
  if (answer.status === 401) return forget(auth.t ? w("badLink") : w("badCode"));
  if (answer.status === 429) { say(w("slow")); setTimeout(start, 5000); return; }
  me = await answer.json();
  meRound = undefined;
  show("me", true);
  text("me-name", me.name ? w("you") + me.name + (me.organization ? " · " + me.organization : "") : w("codeOnly"));
  connect();
}

$("language").addEventListener("click", () => {
  lang = lang === "tr" ? "en" : "tr";
  keep();
  words();
  if (auth) { meRound = undefined; connect(); }
});
$("code-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const code = $("code").value.trim();
  if (!code) return;
  auth = { c: code };
  keep();
  start();
});
$("idea-form").addEventListener("submit", sendIdea);
document.addEventListener("visibilitychange", () => {
  if (!document.hidden && auth && (!source || source.readyState === EventSource.CLOSED)) start();
});
setInterval(tick, 1000);
takeFromAddress();
start();
