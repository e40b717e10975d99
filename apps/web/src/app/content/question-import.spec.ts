import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ApiRoutes, type BankImportResult, type ErrorBody } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { QuestionImport } from './question-import';

const importUrl = apiUrl(ApiRoutes.programs, 'p1', 'modules', 'm1', 'questions', 'import');
const xlsx = (name = 'bank-soal.xlsx') => new File(['PK'], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });

async function render() {
  localStorage.clear();
  TestBed.configureTestingModule({ imports: [QuestionImport], providers: [provideHttpClient(), provideHttpClientTesting()] });
  const fixture = TestBed.createComponent(QuestionImport);
  fixture.componentRef.setInput('programId', 'p1');
  fixture.componentRef.setInput('moduleId', 'm1');
  const imported = vi.fn();
  fixture.componentInstance.imported.subscribe(imported);
  await fixture.whenStable();
  const page = fixture.nativeElement as HTMLElement;
  const text = (selector: string) => page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  const choose = async (file: File) => {
    const input = page.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  };
  return { fixture, page, text, choose, imported, backend: TestBed.inject(HttpTestingController) };
}

describe(QuestionImport.name, () => {
  it('lists every issue by row and column when the file is refused, and saves nothing', async () => {
    const bank = await render();
    await bank.choose(xlsx());

    const request = bank.backend.expectOne({ method: 'POST', url: importUrl });
    expect((request.request.body as FormData).get('file')).toBeInstanceOf(File);
    const result: BankImportResult = {
      imported: 0,
      issues: [
        { row: 7, column: 'Kunci', code: 'keyMissing', message: 'Kunci jawaban wajib diisi untuk soal pilihan ganda.' },
        { row: 3, column: null, code: 'kindUnknown', message: 'Jenis soal “pilgan” tidak dikenal.' },
        { row: 3, column: 'Poin', code: 'points', message: 'Poin harus bilangan bulat 1–100.' },
      ],
    };
    request.flush(result);
    await bank.fixture.whenStable();

    expect(bank.text('[data-testid=import-refused]')).toContain('“bank-soal.xlsx” memiliki 3 masalah, sehingga tidak ada soal yang disimpan.');
    const rows = Array.from(bank.page.querySelectorAll('[data-testid=import-issue]')).map((row) =>
      Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['3', '—', 'Jenis soal “pilgan” tidak dikenal.'],
      ['3', 'Poin', 'Poin harus bilangan bulat 1–100.'],
      ['7', 'Kunci', 'Kunci jawaban wajib diisi untuk soal pilihan ganda.'],
    ]);
    expect(bank.imported).not.toHaveBeenCalled();
  });

  it('reports how many questions joined the bank when the file is clean', async () => {
    const bank = await render();
    await bank.choose(xlsx('soal-humas.xlsx'));
    bank.backend.expectOne(importUrl).flush({ imported: 24, issues: [] } satisfies BankImportResult);
    await bank.fixture.whenStable();

    expect(bank.text('[data-testid=import-done] p')).toBe('24 soal dari “soal-humas.xlsx” ditambahkan ke bank.');
    expect(bank.page.querySelector('[data-testid=import-issues]')).toBeNull();
    expect(bank.imported).toHaveBeenCalledWith(24);
  });

  it('turns away a file that is not XLSX before uploading it', async () => {
    const bank = await render();
    await bank.choose(new File(['a;b'], 'soal.csv', { type: 'text/csv' }));
    bank.backend.expectNone(importUrl);
    expect(bank.text('[data-testid=import-problem]')).toContain('“soal.csv” bukan berkas XLSX.');
  });

  it('shows why the server could not read the file at all', async () => {
    const bank = await render();
    await bank.choose(xlsx());
    const refused: ErrorBody = {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Periksa kembali data yang dikirim.',
      errors: [{ field: 'file', code: 'unreadable', message: 'Berkas tidak dapat dibaca sebagai XLSX.' }],
      requestId: 'r1',
    };
    bank.backend.expectOne(importUrl).flush(refused, { status: 400, statusText: 'Bad Request' });
    await bank.fixture.whenStable();
    expect(bank.text('[data-testid=import-problem]')).toContain('Berkas tidak dapat dibaca sebagai XLSX.');
  });

  it('downloads the template with an example of each kind', async () => {
    const bank = await render();
    bank.page.querySelector<HTMLButtonElement>('button[name=download-template]')!.click();
    const request = bank.backend.expectOne(apiUrl(ApiRoutes.questions, 'import-template'));
    expect(request.request.responseType).toBe('blob');
  });
});
