import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, type ValidatorFn, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  type BatchView,
  type ModuleJpView,
  SESSION_KINDS,
  type SessionKind,
  type SessionRequest,
  type SessionView,
} from '@bimtek/contracts';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { Notifier } from '../core/notifier';
import { applyFieldErrors, errorBodyOf } from '../core/server-errors';
import { sessionKindLabel } from '../i18n/labels';
import { TranslatePipe } from '../i18n/translate.pipe';
import { localParts, zonedIso, ZONE_NAMES } from '../training/zoned-time';
import { ProgramsService } from './programs.service';

export interface SessionDialogData {
  batch: BatchView;
  modules: readonly ModuleJpView[];
  /** Absent: a new session. */
  session?: SessionView;
}

const endAfterStart: ValidatorFn = (group) => {
  const { startsAt, endsAt } = (group as FormGroup<{ startsAt: FormControl<string>; endsAt: FormControl<string> }>).controls;
  const wrong = startsAt.value !== '' && endsAt.value !== '' && endsAt.value <= startsAt.value;
  const { endAfterStart: _previous, ...others } = endsAt.errors ?? {};
  if (wrong) endsAt.setErrors({ ...others, endAfterStart: true });
  else if (_previous) endsAt.setErrors(Object.keys(others).length > 0 ? others : null);
  return null;
};

/**
 * Adds or edits one session. Times are entered in the batch's local time (WIB, WITA or WIT) and sent
 * with that zone's offset, whatever zone the organizer's browser is in. The server's conflict messages
 * (trainer or room already taken) appear under the field they concern.
 */
