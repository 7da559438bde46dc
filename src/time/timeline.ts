/**
 * Interactions on a time line: when an interaction was reported, and buckets of a calendar
 * interval with counts per type and mean tone. Pure; the API feeds it store records.
 */
import { INTERACTION_TYPES, type InteractionType } from '../domain/enums';
import type { IsoDate } from '../domain/extraction';
import type { InteractionRecord } from '../domain/graph';
import { parseIso } from '../domain/iso-date';
import { meanTone, toneOf } from '../tone/tone';

export const TIME_INTERVALS = ['DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
export type TimeInterval = (typeof TIME_INTERVALS)[number];

export interface TimelineBucket {
  /** First and last day of the interval, both inclusive. */
  start: IsoDate;
  end: IsoDate;
  count: number;
  byType: { type: InteractionType; count: number }[];
  tone: number;
}

/**
 * The earliest publication date among the interaction's sources; failing that (no source article
 * has one), its own date; null when it has neither.
 */
export function reportedAt(interaction: InteractionRecord): IsoDate | null {
  let earliest: IsoDate | null = null;
  for (const s of interaction.sources) if (s.publishedAt && (!earliest || s.publishedAt < earliest)) earliest = s.publishedAt;
  return earliest ?? interaction.date;
}

/** The interaction's tone from its type and the evidence sentences of its sources. */
export function interactionTone(interaction: InteractionRecord): number {
  return toneOf(interaction.type, interaction.sources);
}

/** Where an interaction sits on a time line: its date, else its reportedAt. */
export function timelineDate(interaction: InteractionRecord): IsoDate | null {
  return interaction.date ?? reportedAt(interaction);
}

/** The first and last day of the interval that holds `date` (weeks run Monday to Sunday, ISO 8601). */
export function intervalOf(date: IsoDate, interval: TimeInterval): { start: IsoDate; end: IsoDate } {
  const d = parseIso(date);
  if (!d) throw new Error(`not a date: ${date}`);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (interval) {
    case 'DAY':
      return { start: date, end: date };
    case 'WEEK': {
      const monday = shiftDays(d, -((d.getUTCDay() + 6) % 7));
      return { start: iso(monday), end: iso(shiftDays(monday, 6)) };
    }
    case 'MONTH':
      return { start: iso(utc(y, m, 1)), end: iso(utc(y, m + 1, 0)) };
    case 'YEAR':
      return { start: iso(utc(y, 0, 1)), end: iso(utc(y, 11, 31)) };
  }
}

/**
 * Buckets of the interval that hold at least one interaction, oldest first. Interactions with
 * neither a date nor a dated source have no place on a time line and are left out.
 */
export function buildTimeline(interactions: readonly InteractionRecord[], interval: TimeInterval): TimelineBucket[] {
  const buckets = new Map<IsoDate, { start: IsoDate; end: IsoDate; items: InteractionRecord[] }>();
  for (const i of interactions) {
    const date = timelineDate(i);
    if (!date) continue;
    const { start, end } = intervalOf(date, interval);
    const bucket = buckets.get(start) ?? { start, end, items: [] };
    bucket.items.push(i);
    buckets.set(start, bucket);
  }
  return [...buckets.values()]
    .sort((a, b) => (a.start < b.start ? -1 : 1))
    .map(({ start, end, items }) => ({
      start, end, count: items.length,
      byType: INTERACTION_TYPES
        .map((type) => ({ type, count: items.filter((i) => i.type === type).length }))
        .filter((t) => t.count > 0),
      tone: meanTone(items.map(interactionTone))!,
    }));
}

function utc(year: number, month: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  return d;
}

function shiftDays(d: Date, days: number): Date {
  return utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + days);
}

const iso = (d: Date): IsoDate => `${String(d.getUTCFullYear()).padStart(4, '0')}-${d.toISOString().slice(5, 10)}`;
