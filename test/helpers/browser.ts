/**
 * Browser tests (test/web-*.e2e-spec.ts): Debian's Chromium (/usr/bin/chromium, installed by .ci/run when missing)
 * driven by playwright-core (no browser download), and axe-core run inside the page.
 */
import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { ON_POSTGRES } from './test-db.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh context (cookies of its own) with Vietnamese locale; `javaScriptEnabled: false` for the no-JS journeys. */
export async function newContext(browser: Browser, opts: BrowserContextOptions = {}): Promise<BrowserContext> {
  const ctx = await browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 360, height: 800 },
    acceptDownloads: true,
    ...opts,
  });
  if (opts.javaScriptEnabled === false) NO_JS_CONTEXTS.add(ctx);
  return ctx;
}

/** Contexts opened with JavaScript disabled: axe-core cannot run in their pages (see axeCheck). */
const NO_JS_CONTEXTS = new WeakSet<BrowserContext>();

const AXE_SOURCE = readFileSync(join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * axe-core's violations of impact serious or critical on the current page (WCAG 2.x A/AA rules and best practices).
 * The page's CSP forbids inline scripts, so axe is evaluated through the DevTools protocol (page.evaluate), which CSP
 * does not govern. In a context with JavaScript disabled evaluate still runs but the page's timers never fire (axe.run
 * would never finish), so the check opens the same HTML in a JS-enabled page of a new context.
 */
export async function axeCheck(page: Page): Promise<AxeViolation[]> {
  const run = async (p: Page) => {
    await p.evaluate(AXE_SOURCE);
    return p.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } }).axe;
      const result = (await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        resultTypes: ['violations'],
      })) as {
        violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
      };
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => JSON.stringify(n.target)),
      }));
    });
  };
  let violations: AxeViolation[];
  if (page.context().browser() && (await jsEnabled(page))) violations = await run(page);
  else {
    // A no-JS context: check the same document in a JS-enabled page of a new context (same HTML, same CSS).
    const html = await page.content();
    const url = page.url();
    const ctx = await page
      .context()
      .browser()!
      .newContext({ viewport: page.viewportSize() ?? undefined });
    const p = await ctx.newPage();
    await p.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await p.goto(url);
    violations = await run(p);
    await ctx.close();
  }
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Whether scripts of the page run. `page.evaluate` itself works with JavaScript disabled, but timers and promises of
 * the page never fire there, so axe.run would wait forever: contexts made by newContext are known; any other page is
 * probed with a timer, bounded to 2 s.
 */
async function jsEnabled(page: Page): Promise<boolean> {
  if (NO_JS_CONTEXTS.has(page.context())) return false;
  const timer = page
    .evaluate(() => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 0)))
    .catch(() => false);
  return Promise.race([timer, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2_000))]);
}

/** Screenshots of the current page at 360×800 and 1280×800 into docs/screenshots/web/, only with UPDATE_SCREENSHOTS=1 (SQLite run). */
export async function pageScreenshots(page: Page, name: string): Promise<void> {
  if (ON_POSTGRES || process.env.UPDATE_SCREENSHOTS !== '1') return;
  const dir = join(process.cwd(), 'docs', 'screenshots', 'web');
  mkdirSync(dir, { recursive: true });
  const before = page.viewportSize();
  for (const [w, h] of [
    [360, 800],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: join(dir, `${name}-${w}.png`), fullPage: false });
  }
  if (before) await page.setViewportSize(before);
}
