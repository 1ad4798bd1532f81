#!/usr/bin/env node
"use strict";
// Builds the held-out evaluation set from hand-annotated sources, so that no offset is ever typed by hand.
//   node scripts/build-heldout.js [--check] [--set <name>]   (--set: test/fixtures/<name>/, default "heldout")
// Reads  test/fixtures/heldout/src/*.src  and writes
//        test/fixtures/heldout/articles/<name>.txt   (plain article text, markup stripped)
//        test/fixtures/heldout/heldout.gold.json      (same shape as /work/shared/eval/seeds.gold.json)
//
// Source markup (see test/fixtures/heldout/README.md):
//   [[surface|TYPE|id]]           entity mention; id optional (slug of surface; DATE -> "date:<slug>")
//   {{q:speaker|...}}             direct quotation: the text INSIDE the marks; speaker "-" = unattributed
//   {{q:speaker:kind|...}}        kind = full | partial | fragment | scare | title (default: full/partial guess)
//   <<g:fact-a,fact-b>>...<</g>>  the sentence is a member of these cross-article link groups
//   %fact id: one-line paraphrase  (directive line, removed)
//   %name id: Display Name         (directive line, removed; else the longest surface is the name)
//   %related id: other-id,...      (directive line, removed)
//   %file name.txt                 (directive line: output file name)
// Entity markup may sit inside quotes and link groups; quotes and groups may nest in either order.

const fs = require("fs");
const path = require("path");

