import type { Response } from 'express';
import type { FileOut } from './rendering.js';

/** Sends a generated file as a download; the ASCII file name is given in both header forms. */
export function sendFile(res: Response, file: FileOut): void {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${file.filename}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
  );
  res.setHeader('Cache-Control', 'no-store');
  res.send(file.body);
}
