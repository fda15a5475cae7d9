import { defaultUploadDir, folderPhotoStore, type PhotoStore } from './photo-store.js';
import { parseStorageUrl, s3PhotoStore } from './s3-photo-store.js';

/** The store a server uses: the bucket WRITEBACK_STORAGE_URL names, or the folder. */
export function photoStoreFor(opts: { storageUrl?: string; uploadDir?: string }): PhotoStore {
  if (opts.storageUrl) return s3PhotoStore(parseStorageUrl(opts.storageUrl));
  return folderPhotoStore(opts.uploadDir ?? defaultUploadDir());
}
