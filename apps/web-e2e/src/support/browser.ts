import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; the flags keep it from reaching for Google services on a closed network. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const PHONE = { width: 360, height: 740 };
export const DEMO_PASSWORD = 'Bimtek-Demo-2026';

export function baseUrl(): string {
  const url = process.env['E2E_BASE_URL'];
  if (!url) throw new Error('E2E_BASE_URL is not set: run through `npm run e2e`');
  return url;
}

/** `extraFlags`, e.g. a fake camera that films a given video file. */
export function launch(extraFlags: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...FLAGS, ...extraFlags] });
}

export interface PhonePage {
  page: Page;
  /** Every URL the page asked for that is not on our own server. */
  foreignRequests: string[];
  close(): Promise<void>;
}

/** A fresh phone-sized browser context (no cookies, no storage). */
export async function phonePage(browser: Browser): Promise<PhonePage> {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'id-ID' });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseUrl()) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  return { page, foreignRequests, close: () => context.close() };
}

/** True when the page is wider than the screen: something makes people scroll sideways. */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

export async function chooseOption(page: Page, selectName: string, optionText: string | RegExp): Promise<void> {
  await page.locator(`mat-select[name=${selectName}]`).click();
  await page.locator('mat-option').filter({ hasText: optionText }).first().click();
}

export async function signIn(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl()}/masuk`);
  await page.locator('input[name=login]').fill(login);
  await page.locator('input[name=password]').fill(password);
  await page.locator('button[name=submit]').click();
}

/** After signing in, everyone lands on the home page (today's and coming sessions). */
export async function waitForHome(page: Page): Promise<void> {
  await page.waitForURL((url) => url.pathname === '/');
  await page.locator('bt-home-page h1').waitFor();
}
