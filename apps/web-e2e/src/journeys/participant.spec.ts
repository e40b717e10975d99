import { composeNip } from '@bimtek/domain';
import type { Browser } from 'playwright-core';
import { baseUrl, chooseOption, launch, phonePage, scrollsSideways, signIn, waitForHome } from '../support/browser';

const unique = Date.now() % 900;
const nip = composeNip({ birthDate: '1994-02-14', serviceStartYear: 2020, serviceStartMonth: 3, gender: 'female', serial: 100 + unique });
const email = `wulan.${Date.now()}@padang.go.id`;
const password = 'Sandi-Wulan-2026';

describe('a participant on a phone', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(async () => browser.close());

  it('registers with consent, signs in with the NIP, edits the profile and finds it saved', async () => {
    const { page, foreignRequests, close } = await phonePage(browser);
    await page.goto(`${baseUrl()}/daftar`);
    await page.locator('h1', { hasText: 'Daftar akun' }).waitFor();

    await page.locator('input[name=email]').fill(email);
    await page.locator('input[name=password]').fill(password);
    await page.locator('input[name=passwordConfirm]').fill(password);
    await chooseOption(page, 'employmentType', 'PNS');
    await page.locator('input[name=nip]').fill(nip);
    await page.locator('input[name=fullName]').fill('Wulan Permata');
    await page.locator('input[name=titleAfter]').fill('S.I.Kom.');
    await chooseOption(page, 'rank', 'III/a');
    await page.locator('input[name=position]').fill('Pengelola Media Sosial');
    await chooseOption(page, 'agencyId', 'BKPSDM Kota Padang');
    await chooseOption(page, 'unitId', 'Dinas Komunikasi dan Informatika');
    await page.locator('input[name=phone]').fill('0812 7777 1234');
    expect(await scrollsSideways(page)).toBe(false);
    await page.locator('mat-checkbox[name=consent] input').check();
    await page.locator('button[name=submit]').click();

    // A new account lands on the home page, greeted by name; the profile shows what was entered.
    await waitForHome(page);
    await page.locator('h1', { hasText: 'Wulan Permata, S.I.Kom.' }).waitFor();
    await page.goto(`${baseUrl()}/profil`);
    await page.locator('mat-card-title', { hasText: 'Wulan Permata, S.I.Kom.' }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);

    // Sign out, then back in with the NIP as printed on documents (with spaces).
    await page.locator('button[name=user-menu]').click();
    await page.locator('button[name=sign-out]').click();
    await page.waitForURL(/\/masuk/);
    await signIn(page, `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`, password);
    await waitForHome(page);
    await page.goto(`${baseUrl()}/profil`);

    const position = page.locator('input[name=position]');
    await position.fill('Pranata Humas Ahli Pertama');
    await page.locator('button[name=save]').click();
    await page.getByText('Profil tersimpan.').waitFor();

    await page.reload();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name=position]')?.value === 'Pranata Humas Ahli Pertama');
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('shows what is wrong, field by field, instead of sending bad data', async () => {
    const { page, close } = await phonePage(browser);
    await page.goto(`${baseUrl()}/daftar`);
    await chooseOption(page, 'employmentType', 'PNS');
    await page.locator('input[name=nip]').fill('19940230');
    await page.locator('input[name=email]').fill('bukan-email');
    await page.locator('button[name=submit]').click();
    await page.locator('mat-error').first().waitFor();
    const errors = await page.locator('mat-error').allTextContents();
    expect(errors.join(' ')).toMatch(/email/i);
    expect(errors.join(' ')).toMatch(/NIP/);
    expect(page.url()).toMatch(/\/daftar$/);
    await close();
  });

  it('refuses a wrong password with a clear message', async () => {
    const { page, close } = await phonePage(browser);
    await signIn(page, 'peserta@bimtek.local', 'salah-sekali-123');
    await page.getByText('Email/NIP atau kata sandi salah.').waitFor();
    expect(page.url()).toMatch(/\/masuk/);
    await close();
  });

  it('switches to English and keeps the choice after a reload', async () => {
    const { page, close } = await phonePage(browser);
    await page.goto(`${baseUrl()}/masuk`);
    // Wait for the rendered title: reading the first h1 at once raced the page's first render on a loaded CI machine.
    await page.locator('h1', { hasText: 'Masuk' }).waitFor();
    await page.locator('button[name=language]').click();
    await page.locator('button[name=language-en]').click();
    await page.locator('h1', { hasText: 'Sign in' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.reload();
    await page.locator('h1', { hasText: 'Sign in' }).waitFor();
    await signIn(page, 'peserta@bimtek.local', 'salah-sekali-123');
    await page.getByText('Wrong email/NIP or password.').waitFor();
    await close();
  });
});
