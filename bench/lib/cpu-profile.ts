/**
 * Reads a V8 .cpuprofile (written by `node --cpu-prof`) and lists where the time went: self time
 * per function (with file:line) and per source file, so a missed target names its cause.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../corpus/knowledge-data';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface Hotspot {
  what: string;
  selfMs: number;
  share: number;
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  functions: Hotspot[];
  files: Hotspot[];
}

function where(url: string): string {
  if (!url) return '(native)';
  const path = url.replace(/^file:\/\//, '');
  const rel = relative(repoRoot(), path);
  return rel.startsWith('..') ? path : rel;
}

/**
 * `lastMs` keeps only the samples of the profile's last so many milliseconds: the load phase, when
 * startup (reading the store, compiling modules) would otherwise crowd the list.
 */
export function summariseProfile(file: string, top = 15, lastMs = Infinity): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  if (profile.samples && profile.timeDeltas) {
    const { samples, timeDeltas } = profile;
    const at: number[] = [];
    let t = profile.startTime;
    for (const d of timeDeltas) at.push((t += d));
    const since = profile.endTime - lastMs * 1000;
    samples.forEach((id, k) => {
      if (at[k] >= since) selfUs.set(id, (selfUs.get(id) ?? 0) + (timeDeltas[k] ?? 0));
    });
  } else {
    const total = profile.nodes.reduce((n, x) => n + (x.hitCount ?? 0), 0) || 1;
    const us = (profile.endTime - profile.startTime) / total;
    for (const n of profile.nodes) selfUs.set(n.id, (n.hitCount ?? 0) * us);
  }
  const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0) || 1;
  const fn = new Map<string, number>();
  const files = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const loc = where(url);
    const key = url ? `${functionName || '(anonymous)'} ${loc}:${lineNumber + 1}` : functionName || '(anonymous)';
    fn.set(key, (fn.get(key) ?? 0) + us);
    files.set(loc, (files.get(loc) ?? 0) + us);
  }
  const rank = (m: Map<string, number>): Hotspot[] => [...m]
    .sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([what, us]) => ({ what, selfMs: us / 1000, share: us / totalUs }));
  return { file, totalMs: totalUs / 1000, functions: rank(fn), files: rank(files) };
}

/** The newest .cpuprofile in a folder. */
export function latestProfile(dir: string): string | undefined {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort();
  return files.length ? join(dir, files[files.length - 1]) : undefined;
}

export function formatProfile(title: string, s: ProfileSummary): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [`#### ${title} — ${(s.totalMs / 1000).toFixed(1)} s sampled (${s.file})`, '', '| self ms | share | function (file:line) |', '|---:|---:|---|'];
  for (const h of s.functions) lines.push(`| ${h.selfMs.toFixed(0)} | ${pct(h.share)} | \`${h.what}\` |`);
  lines.push('', '| self ms | share | file |', '|---:|---:|---|');
  for (const h of s.files) lines.push(`| ${h.selfMs.toFixed(0)} | ${pct(h.share)} | \`${h.what}\` |`);
  return lines.join('\n');
}
