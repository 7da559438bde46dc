/** Text + metadata -> the Article to store and what was extracted from it. Pure. */
import type { Article, ArticleMetadata } from '../domain/article';
import type { Extraction } from '../domain/extraction';
import { extract } from '../extraction';
import { checkArticleText, checkPublishedAt } from './article-text';

export interface PreparedArticle {
  article: Article;
  extraction: Extraction;
}

export function prepareArticle(text: string, metadata: ArticleMetadata = {}): PreparedArticle {
  const extraction = extract({
    text: checkArticleText(text),
    publishedAt: checkPublishedAt(metadata.publishedAt),
    language: metadata.language ?? null,
  });
  const article: Article = {
    id: extraction.articleId,
    title: metadata.title ?? extraction.title,
    url: metadata.url ?? null,
    source: metadata.source ?? null,
    language: extraction.language,
    publishedAt: extraction.publishedAt,
    text: extraction.text,
  };
  return { article, extraction };
}
