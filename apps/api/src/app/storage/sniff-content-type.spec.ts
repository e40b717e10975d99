import { sniffContentType } from './sniff-content-type';

describe('content type from the first bytes', () => {
  it('recognises JPEG, PNG, WebP and PDF whatever the file is called', () => {
    expect(sniffContentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(sniffContentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffContentType(Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]))).toBe('image/webp');
    expect(sniffContentType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('recognises PowerPoint and Word files by the parts inside the ZIP, and no other ZIP', () => {
    const zip = (...names: string[]) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), ...names.map((n) => Buffer.from(n))]);
    expect(sniffContentType(zip('[Content_Types].xml', 'ppt/presentation.xml'))).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
    expect(sniffContentType(zip('[Content_Types].xml', 'word/document.xml'))).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(sniffContentType(zip('[Content_Types].xml', 'xl/workbook.xml'))).toBeNull();
    expect(sniffContentType(zip('index.html'))).toBeNull();
  });

  it('refuses HTML, SVG and scripts dressed up as images', () => {
    expect(sniffContentType(Buffer.from('<html><script>alert(1)</script>'))).toBeNull();
    expect(sniffContentType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))).toBeNull();
    expect(sniffContentType(Buffer.alloc(0))).toBeNull();
  });
});
