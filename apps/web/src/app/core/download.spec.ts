import { HttpHeaders, HttpResponse } from '@angular/common/http';
import { attachmentName, downloadAttachment } from './download';

describe('downloads', () => {
  it('reads the file name the server gave an attachment', () => {
    expect(attachmentName('attachment; filename="jadwal-bimtek-jurnalistik-angkatan-2.pdf"')).toBe('jadwal-bimtek-jurnalistik-angkatan-2.pdf');
    expect(attachmentName('attachment; filename=peserta.xlsx')).toBe('peserta.xlsx');
    expect(attachmentName('attachment')).toBeNull();
    expect(attachmentName(null)).toBeNull();
  });

  it('saves the PDF under that name, or a fallback when there is none', () => {
    const names: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:pdf');
    URL.revokeObjectURL = vi.fn();
    const pdf = new Blob(['%PDF-1.3'], { type: 'application/pdf' });
    downloadAttachment(new HttpResponse({ body: pdf, headers: new HttpHeaders({ 'Content-Disposition': 'attachment; filename="jadwal-x-angkatan-1.pdf"' }) }), 'jadwal.pdf');
    downloadAttachment(new HttpResponse({ body: pdf }), 'jadwal.pdf');
    expect(names).toEqual(['jadwal-x-angkatan-1.pdf', 'jadwal.pdf']);
    click.mockRestore();
  });
});
