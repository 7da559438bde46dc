/**
 * /explore and /graphiql in a real browser (Debian's chromium) on the seeds, as `npm start` serves
 * them, with every request to another origin refused as if offline: the explorer finds Putin,
 * lists Trump among his connections and shows the evidence of their calls; a criticism shows its
 * direction, and an article ingested while the page is open shows up without a reload; GraphiQL
 * runs a README query and a subscription; the landing page, offline, still links to them. Neither page may ask another origin for
 * anything or log a console error. The screenshots land in test-output/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { CHROMIUM, launchChromium, offlineContext, SCREENSHOTS } from '../helpers/browser';
import { postGraphQL, startServeProcess, type ServeProcess } from '../helpers/serve-process';

if (!CHROMIUM && process.env.CI) throw new Error('CI must run the browser tests: install chromium (.ci/run does)');
if (!CHROMIUM) process.stderr.write('Browser tests skipped: no chromium found (apt-get install chromium, or set CHROMIUM_PATH)\n');
const describeInBrowser = CHROMIUM ? describe : describe.skip;

/** Milei's call, criticised by Boric (a directed CRITICISM, Boric → Milei); then his meeting with Meloni. */
const CRITICISED_CALL = 'Argentine President Javier Milei called Brazilian President Lula on Monday. Chilean President Gabriel Boric sharply criticised the call.';
const MELONI_MEETING = 'Argentine President Javier Milei met Italian Prime Minister Giorgia Meloni in Rome on Tuesday.';
const MEETING_IN_SANTIAGO = 'Argentine President Javier Milei met Chilean President Gabriel Boric in Santiago on Wednesday.';
const INGEST = 'mutation($text: String!, $title: String!) { ingestArticle(input: { text: $text, title: $title, publishedAt: "2025-03-05" }) { interactions { type } } }';

