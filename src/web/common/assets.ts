import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One static file of src/web/assets, served under a name carrying its content hash. */
export interface Asset {
  /** The file's own name (site.css). */
  name: string;
  /** The URL pages link to: /assets/site.<hash>.css. */
  url: string;
  contentType: string;
  body: Buffer;
}

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Where the assets are: beside the compiled code (dist/web/assets, copied by nest-cli's "assets" option) or, when run
 * from the sources (unit tests), src/web/assets.
 */
export function assetsDir(): string {
  return fileURLToPath(new URL('../assets/', import.meta.url));
}

/** Reads every asset once and names it by the first 10 hex digits of its SHA-256 (so a changed file gets a new URL). */
export function loadAssets(dir: string = assetsDir()): Map<string, Asset> {
  const byName = new Map<string, Asset>();
  if (!existsSync(dir)) throw new Error(`web assets not found in ${dir} (run "nest build")`);
  for (const name of readdirSync(dir).sort()) {
    const type = TYPES[extname(name)];
    if (!type) continue;
    const body = readFileSync(join(dir, name));
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
    const ext = extname(name);
    const url = `/assets/${name.slice(0, -ext.length)}.${hash}${ext}`;
    byName.set(name, { name, url, contentType: type, body });
  }
  return byName;
}

let loaded: Map<string, Asset> | null = null;
let byUrl: Map<string, Asset> | null = null;

function all(): Map<string, Asset> {
  loaded ??= loadAssets();
  return loaded;
}

/** The hashed URL of an asset, for a page's <link>/<script>. */
export function assetUrl(name: string): string {
  const a = all().get(name);
  if (!a) throw new Error(`unknown web asset ${name}`);
  return a.url;
}

/** The asset a hashed file name (site.<hash>.css) stands for; null for any other name, an old hash included. */
export function assetByFile(file: string): Asset | null {
  byUrl ??= new Map([...all().values()].map((a) => [a.url.slice('/assets/'.length), a]));
  return byUrl.get(file) ?? null;
}
