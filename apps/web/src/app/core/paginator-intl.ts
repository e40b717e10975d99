import { Injectable, effect, inject } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { I18n } from '../i18n/i18n';

/** Paginator labels in the current language, updated live when the language changes. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly i18n = inject(I18n);

  constructor() {
    super();
    effect(() => {
      const t = this.i18n.t.bind(this.i18n);
      this.i18n.language();
      this.itemsPerPageLabel = t('paging.itemsPerPage');
      this.nextPageLabel = t('paging.next');
      this.previousPageLabel = t('paging.previous');
      this.firstPageLabel = t('paging.first');
      this.lastPageLabel = t('paging.last');
      this.getRangeLabel = (page, pageSize, length) => {
        if (length === 0) return t('paging.empty');
        const start = page * pageSize;
        const end = Math.min(start + pageSize, length);
        return t('paging.range', { start: start + 1, end, total: length });
      };
      this.changes.next();
    });
  }
}
