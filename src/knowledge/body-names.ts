/**
 * The names a state body goes by in news, built from organization-patterns.json: "Ministry of
 * Defense of Russia", "Russian Ministry of Defense", "Russia's Defense Ministry", "Defence
 * Ministry of Russia". Every variant is listed as an alias, so the body is one actor whichever
 * naming style a reader (or another article) uses.
 */
import type { Knowledge } from './index';

const SMALL = new Set(['of', 'the', 'and', 'for']);

function titleCase(s: string): string {
  return s.split(' ').map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
}

/** Name variants of the state body `orgId` of `country`; [] when it is no body of a pattern. */
export function bodyNameVariants(kb: Knowledge, orgId: string, country: string | null): string[] {
  if (!country) return [];
  const c = kb.countries.get(country);
  if (!c) return [];
  const body = kb.organizationPatterns.bodies.find((b) => kb.bodyOrganizations.get(`${country}|${b.key}`) === orgId || orgId.endsWith(`-${b.key}`));
  if (!body) return [];
  // Only the forms that say what the body is ("defense ministry"), not a local name ("state department").
  const head = body.name.toLowerCase().split(' ')[0];
  const forms = [...new Set([body.name.toLowerCase(), ...(body.forms.en ?? []).filter((f) => f.includes(head))])];
  const names = [c.name];
  const adjectives = c.en?.adjectives ?? [];
  const out: string[] = [];
  for (const f of forms) {
    for (const n of names) out.push(`${titleCase(f)} of ${n}`, `${n}'s ${titleCase(f)}`);
    for (const a of adjectives) out.push(`${a} ${titleCase(f)}`);
  }
  return [...new Set(out)];
}
