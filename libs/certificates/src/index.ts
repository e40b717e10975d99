export * from './lib/render-job';
export { renderCertificate, type RenderOptions } from './lib/render-certificate';
export * from './lib/pool/render-pool';
export * from './lib/placeholders';
export * from './lib/indonesian-dates';
export * from './lib/sample-certificate';
export * from './lib/signing/pdf-signer';
export * from './lib/signing/verify-signature';
