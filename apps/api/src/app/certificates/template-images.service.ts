import type { TemplateImageView } from '@bimtek/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import sharp from 'sharp';
import { invalidField, notFound } from '../common/errors/app-exception';
import type { UploadedFileData } from '../common/single-file-upload';
import type { Principal } from '../common/request-context';
import { loadManagedProgram } from '../learning/learning-access';
import { FileStorage } from '../storage/file-storage';
import { sniffContentType } from '../storage/sniff-content-type';
import { THUMBNAIL_MAX_INPUT_PIXELS } from '../storage/thumbnail';
import { TemplateImage } from './template-image.entity';

/** Enough for a full A4 background at 300 dpi on its long side. */
const TEMPLATE_IMAGE_MAX_SIDE = 4000;

/** Logos, backgrounds and scanned signatures of certificate templates: PNG or JPEG, read from the bytes. */
@Injectable()
export class TemplateImagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
  ) {}

  async upload(programId: string, file: UploadedFileData | undefined, principal: Principal): Promise<TemplateImageView> {
    await loadManagedProgram(this.dataSource.manager, principal, programId);
    if (!file) throw invalidField('file', 'fileRequired');
    const type = sniffContentType(file.buffer);
    if (type !== 'image/png' && type !== 'image/jpeg') throw invalidField('file', 'imageType');
    const { width, height } = await this.dimensions(file);
    // Every render thread keeps the decoded image; a small file can still hold a huge flat picture.
    if (width > TEMPLATE_IMAGE_MAX_SIDE || height > TEMPLATE_IMAGE_MAX_SIDE) throw invalidField('file', 'imageDimensions', [TEMPLATE_IMAGE_MAX_SIDE]);
    try {
      // metadata() read the header only; a truncated or corrupt image must fail here, not while rendering certificates.
      await sharp(file.buffer, { limitInputPixels: THUMBNAIL_MAX_INPUT_PIXELS }).stats();
    } catch {
      throw invalidField('file', 'imageUnreadable', [file.originalname]);
    }
    const fileKey = FileStorage.newKey(`certificate-templates/${programId}`);
    await this.storage.put(fileKey, file.buffer);
    try {
      const image = await this.dataSource.getRepository(TemplateImage).save({ programId, fileKey, contentType: type, width, height });
      return toView(image);
    } catch (error) {
      await this.storage.delete(fileKey);
      throw error;
    }
  }

  private async dimensions(file: UploadedFileData): Promise<{ width: number; height: number }> {
    try {
      const { width, height } = await sharp(file.buffer, { limitInputPixels: THUMBNAIL_MAX_INPUT_PIXELS }).metadata();
      return { width: width ?? 0, height: height ?? 0 };
    } catch {
      throw invalidField('file', 'imageUnreadable', [file.originalname]);
    }
  }

  async content(programId: string, imageId: string, principal: Principal): Promise<{ content: Buffer; contentType: string }> {
    await loadManagedProgram(this.dataSource.manager, principal, programId);
    const image = await this.dataSource.getRepository(TemplateImage).findOneBy({ id: imageId, programId });
    const content = image ? await this.storage.get(image.fileKey) : null;
    if (!image || !content) throw notFound();
    return { content, contentType: image.contentType };
  }
}

function toView(image: TemplateImage): TemplateImageView {
  return { id: image.id, contentType: image.contentType, width: image.width, height: image.height };
}
