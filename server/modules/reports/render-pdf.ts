import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { AppError } from '../../platform/errors.js';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * PDF through the browser's own print, from the self-contained HTML (no network: the page loads
 * nothing). Where chromium is not installed the caller gets a clear error, not an empty file.
 */
export async function htmlToPdf(html: string, chromium = CHROMIUM): Promise<Buffer> {
  if (!fs.existsSync(chromium)) {
    throw new AppError(
      'report_pdf_unavailable',
      `PDF needs chromium at ${chromium}, which is not installed; use format=html and print it, or install chromium`,
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'writeback-report-'));
  try {
    const input = path.join(dir, 'report.html');
    const output = path.join(dir, 'report.pdf');
    fs.writeFileSync(input, html);
    await promisify(execFile)(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        `--user-data-dir=${path.join(dir, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${output}`,
        `file://${input}`,
      ],
      { timeout: 60_000 },
    );
    return fs.readFileSync(output);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