describeInBrowser('web pages in chromium, offline', () => {
  let server: ServeProcess;
  let browser: Browser;
  let dataDir: string;
  let origin: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'actorgraph-web-'));
    mkdirSync(SCREENSHOTS, { recursive: true });
    [server, browser] = await Promise.all([startServeProcess(['--seed', 'seeds'], { DATA_DIR: dataDir, NEO4J_URI: '' }), launchChromium()]);
    origin = new URL(server.url).origin;
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('finds Putin by name, lists Donald Trump among his connections and shows the evidence of their calls', async () => {
    const expected = (await postGraphQL(server.url, `{ conversations(between: ["vladimir-putin", "donald-trump"], filter: { types: [CALL, MEETING, TALKS, CONSULTATION] }) {
      date sources { evidence } } }`)).data as { conversations: { date: string | null; sources: { evidence: string }[] }[] };
    const { context, faults } = await offlineContext(browser, origin);
    const page = await context.newPage();
    await page.goto(`${server.url}explore`);
    await page.getByRole('searchbox', { name: 'Actor' }).fill('Putin');
    await page.getByRole('searchbox', { name: 'Actor' }).press('Enter');

    const connections = page.getByRole('list', { name: 'Connections' });
    await connections.getByRole('listitem').filter({ hasText: 'Donald Trump' }).waitFor();
    await connections.getByRole('button', { name: 'Donald Trump', exact: true }).click();

    const evidence = page.getByRole('region', { name: 'Evidence' });
    await evidence.getByRole('heading', { name: 'CALL · 2025-07-03' }).waitFor();
    expect(await evidence.getByRole('heading', { level: 3 }).allInnerTexts())
      .toEqual(['CALL · 2025-05-19', 'CALL · 2025-06-04', 'CALL · 2025-07-03', 'CALL · date unknown']);
    const shown = await evidence.locator('blockquote').allInnerTexts();
    expect(shown).toEqual(expected.conversations.flatMap((c) => c.sources.map((s) => s.evidence)));
    for (const date of ['2025-05-19', '2025-06-04', '2025-07-03']) {
      expect(expected.conversations.filter((c) => c.date === date)).toHaveLength(1);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'explore-putin-trump.png'), fullPage: true });

    // June 2025 on the timeline strip: only the June call is left; all dates bring the others back.
    const calls = evidence.getByRole('heading', { level: 3 });
    await page.getByRole('group', { name: 'Interactions by month' }).getByRole('button', { name: /^2025-06:/ }).click();
    await evidence.getByText('1 interaction', { exact: false }).waitFor();
    expect(await calls.allInnerTexts()).toEqual(['CALL · 2025-06-04']);
    expect(await page.getByLabel('From').inputValue()).toBe('2025-06-01');
    await page.getByRole('button', { name: 'All dates' }).click();
    await evidence.getByText('4 interactions', { exact: false }).waitFor();
    expect(await calls.count()).toBe(4);

    // Re-centre on Trump: his connections now include Putin.
    await page.getByRole('button', { name: 'Centre on Donald Trump' }).click();
    await connections.getByRole('button', { name: 'Vladimir Putin', exact: true }).waitFor();
    expect(await page.getByRole('searchbox', { name: 'Actor' }).inputValue()).toBe('Donald Trump');

    // A name nobody has: said so, with actors whose names contain it.
    await page.getByRole('searchbox', { name: 'Actor' }).fill('Vladimir Pu');
    await page.getByRole('searchbox', { name: 'Actor' }).press('Enter');
    await page.getByRole('status').getByText('No actor named "Vladimir Pu". Did you mean: Vladimir Putin?').waitFor();

    expect(faults).toEqual({ foreignRequests: [], consoleErrors: [] });
    await context.close();
  });

  it('shows who criticised whom, and a meeting ingested while the page is open, without a reload', async () => {
    // The test's own ingest, over HTTP from loopback (no API_TOKEN set), as any client's.
    const ingest = async (text: string, title: string) => {
      const res = await postGraphQL(server.url, INGEST, { text, title });
      expect(res.errors).toBeUndefined();
      return (res.data as { ingestArticle: { interactions: { type: string }[] } }).ingestArticle.interactions.map((i) => i.type);
    };
    expect(await ingest(CRITICISED_CALL, 'Boric criticises Milei')).toEqual(['CALL', 'CRITICISM']);
    const { context, faults } = await offlineContext(browser, origin);
    const page = await context.newPage();
    await page.goto(`${server.url}explore?actor=${encodeURIComponent('Javier Milei')}`);
    const connections = page.getByRole('list', { name: 'Connections' });
    await connections.getByRole('button', { name: 'Luiz Inácio Lula da Silva', exact: true }).waitFor();

    // With criticism among the types, Boric is a connection, with the direction of his criticism.
    await page.getByRole('checkbox', { name: 'criticism' }).check();
    const boric = connections.getByRole('listitem').filter({ hasText: 'Gabriel Boric' });
    await boric.waitFor();
    expect(await connections.getByRole('button', { name: /^(?!Centre on )/ }).allInnerTexts()).toEqual(['Gabriel Boric', 'Luiz Inácio Lula da Silva']);
    expect(await boric.getByText('→').allInnerTexts()).toEqual(['Gabriel Boric → Javier Milei: criticism']);
    await boric.getByRole('button', { name: 'Gabriel Boric', exact: true }).click();
    const evidence = page.getByRole('region', { name: 'Evidence' });
    await evidence.getByRole('heading', { name: 'CRITICISM · date unknown' }).waitFor();
    expect(await evidence.getByRole('definition').allInnerTexts()).toEqual([
      'CRITICISM', 'unknown', 'OCCURRED', '—', '—', 'Gabriel Boric → Javier Milei', 'Gabriel Boric (initiator), Javier Milei (recipient)',
    ]);

    // Once the page says its subscription is open, a new article's meeting appears and is announced.
    await page.getByText('Live updates: on', { exact: true }).waitFor();
    expect(await ingest(MELONI_MEETING, 'Milei meets Meloni')).toEqual(['MEETING']);
    await connections.getByRole('button', { name: 'Giorgia Meloni', exact: true }).waitFor();
    await page.getByRole('status').getByText('1 new interaction', { exact: true }).waitFor();
    expect(await connections.getByRole('button', { name: /^(?!Centre on )/ }).allInnerTexts()).toEqual(['Gabriel Boric', 'Giorgia Meloni', 'Luiz Inácio Lula da Silva']);
    // The chosen connection's evidence is still shown.
    expect(await evidence.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(['CRITICISM · date unknown']);
    await page.screenshot({ path: join(SCREENSHOTS, 'explore-live.png'), fullPage: true });

    expect(faults).toEqual({ foreignRequests: [], consoleErrors: [] });
    await context.close();
  });

  it('runs a README query in GraphiQL', async () => {
    const { context, faults } = await offlineContext(browser, origin);
    const page = await context.newPage();
    const query = '{ actor(name: "Putin") { name counterparts { actor { name } count lastDate topics { id } } } }';
    await page.goto(`${server.url}graphiql?query=${encodeURIComponent(query)}`);
    await page.getByRole('button', { name: /Execute query/ }).click();
    const result = page.locator('.graphiql-response');
    await result.getByText('"Donald Trump"').waitFor();
    // Monaco lays text out with non-breaking spaces.
    expect((await result.innerText()).replace(/\s+/g, ' ')).toContain('"name": "Vladimir Putin"');
    await page.screenshot({ path: join(SCREENSHOTS, 'graphiql.png') });

    // Every operation of examples.graphql is a tab, and the explorer plugin opens.
    for (const name of ['CallsOfSummer2025', 'NetworkAroundPutin', 'DryRunIngest']) await page.getByRole('button', { name, exact: true }).waitFor({ timeout: 5000 });
    await page.getByRole('button', { name: 'Show GraphiQL Explorer' }).click();
    await page.locator('.graphiql-plugin').getByText('Explorer', { exact: true }).waitFor({ timeout: 5000 });

    expect(faults).toEqual({ foreignRequests: [], consoleErrors: [] });
    await context.close();
  });

  it('runs a subscription in GraphiQL and shows the interaction of an article ingested meanwhile', async () => {
    const { context, faults } = await offlineContext(browser, origin);
    const page = await context.newPage();
    const query = 'subscription { interactionAdded(filter: { types: [MEETING] }) { type date participants { actor { name } } } }';
    await page.goto(`${server.url}graphiql?query=${encodeURIComponent(query)}`);
    const socket = page.waitForEvent('websocket');
    await page.getByRole('button', { name: /Execute query/ }).click();
    // The server reads a connection's messages in order, before the test's later HTTP request.
    const ws = await socket;
    expect(ws.url()).toBe(`${server.url.replace(/^http/, 'ws')}graphql`);
    await ws.waitForEvent('framesent', { predicate: (frame) => JSON.parse(String(frame.payload)).type === 'subscribe' });

    const res = await postGraphQL(server.url, INGEST, { text: MEETING_IN_SANTIAGO, title: 'Milei meets Boric' });
    expect(res.errors).toBeUndefined();
    const result = page.locator('.graphiql-response');
    await result.getByText('"Gabriel Boric"').waitFor();
    expect((await result.innerText()).replace(/\s+/g, ' ')).toContain('"type": "MEETING", "date": "2025-03-05"');
    await page.screenshot({ path: join(SCREENSHOTS, 'graphiql-subscription.png') });

    expect(faults).toEqual({ foreignRequests: [], consoleErrors: [] });
    await context.close();
  });

  it('runs GraphiQL in production mode with WEB_PAGES=on, where introspection is off', async () => {
    const prodDir = mkdtempSync(join(tmpdir(), 'actorgraph-web-prod-'));
    const prod = await startServeProcess(['--seed', 'seeds'], { DATA_DIR: prodDir, NEO4J_URI: '', NODE_ENV: 'production', WEB_PAGES: 'on' });
    try {
      const { context, faults } = await offlineContext(browser, new URL(prod.url).origin);
      const page = await context.newPage();
      await page.goto(`${prod.url}graphiql?query=${encodeURIComponent('{ stats { articles } }')}`);
      await page.getByRole('button', { name: /Execute query/ }).click();
      await page.locator('.graphiql-response').getByText('"articles"').waitFor();
      expect((await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ')).toContain('"articles": 5');
      expect(faults).toEqual({ foreignRequests: [], consoleErrors: [] });
      await context.close();
    } finally {
      await prod.stop();
      rmSync(prodDir, { recursive: true, force: true });
    }
  });

  it('links the landing page to the explorer when Apollo Sandbox cannot load', async () => {
    const { context } = await offlineContext(browser, origin);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByText('Apollo Sandbox cannot be loaded').waitFor();
    await page.getByRole('link', { name: 'Explore the network' }).click();
    await page.getByRole('searchbox', { name: 'Actor' }).waitFor();
    expect(page.url()).toBe(`${server.url}explore`);
    await context.close();
  });
});
