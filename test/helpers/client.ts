/** The one way e2e specs name a route: every API path is under this prefix (`GET /api/health` is the only exception). */
export const API_PREFIX = '/api/v1';

/** `api('/sessions')` → `/api/v1/sessions`. */
export const api = (path: string) => `${API_PREFIX}${path}`;

/** supertest parser that keeps a binary body (DOCX, PDF, XLSX) as a Buffer. */
export const binary = (res: import('superagent').Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};
