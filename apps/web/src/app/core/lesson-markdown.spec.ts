import { attachmentImageIds, renderLessonMarkdown } from './lesson-markdown';

const A1 = '3f6c1e2a-7b8d-4c9e-a0f1-2b3c4d5e6f70';
const A2 = '3f6c1e2a-7b8d-4c9e-a0f1-2b3c4d5e6f71';

describe('lesson Markdown', () => {
  it('lists each attachment the text shows as an image once, ignoring web images and links', () => {
    const body = `![Rapat](attachment:${A1})\n\n![Lagi](attachment:${A1}) ![Web](https://example.org/a.png) [Slide](attachment:${A2})`;
    expect(attachmentImageIds(body)).toEqual([A1]);
  });

  it('renders headings, lists and emphasis, and shows attachment images from the URLs given', () => {
    const html = renderLessonMarkdown(`## Siaran pers\n\n- **Judul** singkat\n- Lead\n\n![Foto kegiatan](attachment:${A1})`, new Map([[A1, 'blob:foto-1']]));
    expect(html).toContain('<h2>Siaran pers</h2>');
    expect(html).toContain('<li><strong>Judul</strong> singkat</li>');
    expect(html).toContain('<img src="blob:foto-1" alt="Foto kegiatan">');
    expect(html).toContain('<span class="lesson-caption">Foto kegiatan</span>');
  });

  it('holds a place for an image still loading and says when one is missing', () => {
    const body = `![Sedang dimuat](attachment:${A1})\n\n![Gagal](attachment:${A2})\n\n![Berbahaya](javascript:alert(1))`;
    const html = renderLessonMarkdown(body, new Map([[A2, null]]));
    expect(html).toContain('<span class="lesson-image-pending">Sedang dimuat</span>');
    expect(html).toContain('<span class="lesson-image-missing">Gagal</span>');
    expect(html).toContain('<span class="lesson-image-missing">Berbahaya</span>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
  });

  it('shows web images and opens web links in a new tab', () => {
    const html = renderLessonMarkdown('![Logo](https://example.org/logo.png "Logo SPBE") [Panduan](https://example.org/panduan)', new Map());
    expect(html).toContain('<img src="https://example.org/logo.png" alt="Logo" title="Logo SPBE">');
    expect(html).toContain('<a href="https://example.org/panduan" target="_blank" rel="noopener noreferrer">Panduan</a>');
  });

  it('shows raw HTML as text and drops links with other schemes', () => {
    const html = renderLessonMarkdown('<script>alert(1)</script>\n\nTeks <b onclick="x()">tebal</b> [klik](javascript:alert(1)) [berkas](attachment:' + A2 + ')', new Map());
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b onclick=&quot;x()&quot;&gt;tebal&lt;/b&gt;');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b ');
    expect(html).not.toContain('href');
    expect(html).toContain('klik');
    expect(html).toContain('berkas');
  });
});
