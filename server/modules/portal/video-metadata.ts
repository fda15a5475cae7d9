/** Boxes holding other boxes, walked on the way to the metadata. */
const CONTAINERS = new Set(['moov', 'trak', 'mdia', 'minf']);
/** Where MP4 and QuickTime keep what the camera said: user data (©xyz is the GPS position), metadata, XMP. */
const METADATA = new Set(['udta', 'meta']);
/** The XMP packet's uuid box type. */
const XMP_UUID = 'be7acfcb97a942e89c71999491e3afac';

/**
 * Blanks an MP4/MOV's metadata boxes in place: each `udta`, `meta` and XMP `uuid` box under the
 * top level, the movie and its tracks becomes a `free` box of the same size filled with zeros.
 * Offsets stay where they were, so the media still plays; the camera's position, make and
 * creation notes are gone. Nothing is decoded: a box that runs past the end stops the walk.
 */
export function blankVideoMetadata(bytes: Buffer, start = 0, end = bytes.length, depth = 0): number {
  let blanked = 0;
  let at = start;
  while (at + 8 <= end && depth < 8) {
    let size = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    let header = 8;
    if (size === 1) {
      if (at + 16 > end) break;
      const big = bytes.readBigUInt64BE(at + 8);
      if (big > BigInt(end - at)) break;
      size = Number(big);
      header = 16;
    } else if (size === 0) size = end - at;
    if (size < header || at + size > end) break;
    const isXmp = type === 'uuid' && size >= header + 16 && bytes.toString('hex', at + header, at + header + 16) === XMP_UUID;
    if (METADATA.has(type) || isXmp) {
      bytes.write('free', at + 4, 'latin1');
      bytes.fill(0, at + header, at + size);
      blanked++;
    } else if (CONTAINERS.has(type)) {
      blanked += blankVideoMetadata(bytes, at + header, at + size, depth + 1);
    }
    at += size;
  }
  return blanked;
}
