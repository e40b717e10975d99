import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { type MyCertificate, WebRoutes } from '@bimtek/contracts';
import { AttachmentSaver } from '../core/download';
import { Notifier } from '../core/notifier';
import { I18n } from '../i18n/i18n';
import { TranslatePipe } from '../i18n/translate.pipe';
import { certificateKindLabel, certificateState, certificateStateLabel } from './certificate-format';
import { CertificatesService } from './certificates.service';

/** `sertifikat-saya`: the participant's certificates, to download and to have checked. */
@Component({
  selector: 'bt-my-certificates-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe],
  templateUrl: './my-certificates-page.html',
  styleUrls: ['../batch-learning/learning-list.scss', './certificate-cards.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyCertificatesPage {
  private readonly service = inject(CertificatesService);
  private readonly attachments = inject(AttachmentSaver);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);

  protected readonly verifyPath = '/' + WebRoutes.verify;
  protected readonly kindLabel = certificateKindLabel;
  protected readonly stateLabel = certificateStateLabel;
  protected readonly certificates = signal<MyCertificate[] | null>(null);
  protected readonly downloading = signal(false);
  protected readonly cards = computed(() =>
    (this.certificates() ?? []).map((certificate) => ({
      certificate,
      state: certificateState(certificate),
      dates: this.i18n.t('catalog.dates', { start: this.i18n.formatDate(certificate.startDate), end: this.i18n.formatDate(certificate.endDate) }),
      revokedAt: this.i18n.formatDate(certificate.revokedAt),
    })),
  );

  constructor() {
    this.service.mine().subscribe({
      next: (certificates) => this.certificates.set(certificates),
      error: (error: unknown) => this.notifier.error(error),
    });
  }

  protected download(certificate: MyCertificate): void {
    this.attachments.save(this.service.myFile(certificate.id), 'sertifikat.pdf', this.downloading);
  }
}
