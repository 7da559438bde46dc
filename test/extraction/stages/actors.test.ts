import { run } from '../../helpers/extraction-harness';

describe('actors stage', () => {
  it('gives a person the aliases used in this article, role, country and title as of the date', () => {
    const x = run('Wladimir Putin sprach lange. Putins Sprecher schwieg. Putin ging.', { publishedAt: '2025-06-12' });
    expect(x.persons).toEqual([{
      id: 'vladimir-putin', name: 'Vladimir Putin', aliases: ['Wladimir Putin', 'Putins', 'Putin'], role: 'LEADER',
      country: 'RUS', organization: 'kremlin', title: 'President of Russia', mentions: 3,
    }]);
  });

  it.each([
    ['before the 2024 election', '2024-10-01', null],
    ['as president-elect', '2024-12-01', 'President-elect of the United States'],
    ['as president', '2025-06-12', 'President of the United States'],
  ])('titles Trump %s', (_what, date, title) => {
    const p = run('Trump spoke.', { publishedAt: date }).persons[0];
    expect(p.title).toBe(title ?? 'Former President of the United States');
  });

  it('counts countries named by adjective, demonym and name, with their surface forms', () => {
    expect(run('Russian troops and the Russians left Russia.').countries).toEqual([
      { id: 'RUS', name: 'Russia', aliases: ['Russian', 'Russians', 'Russia'], mentions: 3 },
    ]);
  });

  it('lists organizations with type and country', () => {
    expect(run('The Kremlin and NATO disagreed.').organizations.map((o) => [o.id, o.type, o.country])).toEqual([
      ['kremlin', 'GOVERNMENT_BODY', 'RUS'], ['nato', 'ALLIANCE', null],
    ]);
  });
});
