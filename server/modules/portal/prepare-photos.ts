import { randomBytes } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { PORTAL_LIMITS } from '../../../contracts/portal.js';
import { AppError } from '../../platform/errors.js';

/** What a photo is by its bytes: these are decoded and re-encoded; anything else is refused. */
const ACCEPTED = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']);
/** A decoded image larger than this is a decompression bomb, not a phone photo. */
const MAX_PIXELS = 50_000_000;

export interface PreparedPhoto {
  file: string;
  thumb: string;
  mime: string;
  bytes: number;
  width: number;
  height: number;
  image: Buffer;
  thumbnail: Buffer;
}

const refuse = (i: number, message: string) =>
  new AppError('portal_photo_refused', `photos[${i}]: ${message}`, [{ path: `photos[${i}]`, message }]);

/**
 * Each upload checked by its content (magic bytes), not its name or declared type, then decoded
 * and written again as a JPEG: the re-encoding drops EXIF, GPS, XMP and ICC comments, so nothing
 * the camera recorded about the customer is stored. Orientation is applied first so the photo
 * still stands the right way up without its EXIF flag.
 */
export async function preparePhotos(uploads: Uint8Array[]): Promise<PreparedPhoto[]> {
  if (uploads.length > PORTAL_LIMITS.photos)
    throw new AppError('invalid_input', `photos: at most ${PORTAL_LIMITS.photos}`, [
      { path: 'photos', message: `at most ${PORTAL_LIMITS.photos}` },
    ]);
  const out: PreparedPhoto[] = [];
  for (const [i, raw] of uploads.entries()) {
    if (raw.byteLength > PORTAL_LIMITS.photoBytes) throw refuse(i, `larger than ${Math.round(PORTAL_LIMITS.photoBytes / 1024 / 1024)} MB`);
    if (raw.byteLength === 0) throw refuse(i, 'empty file');
    const type = await fileTypeFromBuffer(raw);
    if (!type || !ACCEPTED.has(type.mime)) throw refuse(i, 'not a photo (JPEG, PNG, WebP, AVIF or GIF)');
    try {
      const input = () => sharp(raw, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate();
      const side = PORTAL_LIMITS.photoSide;
      const image = await input()
        .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
        .jpeg({ quality: 85, mozjpeg: true })
        .toBuffer({ resolveWithObject: true });
      const t = PORTAL_LIMITS.thumbSide;
      const thumbnail = await input()
        .resize({ width: t, height: t, fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 75 })
        .toBuffer();
      out.push({
        file: `${randomBytes(16).toString('hex')}.jpg`,
        thumb: `${randomBytes(16).toString('hex')}.webp`,
        mime: 'image/jpeg',
        bytes: image.info.size,
        width: image.info.width,
        height: image.info.height,
        image: image.data,
        thumbnail,
      });
    } catch {
      throw refuse(i, 'the image could not be read');
    }
  }
  return out;
}
