import type { CertificateTemplateInput } from '@bimtek/contracts';
import { defaultTemplate, type CertificateLayout } from '@bimtek/certificates';
import type { EntityManager } from 'typeorm';
import { notFound } from '../common/errors/app-exception';
import type { FileStorage } from '../storage/file-storage';
import { CertificateTemplate } from './certificate-template.entity';
import { TemplateImage } from './template-image.entity';

export interface LoadedTemplate {
  input: CertificateTemplateInput;
  saved: boolean;
  updatedAt: Date | null;
}

/** The programme's template, or the default one made from its agency until it saves its own. */
export async function loadTemplate(manager: EntityManager, programId: string): Promise<LoadedTemplate> {
  const saved = await manager.findOneBy(CertificateTemplate, { programId });
  if (saved) return { input: templateInput(saved), saved: true, updatedAt: saved.updatedAt };
  const [agency] = await manager.query<{ name: string; region: string | null }[]>(
    `SELECT a.name, a.region FROM program p JOIN agency a ON a.id = p.agency_id WHERE p.id = $1`,
    [programId],
  );
  if (!agency) throw notFound();
  return { input: defaultTemplate(agency.name, placeOf(agency.region)), saved: false, updatedAt: null };
}

/** "Kota Padang, Sumatera Barat" is signed in "Padang", "Kabupaten Agam" in "Agam". */
export function placeOf(region: string | null): string {
  const [first = ''] = (region ?? '').split(',');
  return first.replace(/^(Kota|Kabupaten|Kab\.|Provinsi)\s+/i, '').trim();
}

export function templateInput(t: CertificateTemplate): CertificateTemplateInput {
  return {
    orientation: t.orientation,
    headerLines: t.headerLines,
    title: t.title,
    body: t.body,
    attendanceTitle: t.attendanceTitle,
    attendanceBody: t.attendanceBody,
    numberPattern: t.numberPattern,
    place: t.place,
    signers: t.signers,
    logoImageId: t.logoImageId,
    backgroundImageId: t.backgroundImageId,
    modulesPage: t.modulesPage,
  };
}

/** The template with its images read from storage, keyed so render workers can cache it. */
export async function loadLayout(
  manager: EntityManager,
  storage: FileStorage,
  programId: string,
  template: LoadedTemplate,
  keySuffix = '',
): Promise<CertificateLayout> {
  const { input } = template;
  const ids = [input.logoImageId, input.backgroundImageId, ...input.signers.map((s) => s.signatureImageId)].filter((id): id is string => id !== null);
  const images = ids.length > 0 ? await manager.createQueryBuilder(TemplateImage, 'i').where('i.programId = :programId', { programId }).andWhere('i.id IN (:...ids)', { ids }).getMany() : [];
  const contents = new Map<string, Buffer>();
  for (const image of images) {
    const content = await storage.get(image.fileKey);
    if (content) contents.set(image.id, content);
  }
  const image = (id: string | null) => (id ? (contents.get(id) ?? null) : null);
  return {
    key: `${programId}:${template.updatedAt?.getTime() ?? 'default'}${keySuffix}`,
    template: input,
    images: {
      logo: image(input.logoImageId),
      background: image(input.backgroundImageId),
      signatures: input.signers.map((s) => image(s.signatureImageId)),
    },
  };
}
