import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiRoutes, type KioskView } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { KioskPage } from './kiosk-page';

const SECOND = 1000;

function kioskView(overrides: Partial<KioskView>): KioskView {
  const now = Date.now();
  return {
    batchId: 'b1',
    batchName: 'Angkatan I',
    programTitle: 'Bimtek SPBE',
    unit: {
      key: 's1',
      title: 'Kebijakan SPBE',
      date: '2024-12-02',
      startsAt: '2024-12-02T00:00:00Z',
      endsAt: '2024-12-02T02:00:00Z',
      opensAt: '2024-12-01T23:30:00Z',
      closesAt: '2024-12-02T02:00:00Z',
      lateAfter: '2024-12-02T00:15:00Z',
      sessionIds: ['s1'],
    },
    window: 'open',
    code: '042117',
    serverNow: new Date(now).toISOString(),
    validUntil: new Date(now + 20 * SECOND).toISOString(),
    stepSeconds: 30,
    expected: 40,
    present: 12,
    late: 3,
    recent: [{ fullName: 'Rina Wati', unitName: 'Dinas Kominfo', status: 'hadir', checkedInAt: '2024-12-02T00:05:00Z' }],
    ...overrides,
  };
}

async function render() {
  localStorage.clear();
  TestBed.configureTestingModule({
    imports: [KioskPage],
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
  });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(KioskPage);
  fixture.componentRef.setInput('id', 'b1');
  fixture.componentRef.setInput('unitKey', 's1');
  // The first poll starts on a timer.
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await fixture.whenStable();
  };
  await settle();
  backend.expectOne(apiUrl(ApiRoutes.batches, 'b1')).flush({ timeZone: 'Asia/Makassar' });
  const answer = async (view: KioskView) => {
    backend.expectOne(apiUrl(ApiRoutes.batches, 'b1', 'attendance', 'units', 's1', 'kiosk')).flush(view);
    await settle();
  };
  const text = (testId: string) => (fixture.nativeElement as HTMLElement).querySelector(`[data-testid=${testId}]`)?.textContent?.trim() ?? null;
  return { answer, text };
}

describe(KioskPage.name, () => {
  it('shows the code in two groups, the count of those present and the arrivals in the venue’s time', async () => {
    const kiosk = await render();
    await kiosk.answer(kioskView({}));

    expect(kiosk.text('kiosk-code')).toBe('042 117');
    expect(kiosk.text('kiosk-present')).toBe('12');
    expect(kiosk.text('kiosk-late')).toContain('3');
    expect(kiosk.text('kiosk-recent')).toContain('Rina Wati');
    expect(kiosk.text('kiosk-recent')).toContain('08:05');
    expect(kiosk.text('kiosk-countdown')).toMatch(/\b(19|20) detik/);
  });

  it('counts down by the server’s clock, not the projector’s', async () => {
    const kiosk = await render();
    // The server is five minutes ahead; its code changes 12 s from its now.
    const serverNow = Date.now() + 5 * 60 * SECOND;
    await kiosk.answer(kioskView({ serverNow: new Date(serverNow).toISOString(), validUntil: new Date(serverNow + 12 * SECOND).toISOString() }));

    expect(kiosk.text('kiosk-countdown')).toMatch(/\b(11|12) detik/);
  });

  it('says when check-in is over instead of showing a code', async () => {
    const kiosk = await render();
    await kiosk.answer(kioskView({ window: 'closed', code: '' }));

    expect(kiosk.text('kiosk-code')).toBeNull();
    expect(kiosk.text('kiosk-closed')).toContain('Presensi sudah ditutup');
    expect(kiosk.text('kiosk-closed')).toContain('10:00');
    expect(kiosk.text('kiosk-present')).toBe('12');
  });
});
