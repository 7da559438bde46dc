/** Who held which office when: titles as of the article date, and title-only references resolved. */
import type { PersonRole } from '../domain/enums';
import type { OfficeTerm, PersonEntry } from './schema';

export interface Holder {
  person: PersonEntry;
  term: OfficeTerm;
}

function active(term: OfficeTerm, date: string | null): boolean {
  if (date === null) return term.to === null;
  return (term.from === null || term.from <= date) && (term.to === null || date < term.to);
}

const ROLE_RANK: Record<PersonRole, number> = { LEADER: 0, OFFICIAL: 1, OTHER: 2 };

/** The office a person held on `date` (the most senior if several); null when none. */
export function termAt(person: PersonEntry, date: string | null): OfficeTerm | null {
  const terms = person.offices.filter((t) => active(t, date));
  if (terms.length === 0) return null;
  return terms.sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role])[0];
}

/** The last office that ended on or before `date`: the person is a former holder. */
export function lastTermBefore(person: PersonEntry, date: string | null): OfficeTerm | null {
  const ended = person.offices.filter((t) => t.to !== null && (date === null || t.to <= date));
  ended.sort((a, b) => (a.to! < b.to! ? 1 : -1));
  return ended[0] ?? null;
}

/** Last words of a person's names, lower-case: "Karim Khan" → "khan". */
function familyNames(person: PersonEntry): Set<string> {
  return new Set([person.name, ...person.aliases].map((n) => n.trim().split(/\s+/).at(-1)!.toLowerCase()));
}

/** Office holders indexed by office+country, organization and role+country. */
export class OfficeIndex {
  private readonly byKey = new Map<string, Holder[]>();

  constructor(persons: PersonEntry[]) {
    for (const person of persons) {
      for (const term of person.offices) {
        this.push(`office|${term.office}|${term.country ?? ''}`, { person, term });
        if (term.organization) this.push(`office|${term.office}|org:${term.organization}`, { person, term });
        this.push(`role|${term.role}|${term.country ?? ''}`, { person, term });
        for (const family of familyNames(person)) this.push(`family|${term.office}|${family}`, { person, term });
      }
    }
  }

  private push(key: string, h: Holder): void {
    const list = this.byKey.get(key);
    if (list) list.push(h);
    else this.byKey.set(key, [h]);
  }

  /** Holders of `office` for a country (ISO) or organization (`org:<id>`) on `date`. */
  holders(office: string, scope: string, date: string | null): Holder[] {
    return (this.byKey.get(`office|${office}|${scope}`) ?? []).filter((h) => active(h.term, date));
  }

  /** Holders of `office` on `date` whose family name is `family` ("Chefankläger Khan"). */
  withFamilyName(office: string, family: string, date: string | null): Holder[] {
    return (this.byKey.get(`family|${office}|${family.toLowerCase()}`) ?? []).filter((h) => active(h.term, date));
  }

  /** Persons with a role (LEADER ...) for a country on `date`. */
  withRole(role: PersonRole, country: string, date: string | null): Holder[] {
    return (this.byKey.get(`role|${role}|${country}`) ?? []).filter((h) => active(h.term, date));
  }
}
