import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { Observable } from 'rxjs';
import { Notifier } from '../core/notifier';
import { TranslatePipe } from '../i18n/translate.pipe';

/** On a test's or an assignment's card: whether participants see its results (grades) yet. */
@Component({
  selector: 'bt-release-state',
  imports: [TranslatePipe],
  template: `
    <p class="small" data-testid="release-state">
      @if (releasedAt()) {
        <span class="tag tag-accent">{{ 'batchLearning.releasedAt' | t: { at: releasedAt() } }}</span>
      } @else {
        <span class="muted">{{ 'batchLearning.notReleased' | t }}</span>
      }
    </p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReleaseState {
  /** When they were released, as shown in the batch's time; empty: not released. */
  readonly releasedAt = input.required<string>();
}

/** Releases a test's results or an assignment's grades to the batch, or withdraws them; emits what the server saved. */
@Component({
  selector: 'bt-release-button',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  template: `
    <button mat-button type="button" name="release" [disabled]="busy()" (click)="toggle()">
      <mat-icon>{{ released() ? 'visibility_off' : 'campaign' }}</mat-icon>
      {{ (released() ? 'batchLearning.withdraw' : 'batchLearning.release') | t }}
    </button>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReleaseButton<T> {
  private readonly notifier = inject(Notifier);

  readonly released = input.required<boolean>();
  /** Asks the server to release (true) or withdraw (false). */
  readonly request = input.required<(release: boolean) => Observable<T>>();
  readonly saved = output<T>();

  protected readonly busy = signal(false);

  protected toggle(): void {
    const release = !this.released();
    this.busy.set(true);
    this.request()(release).subscribe({
      next: (saved) => {
        this.busy.set(false);
        this.saved.emit(saved);
        this.notifier.success(release ? 'batchLearning.released' : 'batchLearning.withdrawn');
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.notifier.error(error);
      },
    });
  }
}
