import type { IsoDate } from './extraction';

/** An article as stored: the normalised text plus where it came from. */
export interface Article {
  /** Hash of the normalised text (see extraction `articleId`). */
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  language: string;
  publishedAt: IsoDate | null;
  text: string;
}

/** Metadata a caller knows about an article besides its text (manifest, CLI flags, mutation input). */
export interface ArticleMetadata {
  title?: string | null;
  url?: string | null;
  source?: string | null;
  publishedAt?: IsoDate | null;
  language?: string | null;
}
