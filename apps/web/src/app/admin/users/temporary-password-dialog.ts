import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import type { ProfileView } from '@bimtek/contracts';
import { Notifier } from '../../core/notifier';
import { TranslatePipe } from '../../i18n/translate.pipe';

export interface TemporaryPasswordData {
  user: ProfileView;
  temporaryPassword: string;
}

/** Shown once: the server does not keep the temporary password in readable form. */
@Component({
  selector: 'bt-temporary-password-dialog',
  imports: [MatButtonModule, MatDialogModule, MatIconModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'users.temporaryPasswordTitle' | t }}</h2>
    <mat-dialog-content>
      <p>{{ 'users.temporaryPasswordIntro' | t: { name: data.user.displayName, email: data.user.email } }}</p>
      <p class="secret" data-testid="temporary-password">
        <code>{{ data.temporaryPassword }}</code>
        <button mat-icon-button type="button" (click)="copy()" [attr.aria-label]="'common.copy' | t">
          <mat-icon>content_copy</mat-icon>
        </button>
      </p>
      <p class="muted">{{ 'users.temporaryPasswordOnce' | t }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button type="button" mat-dialog-close name="done">{{ 'users.temporaryPasswordDone' | t }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .secret {
      display: flex;
      align-items: center;
      gap: 8px;
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-high);
      overflow-wrap: anywhere;
    }
    code {
      flex: 1;
      font-size: 1.2rem;
      letter-spacing: 0.05em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TemporaryPasswordDialog {
  private readonly clipboard = inject(Clipboard);
  private readonly notifier = inject(Notifier);
  protected readonly data = inject<TemporaryPasswordData>(MAT_DIALOG_DATA);

  protected copy(): void {
    if (this.clipboard.copy(this.data.temporaryPassword)) this.notifier.success('common.copied');
  }
}
