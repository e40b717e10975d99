import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { type CertificateSummary, WebRoutes } from '@bimtek/contracts';
import { AttachmentSaver } from '../core/download';
import { Notifier } from '../core/notifier';
import { I18n } from '../i18n/i18n';
import { TranslatePipe } from '../i18n/translate.pipe';
import { fileSize } from '../programs/roster-import';
import { certificateKindLabel, certificateState, certificateStateLabel } from './certificate-format';
import { CertificatesService } from './certificates.service';
import { type CertificateAction, ReasonDialog, type ReasonData } from './reason-dialog';

/** A batch's certificates with their number, kind and state; download, check, revoke and reissue each. */
@Component({
  selector: 'bt-batch-certificate-list',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe],
  templateUrl: './batch-certificate-list.html',
  styleUrls: ['../batch-learning/learning-list.scss', './certificate-cards.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BatchCertificateList {
  private readonly service = inject(CertificatesService);
  private readonly attachments = inject(AttachmentSaver);
  private readonly notifier = inject(Notifier);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18n);

  readonly certificates = input.required<readonly CertificateSummary[]>();
  /** The revoked certificate, or the new one numbered by a reissue (its PDF still to be rendered). */
  readonly changed = output<{ action: CertificateAction; certificate: CertificateSummary }>();

  protected readonly verifyPath = '/' + WebRoutes.verify;
  protected readonly kindLabel = certificateKindLabel;
  protected readonly stateLabel = certificateStateLabel;
  protected readonly downloading = signal(false);
  protected readonly cards = computed(() => {
    const locale = this.i18n.locale();
    return this.certificates().map((certificate) => ({
      certificate,
      state: certificateState(certificate),
      /** Predicate, issue date and file size, as far as known. */
      details: [certificate.predicate, this.i18n.formatDate(certificate.issuedAt), certificate.sizeBytes === null ? null : fileSize(certificate.sizeBytes, locale)]
        .filter((part) => !!part)
        .join(' · '),
      revokedAt: this.i18n.formatDate(certificate.revokedAt),
    }));
  });

  protected download(certificate: CertificateSummary): void {
    this.attachments.save(this.service.file(certificate.id), 'sertifikat.pdf', this.downloading);
  }

  protected act(action: CertificateAction, certificate: CertificateSummary): void {
    this.dialog
      .open<ReasonDialog, ReasonData, CertificateSummary>(ReasonDialog, { data: { action, certificate }, maxWidth: '100vw', width: '480px' })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.notifier.success(action === 'revoke' ? 'certificates.revoke.done' : 'certificates.reissue.done', { number: saved.number });
        this.changed.emit({ action, certificate: saved });
      });
  }
}
