import type { CertificateKind, CertificateSummary, VerificationStatus } from '@bimtek/contracts';
import type { TranslationKey } from '../i18n/id';

/** A score or a percentage the local way: "65,5" in Indonesian, "65.5" in English. */
export function formatScore(value: number, locale: string): string {
  return value.toLocaleString(locale, { maximumFractionDigits: 2 });
}

/** A revoked certificate that was reissued reads as replaced, as on the public verification page. */
export function certificateState(certificate: Pick<CertificateSummary, 'status' | 'replacedById'>): VerificationStatus {
  return certificate.status === 'revoked' && certificate.replacedById ? 'replaced' : certificate.status;
}

export const certificateStateLabel = (state: VerificationStatus): TranslationKey => `certificates.state.${state}`;
export const certificateKindLabel = (kind: CertificateKind): TranslationKey => `certificates.kind.${kind}`;
