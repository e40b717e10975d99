import { Observable, Subject, of } from 'rxjs';
import { pollWhileVisible, type Polled } from './poll';

/** A page whose visibility the test switches. */
class FakePage extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';
  show(state: DocumentVisibilityState): void {
    this.visibilityState = state;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

describe(pollWhileVisible.name, () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('loads at once and on every tick, not while the page is hidden, and at once when it is shown again', () => {
    const page = new FakePage();
    let loads = 0;
    const results: Polled<number>[] = [];
    const subscription = pollWhileVisible(page, 5000, () => of(++loads)).subscribe((r) => results.push(r));
    vi.advanceTimersByTime(0);
    expect(loads).toBe(1);
    vi.advanceTimersByTime(5000);
    expect(loads).toBe(2);

    page.show('hidden');
    vi.advanceTimersByTime(20_000);
    expect(loads).toBe(2);

    page.show('visible');
    expect(loads).toBe(3);
    subscription.unsubscribe();
    vi.advanceTimersByTime(20_000);
    expect(loads).toBe(3);
    expect(results.every((r) => r.ok)).toBe(true);
  });

  it('skips ticks while a slow answer is on its way, but a refresh asks again at once', () => {
    const page = new FakePage();
    const answers: Subject<number>[] = [];
    const load = (): Observable<number> => {
      const answer = new Subject<number>();
      answers.push(answer);
      return answer;
    };
    const refresh = new Subject<void>();
    const results: Polled<number>[] = [];
    pollWhileVisible(page, 3000, load, refresh, 60_000).subscribe((r) => results.push(r));
    vi.advanceTimersByTime(9000);
    expect(answers).toHaveLength(1);

    refresh.next();
    expect(answers).toHaveLength(2);
    answers[1]?.next(7);
    answers[1]?.complete();
    expect(results).toEqual([{ ok: true, value: 7 }]);
  });

  it('reports a failure and goes on polling', () => {
    const page = new FakePage();
    let calls = 0;
    const results: Polled<string>[] = [];
    pollWhileVisible(page, 1000, () => {
      calls += 1;
      return calls === 1 ? new Observable<string>((s) => s.error(new Error('offline'))) : of('back');
    }).subscribe((r) => results.push(r));
    vi.advanceTimersByTime(1000);
    expect(results.map((r) => r.ok)).toEqual([false, true]);
  });
});
