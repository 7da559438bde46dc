/** Resolves a title without a name ("the Russian leader") to the person holding it on a date. */
import type { Knowledge } from '../../knowledge';
import type { TitleOffice } from '../../knowledge/lexicons';

export function resolveOffice(
  kb: Knowledge, office: TitleOffice, country: string | null, org: string | null, date: string | null, mentioned: Set<string>,
): string | null {
  if (office === 'official' || office === 'other') return null;
  let holders;
  if (office === 'leader' || office === 'counterpart') {
    if (!country) return null;
    holders = kb.offices.withRole('LEADER', country, date);
  } else {
    const scope = org ? `org:${org}` : country;
    if (!scope) return null;
    holders = kb.offices.holders(office, scope, date);
    if (holders.length === 0 && org && country) holders = kb.offices.holders(office, country, date);
    // "der österreichische Regierungschef": the head of government Austria has is its chancellor.
    for (const other of kb.officeEquivalents.get(office) ?? []) {
      if (holders.length > 0 || org || !country) break;
      holders = kb.offices.holders(other as TitleOffice, country, date);
    }
  }
  const ids = [...new Set(holders.map((h) => h.person.id))];
  if (ids.length === 1) return ids[0];
  // Several holders (a president and a prime minister are both leaders): the one the article names.
  const named = ids.filter((id) => mentioned.has(id));
  return named.length === 1 ? named[0] : null;
}