@Component({
  selector: 'bt-session-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    FieldErrorPipe,
    TranslatePipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ (data.session ? 'timetable.editSession' : 'timetable.addSession') | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        @if (problem(); as message) {
          <p class="notice notice-warn" role="alert" data-testid="session-problem">{{ message }}</p>
        }
        <mat-form-field>
          <mat-label>{{ 'session.kind' | t }}</mat-label>
          <mat-select formControlName="kind" name="kind">
            @for (kind of kinds; track kind) {
              <mat-option [value]="kind">{{ kindLabel(kind) | t }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ form.controls.kind.errors | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'session.module' | t }}</mat-label>
          <mat-select formControlName="moduleId" name="moduleId">
            <mat-option [value]="null">{{ 'common.none' | t }}</mat-option>
            @for (module of data.modules; track module.moduleId) {
              <mat-option [value]="module.moduleId">{{ module.title }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ form.controls.moduleId.errors | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'session.title' | t }}</mat-label>
          <input matInput formControlName="title" name="title" autocomplete="off" />
          <mat-hint>{{ 'session.titleHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.title.errors | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'session.date' | t }}</mat-label>
          <input matInput formControlName="date" name="date" type="date" [min]="data.batch.startDate" [max]="data.batch.endDate" />
          <mat-error>{{ form.controls.date.errors | fieldError }}</mat-error>
        </mat-form-field>
        <div class="times">
          <mat-form-field>
            <mat-label>{{ 'session.start' | t }}</mat-label>
            <input matInput formControlName="startsAt" name="startsAt" type="time" />
            <mat-hint>{{ 'session.timeHint' | t: { zone: zoneName } }}</mat-hint>
            <mat-error>{{ form.controls.startsAt.errors | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'session.end' | t }}</mat-label>
            <input matInput formControlName="endsAt" name="endsAt" type="time" />
            <mat-error>{{ form.controls.endsAt.errors | fieldError }}</mat-error>
          </mat-form-field>
        </div>
        <mat-form-field>
          <mat-label>{{ 'session.room' | t }}</mat-label>
          <input matInput formControlName="room" name="room" autocomplete="off" />
          <mat-error>{{ form.controls.room.errors | fieldError }}</mat-error>
        </mat-form-field>
        @if (data.batch.trainers.length > 0) {
          <mat-form-field>
            <mat-label>{{ 'session.trainers' | t }}</mat-label>
            <mat-select formControlName="trainerIds" name="trainerIds" multiple>
              @for (trainer of data.batch.trainers; track trainer.id) {
                <mat-option [value]="trainer.id">{{ trainer.name }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.trainerIds.errors | fieldError }}</mat-error>
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="submitting()">{{ 'common.cancel' | t }}</button>
        <button mat-flat-button type="submit" name="submit" [disabled]="submitting()">
          {{ (submitting() ? 'common.saving' : 'common.save') | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .times {
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
      > * {
        flex: 1 1 120px;
        min-width: 0;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionDialog {
  private readonly programs = inject(ProgramsService);
  private readonly notifier = inject(Notifier);
  private readonly dialogRef = inject<MatDialogRef<SessionDialog, SessionView>>(MatDialogRef);
  protected readonly data = inject<SessionDialogData>(MAT_DIALOG_DATA);

  protected readonly kinds = SESSION_KINDS;
  protected readonly kindLabel = sessionKindLabel;
  protected readonly zoneName = ZONE_NAMES[this.data.batch.timeZone];
  protected readonly submitting = signal(false);
  /** A server message no field explains. */
  protected readonly problem = signal<string | null>(null);

  private readonly start = this.data.session ? localParts(this.data.session.startsAt, this.data.batch.timeZone) : null;
  protected readonly form = new FormGroup(
    {
      kind: new FormControl<SessionKind>(this.data.session?.kind ?? 'LECTURE', { nonNullable: true, validators: Validators.required }),
      moduleId: new FormControl<string | null>(this.data.session?.moduleId ?? null),
      title: new FormControl(this.data.session?.title ?? '', { nonNullable: true }),
      date: new FormControl(this.start?.date ?? this.data.batch.startDate, { nonNullable: true, validators: Validators.required }),
      startsAt: new FormControl(this.start?.time ?? '', { nonNullable: true, validators: Validators.required }),
      endsAt: new FormControl(
        this.data.session ? localParts(this.data.session.endsAt, this.data.batch.timeZone).time : '',
        { nonNullable: true, validators: Validators.required },
      ),
      room: new FormControl(this.data.session?.room ?? '', { nonNullable: true }),
      trainerIds: new FormControl<string[]>(this.data.session?.trainers.map((trainer) => trainer.id) ?? [], { nonNullable: true }),
    },
    { validators: endAfterStart },
  );

  /** The request, with start and end as ISO date-times carrying the batch's offset. */
  request(): SessionRequest {
    const raw = this.form.getRawValue();
    const zone = this.data.batch.timeZone;
    return {
      kind: raw.kind,
      moduleId: raw.moduleId,
      title: raw.title.trim() || null,
      startsAt: zonedIso(raw.date, raw.startsAt, zone),
      endsAt: zonedIso(raw.date, raw.endsAt, zone),
      room: raw.room.trim() || null,
      trainerIds: raw.trainerIds,
    };
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const session = this.data.session;
    this.problem.set(null);
    this.submitting.set(true);
    (session ? this.programs.updateSession(session.id, this.request()) : this.programs.addSession(this.data.batch.id, this.request())).subscribe({
      next: (saved) => {
        this.submitting.set(false);
        this.notifier.success('timetable.saved');
        this.dialogRef.close(saved);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        const body = errorBodyOf(error);
        if (!body) {
          this.notifier.error(error);
          return;
        }
        // Conflicts name the trainer, room or time: each sentence goes under its field, the rest on top.
        const placed = applyFieldErrors(this.form, body);
        if (!placed) {
          const unplaced = (body.errors ?? []).filter((fieldError) => !this.form.get(fieldError.field)).map((e) => e.message);
          this.problem.set(unplaced.length > 0 ? unplaced.join(' ') : body.message);
        }
      },
    });
  }
}
