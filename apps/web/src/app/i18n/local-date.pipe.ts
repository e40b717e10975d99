import { Pipe, type PipeTransform, inject } from '@angular/core';
import { type DateStyle, I18n } from './i18n';

/** `{{ entry.at | localDate: 'dateTime' }}`, formatted for the current language. */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(value: string | Date | null | undefined, style: DateStyle = 'date'): string {
    return this.i18n.formatDate(value, style);
  }
}
