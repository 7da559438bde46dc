#!/usr/bin/env node
/**
 * Merges a compact person list into src/knowledge/persons.json (a build aid; the JSON stays the data).
 *
 *   node scripts/merge-persons.mjs FILE...
 *
 * FILE format, one record per line ('#' starts a comment):
 *   = Canonical Name | alias; alias; ...        starts a person ("!alias" removes an alias)
 *   office-key | ISO3 or - | organization or - | from or - | to or - | title (optional)
 * A person already listed (same id, or a name/alias equal to one of its names) is extended: new
 * aliases and new office terms are added, null dates of a matching term are filled in. Aliases
 * that another person, an organization or a country already uses are dropped and reported.
 */
import fs from 'node:fs';
import path from 'node:path';

const DIR = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'src', 'knowledge');
const read = (f) => JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8'));
const persons = read('persons.json');
const organizations = read('organizations.json');
const countries = read('countries.json');

const TRANSLITERATE = { ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'ae' };
const slug = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[øØłŁđĐıßæÆ]/g, (c) => TRANSLITERATE[c])
  .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
const fold = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

const LEADING = new Set(['president-elect', 'prime-minister', 'chancellor', 'king', 'queen', 'emir', 'supreme-leader', 'pope', 'head-of-state']);
const TITLES = {
  president: 'President of %', 'prime-minister': 'Prime Minister of %', chancellor: 'Chancellor of %',
  'vice-president': 'Vice President of %', 'foreign-minister': 'Foreign Minister of %',
  'defense-minister': 'Defence Minister of %', 'interior-minister': 'Interior Minister of %',
  'finance-minister': 'Finance Minister of %', spokesperson: 'Government Spokesperson of %',
  king: 'King of %', queen: 'Queen of %', emir: 'Emir of %', 'crown-prince': 'Crown Prince of %',
};
const countryName = new Map(countries.map((c) => [c.id, c.name]));
const orgIds = new Set(organizations.map((o) => o.id));

/** Surface forms of organizations and countries: a person alias must not be one of them. */
const otherForms = new Set();
for (const o of organizations) for (const a of [o.name, ...o.aliases]) otherForms.add(fold(a));
for (const c of countries) for (const f of [c.en, c.de]) for (const a of [...f.names, ...f.adjectives, ...f.demonyms, ...f.metonyms]) otherForms.add(fold(a));

const owner = new Map(); // folded form -> person id
for (const p of persons) for (const a of [p.name, ...p.aliases]) owner.set(fold(a), p.id);
const byId = new Map(persons.map((p) => [p.id, p]));

const nul = (v) => (v === '-' || v === '' ? null : v);
const problems = [];
let added = 0, extended = 0, newTerms = 0;

function parse(file) {
  const records = [];
  let cur = null;
  fs.readFileSync(file, 'utf8').split('\n').forEach((raw, n) => {
    const line = raw.replace(/\s+#.*$/, '').replace(/^#.*$/, '').trim();
    if (!line) return;
    const where = `${file}:${n + 1}`;
    if (line.startsWith('=')) {
      const [name, aliases = ''] = line.slice(1).split('|').map((s) => s.trim());
      cur = { name, aliases: aliases.split(';').map((s) => s.trim()).filter(Boolean), offices: [], where };
      records.push(cur);
      return;
    }
    if (!cur) throw new Error(`${where}: office line before any person`);
    const [office, country, org, from, to, title] = line.split('|').map((s) => s.trim());
    const c = nul(country);
    const t = title || (TITLES[office] && c ? TITLES[office].replace('%', countryName.get(c)) : null);
    if (!t) throw new Error(`${where}: title needed for ${office}`);
    if (c && !countryName.has(c)) throw new Error(`${where}: unknown country ${c}`);
    if (nul(org) && !orgIds.has(org)) throw new Error(`${where}: unknown organization ${org}`);
    for (const d of [from, to]) if (nul(d) && !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new Error(`${where}: bad date ${d}`);
    const role = LEADING.has(office) || (office === 'president' && c !== null) ? 'LEADER' : 'OFFICIAL';
    cur.offices.push({ title: t, office, role, country: c, organization: nul(org), from: nul(from), to: nul(to) });
  });
  return records;
}

const days = (a, b) => Math.abs(Date.parse(a) - Date.parse(b)) / 864e5;
function sameTerm(a, b) {
  if (a.office !== b.office || a.country !== b.country) return false;
  if (a.organization && b.organization && a.organization !== b.organization) return false;
  return a.from === null || b.from === null || days(a.from, b.from) <= 60;
}

for (const file of process.argv.slice(2)) {
  for (const r of parse(file)) {
    const id = slug(r.name);
    let p = byId.get(id) ?? byId.get(owner.get(fold(r.name)));
    if (!p) {
      const hit = r.aliases.map((a) => owner.get(fold(a))).find((o) => o && byId.get(o) && fold(byId.get(o).name) !== fold(r.name) && r.aliases.length > 0 && a_isFull(r, o));
      if (hit) p = byId.get(hit);
    }
    if (!p) {
      p = { id, name: r.name, aliases: [], offices: [] };
      persons.push(p); byId.set(id, p); owner.set(fold(r.name), id); added++;
      if (r.offices.length === 0) problems.push(`${r.where}: new person "${r.name}" without offices`);
    } else {
      extended++;
      if (p.id !== id) problems.push(`${r.where}: "${r.name}" merged into existing ${p.id}`);
    }
    for (const a of r.aliases) {
      if (a.startsWith('!')) { // "!Alias" removes an alias found to be ambiguous
        const k = fold(a.slice(1));
        p.aliases = p.aliases.filter((x) => fold(x) !== k);
        if (owner.get(k) === p.id) owner.delete(k);
        continue;
      }
      const k = fold(a);
      if (k === fold(p.name) || p.aliases.some((x) => fold(x) === k)) continue;
      if (otherForms.has(k)) { problems.push(`${r.where}: alias "${a}" is an organization/country form, dropped`); continue; }
      const o = owner.get(k);
      if (o && o !== p.id) { problems.push(`${r.where}: alias "${a}" already belongs to ${o}, dropped`); continue; }
      p.aliases.push(a); owner.set(k, p.id);
    }
    let grew = false;
    for (const t of r.offices) {
      const old = p.offices.find((x) => sameTerm(x, t));
      if (!old) { p.offices.push(t); newTerms++; grew = true; continue; }
      for (const k of ['from', 'to', 'organization']) {
        if (old[k] === null && t[k] !== null) old[k] = t[k];
        else if (t[k] !== null && old[k] !== t[k]) problems.push(`${r.where}: ${p.id} ${t.office} ${k} kept ${old[k]} (list says ${t[k]})`);
      }
    }
    if (grew) p.offices.sort((a, b) => (a.from ?? '') < (b.from ?? '') ? -1 : (a.from ?? '') > (b.from ?? '') ? 1 : 0);
  }
}

/** A full-name alias (two or more words) pointing at an existing person identifies it; a surname alone does not. */
function a_isFull(r, o) {
  return r.aliases.some((a) => owner.get(fold(a)) === o && a.trim().includes(' '));
}

persons.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
fs.writeFileSync(path.join(DIR, 'persons.json'), `${JSON.stringify(persons, null, 2)}\n`);
for (const m of problems) console.error(m);
console.error(`added ${added} persons, extended ${extended}, ${newTerms} new office terms; now ${persons.length} persons, ${persons.reduce((n, p) => n + p.offices.length, 0)} terms`);
