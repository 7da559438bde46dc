/** The `extract --json` contract of DESIGN.md (scored by `actorgraph eval`, src/eval/). */
import type { Article } from '../domain/article';
import type { Extraction } from '../domain/extraction';

export function toContractArticle(file: string, article: Article, e: Extraction) {
  return {
    file,
    articleId: article.id,
    title: article.title,
    language: e.language,
    languageSupported: e.languageSupported,
    publishedAt: e.publishedAt,
    persons: e.persons.map((p) => ({ id: p.id, name: p.name, aliases: p.aliases, role: p.role, country: p.country, title: p.title })),
    countries: e.countries.map((c) => ({ id: c.id, name: c.name })),
    organizations: e.organizations.map((o) => ({ id: o.id, name: o.name, aliases: o.aliases, type: o.type, country: o.country })),
    interactions: e.interactions.map((i) => ({
      id: i.id, type: i.type, participants: i.participants, date: i.date, status: i.status, place: i.place,
      topics: i.topics, evidence: i.evidence, quote: i.quote, rule: i.rule,
    })),
  };
}
