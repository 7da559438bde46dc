/**
 * Debian's chromium driven by playwright-core, for the browser tests of the web pages. Where no
 * chromium exists the tests are skipped (one line says so), except in CI, where .ci/run installs it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { REPO } from './cli';

export const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  .find((path): path is string => !!path && existsSync(path));

/** Screenshots for people to look at; gitignored. */
export const SCREENSHOTS = join(REPO, 'test-output');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
      // sigma draws with WebGL: without a GPU, chromium needs its software renderer allowed.
      '--enable-unsafe-swiftshader',
    ],
  });
}

/** What a page did that it must not: requests to another origin (refused, as offline) and console errors. */
export interface PageFaults { foreignRequests: string[]; consoleErrors: string[] }

export async function offlineContext(browser: Browser, origin: string): Promise<{ context: BrowserContext; faults: PageFaults }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const faults: PageFaults = { foreignRequests: [], consoleErrors: [] };
  await context.route((url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:', async (route) => {
    faults.foreignRequests.push(route.request().url());
    await route.abort('internetdisconnected');
  });
  // WebSockets are not routes: the pages' own (live updates, subscriptions) must go to the origin too.
  await context.routeWebSocket((url) => url.host !== new URL(origin).host, (ws) => {
    faults.foreignRequests.push(ws.url());
    void ws.close();
  });
  context.on('console', (message) => { if (message.type() === 'error') faults.consoleErrors.push(message.text()); });
  context.on('weberror', (error) => { faults.consoleErrors.push(String(error.error())); });
  return { context, faults };
}
