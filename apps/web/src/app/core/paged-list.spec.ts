import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Page } from '@bimtek/contracts';
import { Subject } from 'rxjs';
import { Notifier } from './notifier';
import { type PageQuery, pagedList } from './paged-list';

interface NameQuery extends PageQuery {
  search: string;
}

function pageOf(...items: string[]): Page<string> {
  return { items, total: items.length, page: 1, pageSize: 20 };
}

function setUp() {
  const notifier = { error: vi.fn() };
  TestBed.configureTestingModule({ providers: [{ provide: Notifier, useValue: notifier }] });
  const requests: { query: NameQuery; answer: Subject<Page<string>> }[] = [];
  const query = signal<NameQuery>({ search: '', page: 1, pageSize: 20 });
  const list = TestBed.runInInjectionContext(() =>
    pagedList(query, (current) => {
      const answer = new Subject<Page<string>>();
      requests.push({ query: current, answer });
      return answer;
    }),
  );
  TestBed.tick();
  return { notifier, requests, query, list };
}

describe(pagedList.name, () => {
  it('loads the first page at once and shows that it is loading', () => {
    const { requests, list } = setUp();

    expect(requests.map((request) => request.query)).toEqual([{ search: '', page: 1, pageSize: 20 }]);
    expect(list.loading()).toBe(true);
    expect(list.result()).toBeNull();

    requests[0].answer.next(pageOf('Rina'));
    expect(list.loading()).toBe(false);
    expect(list.result()?.items).toEqual(['Rina']);
  });

  it('drops the answer to an older query', () => {
    const { requests, query, list } = setUp();
    query.set({ search: 'rina', page: 1, pageSize: 20 });
    TestBed.tick();

    requests[0].answer.next(pageOf('Budi'));
    expect(list.result()).toBeNull();
    requests[1].answer.next(pageOf('Rina'));
    expect(list.result()?.items).toEqual(['Rina']);
  });

  it('reports a failure and keeps the page that was on screen', () => {
    const { notifier, requests, list } = setUp();
    requests[0].answer.next(pageOf('Rina'));
    list.reload();
    TestBed.tick();

    const failure = new Error('offline');
    requests[1].answer.error(failure);
    expect(notifier.error).toHaveBeenCalledWith(failure);
    expect(list.loading()).toBe(false);
    expect(list.result()?.items).toEqual(['Rina']);
  });

  it('turns the paginator’s zero-based page into the API’s page and keeps the filters', () => {
    const { requests, query, list } = setUp();
    query.set({ search: 'rina', page: 1, pageSize: 20 });
    list.changePage({ pageIndex: 2, pageSize: 50, length: 200 });
    TestBed.tick();

    expect(requests.at(-1)?.query).toEqual({ search: 'rina', page: 3, pageSize: 50 });
  });

  it('fetches the same query again on reload', () => {
    const { requests, list } = setUp();
    list.reload();
    TestBed.tick();

    expect(requests.map((request) => request.query.page)).toEqual([1, 1]);
  });
});
