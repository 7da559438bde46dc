/**
 * The materialised graph of the embedded store: a deterministic fold of the article facts
 * (see the folding rules in ../article-facts.ts) under the curation redirects of mergeActors.
 */
import type { Article } from '../../domain/article';
import type { InteractionStatus } from '../../domain/enums';
import type { ActorRecord, AffiliationRecord, InteractionRecord, ParticipationRecord } from '../../domain/graph';
import { nameKey } from '../../domain/name-key';
import { knowledgeNames } from '../knowledge-names';
import { ROLE_SPECIFICITY, type ActorFact, type ArticleFacts, type ReportFact } from '../article-facts';
import { RecordAt } from './journal';
import { SearchIndex } from './search-index';

/** An article without its text: what the graph needs of it in memory. */
export type ArticleMeta = Omit<Article, 'text'>;

/**
 * Where an article's facts are: the line of its record on disk (read again when its text, or a
 * new fold, needs them: text is most of a store's bytes), or the facts themselves for a state
 * folded from memory (`actorgraph import` before its snapshot is written, salvage).
 */
export type FactsAt = RecordAt | ArticleFacts;

export interface ArticleEntry {
  meta: ArticleMeta;
  at: FactsAt;
}

export function factsAt(at: FactsAt, read: (at: RecordAt) => ArticleFacts): ArticleFacts {
  return at instanceof RecordAt ? read(at) : at;
}

export interface ActorState {
  record: ActorRecord;
  /** articleId -> mention count */
  mentions: Map<string, number>;
  /** Per field, `<date>|<article id>` of the newest article that gave it (a null value gives nothing). */
  attestedAt: { role: string; title: string; country: string };
  /** False while name and kind come from an actor merged into this one, not from its own facts. */
  ownIdentity: boolean;
}

export interface InteractionState {
  record: InteractionRecord;
  /**
   * articleId -> that article's report, in ingest order, when more than one article reports it;
   * null for one report, which the record then holds whole (soleReport): most interactions have
   * one, and a second copy of it was a third of their memory.
   */
  reports: Map<string, ReportFact> | null;
}

export class GraphState {
  readonly articles = new Map<string, ArticleEntry>();
  readonly actors = new Map<string, ActorState>();
  readonly interactions = new Map<string, InteractionState>();
  /** actorId -> ids of interactions it takes part in */
  readonly interactionsByActor = new Map<string, Set<string>>();
  /** personId -> affiliations, one per target, with the `<date>|<article id>` that set the title */
  readonly affiliations = new Map<string, Map<string, AffiliationRecord & { attestedAt: string }>>();
  /** nameKey of every name and alias -> actor ids */
  readonly nameIndex = new Map<string, Set<string>>();
  /** actorId -> knowledge-base names of it (and of actors merged into it) that articles did not use */
  readonly knownNames = new Map<string, Set<string>>();
  /** Last word of every person's name and aliases (the surname) -> person ids */
  readonly surnameIndex = new Map<string, Set<string>>();
  /** Bumped on every change so derived structures (graphology graphs) know when to rebuild. */
  version = 0;
  /** Built by the first search, then added to by addArticle: a store that is only loaded never needs it. */
  private search: SearchIndex | null = null;

  /** One copy of strings many records repeat (rule ids, roles, topics, sources): parsed records each bring their own. */
  private readonly strings = new Map<string, string>();

  constructor(readonly redirects: Map<string, string> = new Map()) {}

  private intern(s: string): string {
    const kept = this.strings.get(s);
    if (kept !== undefined) return kept;
    this.strings.set(s, s);
    return s;
  }

  /** The word indexes of names, titles and evidence sentences of the state (search.ts). */
  searchIndex(): SearchIndex {
    return (this.search ??= SearchIndex.of(this));
  }

  resolve(id: string): string {
    let current = id;
    for (let hops = 0; this.redirects.has(current) && hops < 64; hops++) current = this.redirects.get(current)!;
    return current;
  }

  /**
   * An interaction id as it reads under the merges: `<type>:<date or article part>:<actor ids>`
   * with merged ids replaced by the kept ones, so the id names the participants it shows.
   */
  interactionId(id: string): string {
    if (this.redirects.size === 0) return id;
    const cut = id.lastIndexOf(':');
    if (cut < 0) return id;
    const ids = [...new Set(id.slice(cut + 1).split('+').map((a) => this.resolve(a)))].sort();
    return `${id.slice(0, cut + 1)}${ids.join('+')}`;
  }

