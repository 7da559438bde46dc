/** A knowledge data file is malformed; the message names the file and the entry. */
export class KnowledgeError extends Error {
  constructor(file: string, detail: string) {
    super(`knowledge file ${file}: ${detail}`);
    this.name = 'KnowledgeError';
  }
}
