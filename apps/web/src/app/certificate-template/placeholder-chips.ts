import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { FormControl } from '@angular/forms';
import { CERTIFICATE_PLACEHOLDERS } from '@bimtek/contracts';
import { TranslatePipe } from '../i18n/translate.pipe';

/** A row of buttons under a certificate text that put `{nama}`, `{pelatihan}`, … where the cursor is. */
@Component({
  selector: 'bt-placeholder-chips',
  imports: [TranslatePipe],
  template: `
    <div class="chips" role="group" [attr.aria-label]="'certificateTemplate.placeholders' | t">
      <span class="muted small">{{ 'certificateTemplate.placeholders' | t }}:</span>
      @for (token of tokens; track token) {
        <button
          type="button"
          class="chip"
          [attr.data-token]="token"
          [attr.aria-label]="'certificateTemplate.insertPlaceholder' | t: { placeholder: token }"
          (click)="insert(token)"
        >
          {{ token }}
        </button>
      }
    </div>
  `,
  styles: `
    .chips {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
      margin: 0 0 16px;
    }
    .chip {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 4px 10px;
      background: var(--mat-sys-surface-container-low);
      color: var(--mat-sys-on-surface);
      font: inherit;
      font-size: 0.875rem;
      cursor: pointer;
    }
    .chip:hover,
    .chip:focus-visible {
      background: var(--mat-sys-secondary-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlaceholderChips {
  /** The text's textarea, whose cursor says where to insert, and the control that holds its text. */
  readonly textarea = input.required<HTMLTextAreaElement>();
  readonly control = input.required<FormControl<string>>();

  protected readonly tokens = CERTIFICATE_PLACEHOLDERS.map((placeholder) => `{${placeholder}}`);

  /** Replaces the selection (or goes at the cursor) and leaves the cursor after the placeholder. */
  protected insert(token: string): void {
    const textarea = this.textarea();
    const control = this.control();
    const start = textarea.selectionStart ?? control.value.length;
    const end = textarea.selectionEnd ?? start;
    control.setValue(control.value.slice(0, start) + token + control.value.slice(end));
    control.markAsDirty();
    textarea.focus();
    textarea.setSelectionRange(start + token.length, start + token.length);
  }
}
