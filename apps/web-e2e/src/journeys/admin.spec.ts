import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, baseUrl, launch, phonePage, scrollsSideways, signIn, waitForHome } from '../support/browser';

describe('admins and organizers on a phone', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(async () => browser.close());

  it('shows each role only the menus its permissions allow', async () => {
    const participant = await phonePage(browser);
    await signIn(participant.page, 'peserta@bimtek.local');
    await waitForHome(participant.page);
    await participant.page.locator('button[name=toggle-menu]').click();
    await participant.page.locator('mat-nav-list').waitFor();
    const participantMenu = await participant.page.locator('mat-nav-list a').allTextContents();
    expect(participantMenu.join('|')).not.toMatch(/Pengguna|Audit|Kotak keluar/);
    await participant.page.goto(`${baseUrl()}/admin/pengguna`);
    await participant.page.waitForURL((url) => !url.pathname.startsWith('/admin'));
    await participant.close();

    const admin = await phonePage(browser);
    await signIn(admin.page, 'admin@bimtek.local');
    await waitForHome(admin.page);
    await admin.page.goto(`${baseUrl()}/admin/pengguna`);
    await admin.page.getByText('admin@bimtek.local').first().waitFor();
    await admin.page.locator('input[name=search]').fill('Nurhaliza');
    await admin.page.getByText('peserta@bimtek.local').first().waitFor();
    await admin.page.waitForFunction(() => !document.body.innerText.includes('admin@bimtek.local\n'));
    expect(await scrollsSideways(admin.page)).toBe(false);
    await admin.close();
  });

  it('resets a forgotten password through the link that lands in the outbox', async () => {
    const visitor = await phonePage(browser);
    await visitor.page.goto(`${baseUrl()}/lupa-sandi`);
    await visitor.page.locator('input[name=email]').fill('peserta02@bimtek.local');
    await visitor.page.locator('button[name=submit]').click();
    await visitor.page.getByText(/tautan untuk mengatur ulang kata sandi telah dikirim/).waitFor();

    const admin = await phonePage(browser);
    await signIn(admin.page, 'admin@bimtek.local');
    await waitForHome(admin.page);
    await admin.page.goto(`${baseUrl()}/admin/kotak-keluar`);
    const link = admin.page.locator('a[href*="/atur-ulang-sandi?token="]').first();
    await link.waitFor({ state: 'attached' });
    const href = await link.getAttribute('href');
    expect(href).toContain(baseUrl());
    await admin.close();

    await visitor.page.goto(href!);
    await visitor.page.locator('input[name=newPassword]').fill('Sandi-Pulih-2026');
    await visitor.page.locator('input[name=passwordConfirm]').fill('Sandi-Pulih-2026');
    await visitor.page.locator('button[name=submit]').click();
    await visitor.page.waitForURL(/\/masuk/);
    await signIn(visitor.page, 'peserta02@bimtek.local', 'Sandi-Pulih-2026');
    await waitForHome(visitor.page);
    // The old password no longer works.
    const other = await phonePage(browser);
    await signIn(other.page, 'peserta02@bimtek.local', DEMO_PASSWORD);
    await other.page.getByText('Email/NIP atau kata sandi salah.').waitFor();
    await other.close();
    await visitor.close();
  });
});