const SET = process.argv.includes("--set") ? process.argv[process.argv.indexOf("--set") + 1] : "heldout";
if (!SET || !/^[\w-]+$/.test(SET)) throw new Error("--set needs a folder name under test/fixtures/");
const ROOT = path.resolve(__dirname, "..", "test", "fixtures", SET);
const SRC = path.join(ROOT, "src");
const OUT = path.join(ROOT, "articles");
const TYPES = ["PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "EVENT"];
const QUOTE_OPEN = new Set(["\u201C", '"']), QUOTE_CLOSE = new Set(["\u201D", '"']);

const slug = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

function parse(file) {
  const raw = fs.readFileSync(file, "utf8");
  const meta = { file: null, facts: {}, names: {}, related: {} };
  const body = [];
  for (const line of raw.split("\n")) {
    let m;
    if ((m = /^%file\s+(\S+)\s*$/.exec(line))) meta.file = m[1];
    else if ((m = /^%fact\s+([\w-]+):\s*(.+)$/.exec(line))) meta.facts[m[1]] = m[2].trim();
    else if ((m = /^%name\s+([\w:-]+):\s*(.+)$/.exec(line))) meta.names[m[1]] = m[2].trim();
    else if ((m = /^%related\s+([\w:-]+):\s*(.+)$/.exec(line))) meta.related[m[1]] = m[2].split(",").map((s) => s.trim());
    else if (/^%/.test(line)) throw new Error(file + ": unknown directive " + line);
    else body.push(line);
  }
  const src = body.join("\n");
  let text = "";
  const entities = [], quotes = [], groups = [], stack = [];
  let i = 0;
  const where = () => file + " near: " + JSON.stringify(src.slice(Math.max(0, i - 40), i + 40));
  while (i < src.length) {
    let m;
    const rest = src.slice(i, i + 400);
    if (src.startsWith("[[", i)) {
      m = /^\[\[([^|\]]+)\|([A-Z]+)(?:\|([^\]]*))?\]\]/.exec(rest);
      if (!m || !TYPES.includes(m[2])) throw new Error("bad entity markup " + where());
      const surface = m[1], type = m[2];
      const id = m[3] || (type === "DATE" ? "date:" + slug(surface) : slug(surface));
      entities.push({ start: text.length, end: text.length + surface.length, text: surface, type, id });
      text += surface; i += m[0].length;
    } else if (src.startsWith("{{q:", i)) {
      m = /^\{\{q:([\w-]+)(?::(\w+))?\|/.exec(rest);
      if (!m) throw new Error("bad quote markup " + where());
      stack.push({ kind: "q", start: text.length, speaker: m[1] === "-" ? null : m[1], qkind: m[2] || null });
      i += m[0].length;
    } else if (src.startsWith("}}", i)) {
      const q = stack.pop();
      if (!q || q.kind !== "q") throw new Error("unbalanced }} " + where());
      quotes.push({ start: q.start, end: text.length, speaker: q.speaker, qkind: q.qkind });
      i += 2;
    } else if (src.startsWith("<<g:", i)) {
      m = /^<<g:([\w,-]+)>>/.exec(rest);
      if (!m) throw new Error("bad group markup " + where());
      stack.push({ kind: "g", start: text.length, ids: m[1].split(",") });
      i += m[0].length;
    } else if (src.startsWith("<</g>>", i)) {
      const g = stack.pop();
      if (!g || g.kind !== "g") throw new Error("unbalanced <</g>> " + where());
      groups.push({ start: g.start, end: text.length, ids: g.ids });
      i += 6;
    } else {
      if (/^(\[\[|\]\]|\{\{|<<)/.test(rest)) throw new Error("stray markup " + where());
      text += src[i]; i++;
    }
  }
  if (stack.length) throw new Error(file + ": unclosed markup " + JSON.stringify(stack));
  if (!meta.file) throw new Error(file + ": missing %file");
  return { meta, text, entities, quotes, groups };
}

function guessKind(text, q) {
  const inner = text.slice(q.start, q.end);
  if (q.qkind) return q.qkind;
  const words = inner.trim().split(/\s+/).length;
  if (words <= 3) return "fragment";
  return /^[A-Z\u201C]/.test(inner) ? "full" : "partial";
}

function main() {
  const files = fs.readdirSync(SRC).filter((f) => f.endsWith(".src")).sort();
  const parsed = files.map((f) => parse(path.join(SRC, f)));
  const errors = [], warnings = [];
  const gold = {
    version: 1,
    description: "Held-out gold annotations (" + parsed.length + " articles, written and annotated blind to the analysis) following /work/shared/eval/CONVENTIONS.md. Built from test/fixtures/" + SET + "/src by scripts/build-heldout.js" + (SET === "heldout" ? "" : " --set " + SET) + ".",
    offsetUnit: "utf16-code-unit",
    seedsDir: "test/fixtures/" + SET + "/articles",
    types: TYPES,
    entityIndex: {},
    articles: {},
    links: [],
  };
  const facts = {}, names = {}, related = {}, surfaces = {}, typeOf = {};
  fs.mkdirSync(OUT, { recursive: true });
  for (const p of parsed) {
    Object.assign(facts, p.meta.facts); Object.assign(names, p.meta.names); Object.assign(related, p.meta.related);
    const { text, entities, quotes } = p;
    const name = p.meta.file;
    // validation: spans, overlaps, quote marks
    const sorted = [...entities].sort((a, b) => a.start - b.start);
    for (let k = 1; k < sorted.length; k++) if (sorted[k].start < sorted[k - 1].end) errors.push(name + ": overlapping entities " + sorted[k - 1].text + " / " + sorted[k].text);
    for (const e of entities) {
      if (text.slice(e.start, e.end) !== e.text) errors.push(name + ": span mismatch " + e.text);
      if (e.text !== e.text.trim()) errors.push(name + ": entity with outer whitespace " + JSON.stringify(e.text));
      if (/^(the|The)\s/.test(e.text)) warnings.push(name + ": determiner inside entity " + e.text);
      if (/[\u2019']s?$/.test(e.text) && e.type !== "DATE") warnings.push(name + ": possessive inside entity " + e.text);
      (surfaces[e.id] = surfaces[e.id] || new Map()).set(e.text, ((surfaces[e.id].get(e.text)) || 0) + 1);
      if (typeOf[e.id] && typeOf[e.id] !== e.type) errors.push(name + ": id " + e.id + " has two types " + typeOf[e.id] + "/" + e.type);
      typeOf[e.id] = e.type;
    }
    const goldQuotes = quotes.sort((a, b) => a.start - b.start).map((q) => {
      const open = text[q.start - 1], close = text[q.end];
      const endsParagraph = close === "\n" || close === undefined;
      if (!QUOTE_OPEN.has(open)) errors.push(name + ": quote not preceded by an opening mark: " + text.slice(q.start, q.start + 30));
      if (!QUOTE_CLOSE.has(close) && !endsParagraph) errors.push(name + ": quote not followed by a closing mark: " + text.slice(q.end - 30, q.end + 1));
      const kind = guessKind(text, q);
      const out = {
        start: q.start, end: q.end, text: text.slice(q.start, q.end),
        markStart: q.start - 1, markEnd: endsParagraph ? q.end : q.end + 1,
        openMark: open, closeMark: endsParagraph ? null : close,
        speaker: q.speaker, kind, isClaim: !["scare", "title"].includes(kind), scare: kind === "scare",
      };
      if (endsParagraph) out.note = "quotation continues into the next paragraph (no closing mark at paragraph end)";
      if (q.speaker) {
        // nearest mention of the speaker (the one the attribution most plausibly goes through)
        const cands = entities.filter((e) => e.id === q.speaker);
        if (!cands.length) warnings.push(name + ": speaker " + q.speaker + " has no mention in this article");
        else {
          const d = (e) => (e.start >= q.end ? e.start - q.end : e.end <= q.start ? q.start - e.end + 0.5 : 1e9);
          const best = cands.sort((a, b) => d(a) - d(b))[0];
          out.speakerMention = { start: best.start, end: best.end, text: best.text };
        }
      }
      return out;
    });
    // every double-quote-like character must belong to a gold quote
    for (let k = 0; k < text.length; k++) {
      if (!/["\u201C\u201D]/.test(text[k])) continue;
      if (!goldQuotes.some((q) => k === q.markStart || k === q.markEnd - 1)) errors.push(name + ": quote mark at " + k + " belongs to no gold quote: " + JSON.stringify(text.slice(k - 20, k + 20)));
    }
    for (const g of p.groups) {
      const s = text.slice(g.start, g.end);
      if (s !== s.trim()) errors.push(name + ": link member with outer whitespace " + JSON.stringify(s));
      for (const id of g.ids) {
        let grp = gold.links.find((x) => x.id === id);
        if (!grp) { grp = { id, fact: null, articles: [], members: [] }; gold.links.push(grp); }
        if (!grp.articles.includes(name)) grp.articles.push(name);
        grp.members.push({ article: name, start: g.start, end: g.end, text: s });
      }
    }
    fs.writeFileSync(path.join(OUT, name), text, "utf8");
    gold.articles[name] = {
      length: text.length,
      utf8Bytes: Buffer.byteLength(text, "utf8"),
      sha256: require("crypto").createHash("sha256").update(text, "utf8").digest("hex"),
      entities: sorted,
      quotes: goldQuotes,
    };
    p.name = name;
  }
  for (const g of gold.links) {
    g.fact = facts[g.id] || null;
    if (!g.fact) errors.push("link group " + g.id + " has no %fact");
    if (g.articles.length < 2) errors.push("link group " + g.id + " has members from one article only");
  }
  for (const id of Object.keys(facts)) if (!gold.links.some((g) => g.id === id)) warnings.push("fact " + id + " has no members");
  for (const [id, m] of Object.entries(surfaces).sort()) {
    const forms = [...m.keys()];
    const name = names[id] || forms.sort((a, b) => b.length - a.length)[0];
    const row = { type: typeOf[id], name };
    const aliases = forms.filter((f) => f !== name);
    if (aliases.length) row.aliases = [name, ...aliases];
    if (related[id]) row.related = related[id];
    gold.entityIndex[id] = row;
  }
  for (const p of parsed) for (const q of gold.articles[p.name].quotes) if (q.speaker && !gold.entityIndex[q.speaker]) errors.push(p.name + ": speaker id " + q.speaker + " is not in entityIndex");
  // lint: a surface form annotated somewhere but left unannotated elsewhere (likely a missed mention)
  const known = new Map();
  for (const p of parsed) for (const e of p.entities) if (e.type !== "DATE" || /[A-Z]/.test(e.text[0])) known.set(e.text, e);
  for (const p of parsed) {
    const covered = (s, e) => p.entities.some((x) => x.start <= s && x.end >= e);
    for (const [surface] of known) {
      const re = new RegExp("(?<![\\p{L}\\p{N}])" + surface.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "(?![\\p{L}\\p{N}])", "gu");
      let m;
      while ((m = re.exec(p.text))) if (!covered(m.index, m.index + surface.length)) warnings.push(p.name + ": unannotated occurrence of '" + surface + "' at " + m.index + ": " + JSON.stringify(p.text.slice(m.index - 25, m.index + surface.length + 25)));
    }
  }
  const outGold = path.join(ROOT, SET + ".gold.json");
  fs.writeFileSync(outGold, JSON.stringify(gold, null, 1) + "\n", "utf8");
  // summary
  const count = (f) => Object.values(gold.articles).reduce((n, a) => n + f(a), 0);
  console.log("articles " + parsed.length + ", entities " + count((a) => a.entities.length) + ", quotes " + count((a) => a.quotes.length) +
    ", link groups " + gold.links.length + " (" + gold.links.reduce((n, g) => n + g.members.length, 0) + " members), ids " + Object.keys(gold.entityIndex).length);
  for (const p of parsed) {
    const a = gold.articles[p.name];
    const words = p.text.split(/\s+/).filter(Boolean).length;
    const byType = TYPES.map((t) => t + ":" + a.entities.filter((e) => e.type === t).length).join(" ");
    console.log("  " + p.name.padEnd(34) + " words " + String(words).padStart(4) + "  " + byType + "  quotes:" + a.quotes.length);
  }
  for (const w of warnings) console.log("WARN  " + w);
  for (const e of errors) console.log("ERROR " + e);
  if (errors.length) process.exit(1);
}

main();
