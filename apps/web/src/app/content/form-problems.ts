import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/** The field errors of a refused save that no visible field can show, at the foot of a content dialog. */
@Component({
  selector: 'bt-form-problems',
  imports: [MatIconModule],
  template: `
    @if (problems().length > 0) {
      <div class="notice notice-warn" role="alert" data-testid="form-problems">
        <mat-icon>error</mat-icon>
        <div>
          @for (problem of problems(); track $index) {
            <p>{{ problem }}</p>
          }
        </div>
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormProblems {
  readonly problems = input.required<readonly string[]>();
}
