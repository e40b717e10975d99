import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PdfCanvas, PdfRenderer } from './pdf-canvas';

@Component({
  imports: [PdfCanvas],
  template: `<bt-pdf-canvas [pdf]="pdf()" />`,
})
class Host {
  readonly pdf = signal<Blob | null>(null);
}

async function render(draw: (pdf: Blob) => Promise<HTMLCanvasElement[]>) {
  TestBed.configureTestingModule({ imports: [Host], providers: [{ provide: PdfRenderer, useValue: { render: draw } }] });
  const fixture = TestBed.createComponent(Host);
  await fixture.whenStable();
  return { fixture, page: fixture.nativeElement as HTMLElement };
}

describe(PdfCanvas.name, () => {
  it('shows the drawn pages, each named for screen readers, and replaces them when a new PDF comes', async () => {
    const drawn = (count: number) => Array.from({ length: count }, () => document.createElement('canvas'));
    const view = await render((pdf) => Promise.resolve(drawn(pdf.size)));

    view.fixture.componentInstance.pdf.set(new Blob(['12']));
    await view.fixture.whenStable();
    const pages = () => Array.from(view.page.querySelectorAll('[data-testid=pdf-pages] canvas'));
    expect(pages().map((canvas) => canvas.getAttribute('aria-label'))).toEqual(['Pratinjau halaman 1', 'Pratinjau halaman 2']);

    view.fixture.componentInstance.pdf.set(new Blob(['1']));
    await view.fixture.whenStable();
    expect(pages()).toHaveLength(1);
    expect(view.page.querySelector('[role=alert]')).toBeNull();
  });

  it('says so when the browser cannot draw the PDF', async () => {
    const view = await render(() => Promise.reject(new Error('no canvas')));
    view.fixture.componentInstance.pdf.set(new Blob(['%PDF']));
    await view.fixture.whenStable();
    expect(view.page.querySelector('[role=alert]')?.textContent).toContain('Pratinjau tidak dapat ditampilkan');
    expect(view.page.querySelector('[role=status]')).toBeNull();
  });
});
