import type { MatDialog } from '@angular/material/dialog';
import { type Observable, filter, map } from 'rxjs';
import { ConfirmDialog, type ConfirmData } from '../core/confirm-dialog';

/** Asks before a lesson, question, assignment or test is deleted; emits once, and only when confirmed. */
export function askToDelete(dialog: MatDialog, data: Omit<ConfirmData, 'confirm'>): Observable<void> {
  return dialog
    .open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, { data: { ...data, confirm: 'common.delete' }, maxWidth: '100vw', width: '440px' })
    .afterClosed()
    .pipe(
      filter((confirmed) => confirmed === true),
      map(() => undefined),
    );
}
