import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { type CertificateKind, type CertificateVerification, type VerificationStatus, WebRoutes } from '@bimtek/contracts';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import type { TranslationKey } from '../i18n/id';
import { LocalDatePipe } from '../i18n/local-date.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';
import { PdfFileCheck } from './pdf-file-check';
import { VerifyService } from './verify.service';

type Lookup =
  | { state: 'loading' }
  | { state: 'found'; certificate: CertificateVerification }
  | { state: 'notFound' }
  | { state: 'failed' };

const STATUS_ICONS: Readonly<Record<VerificationStatus, string>> = {
  valid: 'verified',
  revoked: 'cancel',
  replaced: 'swap_horiz',
  pending: 'hourglass_top',
};

/**
 * `v/:code`, what a certificate's QR code opens: its status first (valid, revoked, replaced,
 * pending), then what it says, and a check that a PDF is the issued one. Public and phone-first.
 */
@Component({
  selector: 'bt-verify-page',
  imports: [RouterLink, MatButtonModule, MatCardModule, MatIconModule, MatProgressBarModule, LocalDatePipe, TranslatePipe, PdfFileCheck],
  templateUrl: './verify-page.html',
  styleUrl: './verify-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerifyPage {
  private readonly verification = inject(VerifyService);

  /** From the route; a replaced certificate links to its successor, which reuses this page. */
  readonly code = input.required<string>();

  protected readonly routes = WebRoutes;
  protected readonly statusIcons = STATUS_ICONS;
  private readonly attempt = signal(0);
  protected readonly lookup = toSignal(
    toObservable(computed(() => ({ code: this.code(), attempt: this.attempt() }))).pipe(
      switchMap(({ code }) =>
        this.verification.get(code).pipe(
          map((certificate): Lookup => ({ state: 'found', certificate })),
          catchError((error: unknown) =>
            of<Lookup>(error instanceof HttpErrorResponse && error.status === 404 ? { state: 'notFound' } : { state: 'failed' }),
          ),
          startWith<Lookup>({ state: 'loading' }),
        ),
      ),
    ),
    { initialValue: { state: 'loading' } },
  );

  protected statusLabel(status: VerificationStatus): TranslationKey {
    return `verify.status.${status}`;
  }

  protected kindLabel(kind: CertificateKind): TranslationKey {
    return `verify.kind.${kind}`;
  }

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }
}
