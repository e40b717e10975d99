import { type Signal, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { type BatchView, Permission } from '@bimtek/contracts';
import { catchError, of, switchMap } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { ProgramsService } from '../programs/programs.service';

/**
 * The batch's name and time zone for the page header and the schedule dialogs. Only organizers may
 * read a batch (programs:manage); for trainers it stays null and times show in the device's zone.
 */
export function batchContext(batchId: Signal<string>): Signal<BatchView | null> {
  if (!inject(AuthService).can(Permission.ProgramsManage)) return signal(null).asReadonly();
  const programs = inject(ProgramsService);
  const batch = toObservable(batchId).pipe(switchMap((id) => programs.batch(id).pipe(catchError(() => of(null)))));
  return toSignal(batch, { initialValue: null });
}
