import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { PORTAL_LIMITS } from '../../../contracts/portal.js';
import { AppError } from '../../platform/errors.js';
import { newFileName, systemRandom, type RandomBytes } from './tokens.js';
import { blankVideoMetadata } from './video-metadata.js';

/** What a photo is by its bytes: these are decoded and re-encoded; anything else is refused. */
const ACCEPTED = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']);
/** Videos by their bytes, and the extension they are stored under. */
const VIDEOS: Record<string, string> = { 'video/mp4': 'mp4', 'video/webm': 'webm', 'video/quicktime': 'mov' };
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

/** The still shown for a video (nothing here decodes video): a play sign on grey. */
async function videoPoster(): Promise<Buffer> {
  const t = PORTAL_LIMITS.thumbSide;
  const h = Math.round((t * 9) / 16);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${t}" height="${h}"><rect width="100%" height="100%" fill="#3b4252"/><circle cx="${t / 2}" cy="${h / 2}" r="40" fill="#eceff4"/><polygon points="${t / 2 - 14},${h / 2 - 22} ${t / 2 - 14},${h / 2 + 22} ${t / 2 + 24},${h / 2}" fill="#3b4252"/></svg>`;
  return sharp(Buffer.from(svg)).webp({ quality: 75 }).toBuffer();
}

/**
 * Each upload checked by its content (magic bytes), not its name or declared type. A photo is
 * decoded and written again as a JPEG: the re-encoding drops EXIF, GPS, XMP and ICC comments, so
 * nothing the camera recorded about the customer is stored; orientation is applied first so the
 * photo still stands the right way up. One short video may come instead of a photo: MP4, WebM or
 * MOV by content, within its size limit, stored with its metadata boxes blanked (MP4/MOV).
 */
export async function preparePhotos(uploads: Uint8Array[], random: RandomBytes = systemRandom): Promise<PreparedPhoto[]> {
  if (uploads.length > PORTAL_LIMITS.photos)
    throw new AppError('invalid_input', `photos: at most ${PORTAL_LIMITS.photos}`, [
      { path: 'photos', message: `at most ${PORTAL_LIMITS.photos}` },
    ]);
  const out: PreparedPhoto[] = [];
  let videos = 0;
  for (const [i, raw] of uploads.entries()) {
    if (raw.byteLength === 0) throw refuse(i, 'empty file');
    const type = await fileTypeFromBuffer(raw);
    const videoExt = type ? VIDEOS[type.mime] : undefined;
    if (videoExt) {
      if (raw.byteLength > PORTAL_LIMITS.videoBytes)
        throw refuse(i, `a video larger than ${Math.round(PORTAL_LIMITS.videoBytes / 1024 / 1024)} MB`);
      if (++videos > PORTAL_LIMITS.videos) throw refuse(i, `at most ${PORTAL_LIMITS.videos} video`);
      const video = Buffer.from(raw);
      if (videoExt !== 'webm') blankVideoMetadata(video);
      out.push({
        file: newFileName(videoExt, random),
        thumb: newFileName('webp', random),
        mime: type!.mime,
        bytes: video.byteLength,
        width: 0,
        height: 0,
        image: video,
        thumbnail: await videoPoster(),
      });
      continue;
    }
    if (raw.byteLength > PORTAL_LIMITS.photoBytes) throw refuse(i, `larger than ${Math.round(PORTAL_LIMITS.photoBytes / 1024 / 1024)} MB`);
    if (!type || !ACCEPTED.has(type.mime)) throw refuse(i, 'not a photo (JPEG, PNG, WebP, AVIF or GIF) or a video (MP4, WebM, MOV)');
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
        file: newFileName('jpg', random),
        thumb: newFileName('webp', random),
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
