/**
 * Large answers are sent as UTF-8 bytes encoded once (src/api/response-body.ts): the bytes must be
 * exactly what Node would have sent for the string, and one answer's bytes must not change when the
 * next answer is encoded.
 */
import { BYTES_FROM_LENGTH, responseBody } from '../../src/api/response-body';
import { fixture } from '../helpers/store-fixtures';
import { startTestApi, type TestApi } from '../helpers/api-harness';

/** ASCII, Latin-1, other BMP scripts, an emoji pair and a lone surrogate: every UTF-8 length. */
const MIXED = 'Lavrov, Außenministerin Baerbock, Wadephul — Dąbrowski, 習近平 🇺🇦 lone \ud800 end. ';
const textOf = (length: number, piece = MIXED) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length);

describe('responseBody', () => {
  it('keeps answers shorter than the threshold as the same string', () => {
    const text = textOf(BYTES_FROM_LENGTH - 1);
    expect(responseBody(text)).toBe(text);
  });

  it('sends longer answers as the bytes Node writes for the string, in every script', () => {
    for (const length of [BYTES_FROM_LENGTH, 70_000, 300_000, 2_000_000]) {
      const text = textOf(length);
      const body = responseBody(text);
      expect(Buffer.isBuffer(body)).toBe(true);
      expect((body as Buffer).equals(Buffer.from(text, 'utf8'))).toBe(true);
    }
  });

  it('gives each answer bytes of its own, untouched by the answers encoded after it', () => {
    const first = textOf(40_000);
    const firstBody = responseBody(first) as Buffer;
    responseBody(textOf(40_000, 'zzzzzzzz'));
    responseBody(textOf(90_000, 'éééé'));
    expect(firstBody.equals(Buffer.from(first, 'utf8'))).toBe(true);
  });
});

describe('a large answer over HTTP', () => {
  let api: TestApi;
  const text = textOf(3 * BYTES_FROM_LENGTH, MIXED.replace(' lone \ud800', ''));
  beforeAll(async () => {
    api = await startTestApi({
      populate: async (store) => {
        const { article, extraction } = fixture({ id: 'long', publishedAt: '2025-07-03', text, interactions: [] });
        await store.ingest(article, extraction);
      },
    });
  });
  afterAll(async () => api.close());

  it('arrives whole, with a Content-Length of its bytes', async () => {
    const res = await fetch(`${api.url}graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ article(id: "long") { text } }' }),
    });
    const raw = Buffer.from(await res.arrayBuffer());
    expect(res.status).toBe(200);
    expect(Number(res.headers.get('content-length'))).toBe(raw.length);
    expect(JSON.parse(raw.toString('utf8'))).toEqual({ data: { article: { text } } });
  });
});