  addArticle(facts: ArticleFacts, at: FactsAt = facts): void {
    const articleId = facts.article.id;
    const { text: _text, ...meta } = facts.article;
    meta.source = meta.source === null ? null : this.intern(meta.source);
    meta.language = this.intern(meta.language);
    this.articles.set(articleId, { meta, at });
    if (meta.title) this.search?.titles.add(articleId, meta.title);
    // Newest article wins for properties that change over time, whatever the ingest order.
    const attestedAt = `${facts.article.publishedAt ?? ''}|${articleId}`;
    for (const fact of facts.actors) this.addActorFact(this.resolve(fact.id), fact, articleId, attestedAt);
    for (const aff of facts.affiliations) {
      const personId = this.resolve(aff.personId);
      const targetId = this.resolve(aff.targetId);
      const byTarget = this.affiliations.get(personId) ?? new Map<string, AffiliationRecord & { attestedAt: string }>();
      const prev = byTarget.get(targetId);
      const newer = !prev || (aff.title !== null && attestedAt >= prev.attestedAt);
      byTarget.set(targetId, {
        targetId,
        title: newer ? aff.title ?? prev?.title ?? null : prev.title,
        from: minDate(prev?.from ?? null, aff.from),
        to: prev?.to ?? aff.to,
        attestedAt: newer ? attestedAt : prev.attestedAt,
      });
      this.affiliations.set(personId, byTarget);
    }
    /** The evidence each interaction of the article has from it: its last report's, as folded. */
    const said = new Map<string, string>();
    for (const rawReport of facts.reports) {
      const id = this.interactionId(rawReport.interactionId);
      const report: ReportFact = this.redirects.size === 0 ? rawReport : {
        ...rawReport,
        interactionId: id,
        participants: rawReport.participants.map((p) => ({ ...p, actorId: this.resolve(p.actorId) })),
      };
      const state = this.interactions.get(id);
      const reports = state ? state.reports ?? new Map([soleReport(state.record)]) : new Map<string, ReportFact>();
      reports.set(articleId, report);
      const record = foldReports(id, reports, this.articles);
      record.rule = record.rule === null ? null : this.intern(record.rule);
      record.topicIds = record.topicIds.map((t) => this.intern(t));
      // One copy of each actor id, not one per interaction.
      for (const p of record.participants) {
        p.actorId = this.actors.get(p.actorId)?.record.id ?? p.actorId;
        p.role = this.intern(p.role) as typeof p.role;
      }
      this.interactions.set(id, { record, reports: reports.size > 1 ? reports : null });
      said.set(id, report.evidence);
      for (const p of record.participants) {
        const set = this.interactionsByActor.get(p.actorId) ?? new Set<string>();
        set.add(id);
        this.interactionsByActor.set(p.actorId, set);
      }
    }
    for (const [id, evidence] of said) this.search?.evidence.add(id, evidence);
    this.version++;
  }

  private addActorFact(id: string, fact: ActorFact, articleId: string, attestedAt: string): void {
    let state = this.actors.get(id);
    if (!state) {
      state = {
        record: {
          id, kind: fact.kind, name: fact.name, aliases: [], role: null, title: null,
          organizationType: fact.organizationType, country: null,
        },
        mentions: new Map(),
        attestedAt: { role: '', title: '', country: '' },
        ownIdentity: fact.id === id,
      };
      this.actors.set(id, state);
      this.indexName(fact.name, id);
    }
    if (!this.knownNames.get(id)?.has(fact.name)) {
      const known = this.knownNames.get(id) ?? new Set<string>();
      for (const name of [fact.name, ...knowledgeNames(fact.kind, fact.id)]) {
        known.add(name);
        this.indexName(name, id);
      }
      this.knownNames.set(id, known);
    }
    if (!state.ownIdentity && fact.id === id) {
      // The kept actor of a merge keeps its own name and kind, whatever was folded first.
      const previousName = state.record.name;
      Object.assign(state.record, { kind: fact.kind, name: fact.name, organizationType: fact.organizationType });
      state.record.aliases = state.record.aliases.filter((a) => a !== fact.name);
      if (!state.record.aliases.includes(previousName)) state.record.aliases = [...state.record.aliases, previousName].sort();
      state.ownIdentity = true;
    }
    state.mentions.set(articleId, (state.mentions.get(articleId) ?? 0) + fact.mentions);
    for (const field of ['role', 'title', 'country'] as const) {
      if (fact[field] !== null && attestedAt >= state.attestedAt[field]) {
        (state.record as unknown as Record<string, unknown>)[field] = fact[field];
        state.attestedAt[field] = attestedAt;
      }
    }
    for (const alias of [fact.name, ...fact.aliases]) this.addAlias(state, alias);
  }

