import { type Signal, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { BatchLearningContext } from '@bimtek/contracts';
import { catchError, of, switchMap } from 'rxjs';
import { BatchLearningService } from './batch-learning.service';

/** The batch's programme, name and time zone for the page header and the schedule dialogs (organizers and its trainers). */
export function batchContext(batchId: Signal<string>): Signal<BatchLearningContext | null> {
  const learning = inject(BatchLearningService);
  const batch = toObservable(batchId).pipe(switchMap((id) => learning.context(id).pipe(catchError(() => of(null)))));
  return toSignal(batch, { initialValue: null });
}
