import { runUntil } from '../../helpers/extraction-harness';

describe('identity stage', () => {
  it('hashes the normalised text: the same article in other spacing gets the same id', () => {
    const a = runUntil('identity', 'Trump called  Putin .\r\n\r\nIt was long.').articleId;
    const b = runUntil('identity', 'Trump called Putin.\n\nIt was long.').articleId;
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(a).toBe(b);
  });
});