  private addAlias(state: ActorState, alias: string): void {
    if (alias !== state.record.name && !state.record.aliases.includes(alias)) {
      state.record.aliases.push(alias);
      state.record.aliases.sort();
    }
    this.indexName(alias, state.record.id);
  }

  private indexName(name: string, id: string): void {
    const key = nameKey(name);
    if (!key) return;
    if (!this.nameIndex.has(key)) this.search?.names.add(key, name);
    addTo(this.nameIndex, key, id);
    if (this.actors.get(id)?.record.kind === 'PERSON') addTo(this.surnameIndex, key.slice(key.lastIndexOf(' ') + 1), id);
  }

  /**
   * Rebuilds from facts: how removal and curation stay exactly consistent with ingestion.
   * A merged actor's name and aliases reach the kept actor because its facts resolve to it.
   */
  static fold(articles: Iterable<{ facts: ArticleFacts; at: FactsAt }>, redirects: Map<string, string>): GraphState {
    const state = new GraphState(redirects);
    for (const { facts, at } of articles) state.addArticle(facts, at);
    return state;
  }
}

function addTo(index: Map<string, Set<string>>, key: string, id: string): void {
  const set = index.get(key) ?? new Set<string>();
  set.add(id);
  index.set(key, set);
}

/** The one report of an interaction, from its record: folding it again gives the same record. */
function soleReport(r: InteractionRecord): [string, ReportFact] {
  const { articleId, evidence, quote } = r.sources[0];
  return [articleId, {
    interactionId: r.id, type: r.type, status: r.status, date: r.date, place: r.place, summary: r.summary, rule: r.rule,
    topicIds: r.topicIds, participants: r.participants, evidence, quote,
  }];
}

function foldReports(id: string, reports: Map<string, ReportFact>, articles: Map<string, ArticleEntry>): InteractionRecord {
  const ordered = [...reports.entries()].sort(([a], [b]) => compareArticles(articles.get(a), articles.get(b)));
  const first = ordered[0][1];
  let status: InteractionStatus = 'PLANNED';
  let place: string | null = null;
  const topics = new Set<string>();
  const roles = new Map<string, ParticipationRecord>();
  for (const [, r] of ordered) {
    if (r.status === 'OCCURRED') status = 'OCCURRED';
    place = place ?? r.place;
    r.topicIds.forEach((t) => topics.add(t));
    for (const p of r.participants) {
      const prev = roles.get(p.actorId);
      if (!prev || ROLE_SPECIFICITY.indexOf(p.role) > ROLE_SPECIFICITY.indexOf(prev.role)) roles.set(p.actorId, { ...p });
    }
  }
  return {
    id, type: first.type, status, date: first.date, place, summary: first.summary, rule: first.rule ?? null,
    participants: [...roles.values()].sort((a, b) => (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0)),
    topicIds: [...topics].sort(),
    sources: ordered.map(([articleId, r]) => {
      const { publishedAt, language } = articles.get(articleId)!.meta;
      return { articleId, evidence: r.evidence, quote: r.quote, publishedAt, language };
    }),
  };
}

/** Oldest article first; undated articles after dated ones; ties by id. */
function compareArticles(a: ArticleEntry | undefined, b: ArticleEntry | undefined): number {
  const da = a?.meta.publishedAt ?? '9999';
  const db = b?.meta.publishedAt ?? '9999';
  if (da !== db) return da < db ? -1 : 1;
  return (a?.meta.id ?? '') < (b?.meta.id ?? '') ? -1 : 1;
}

function minDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}
