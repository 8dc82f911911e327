import { chmod, mkdir, open, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * Writes `content` to a new file readable and writable by the owner only (0600), creating its folder (0700) if needed.
 * An existing file is replaced, never reused: its mode could be wider. Returns the absolute path.
 */
export async function writeOwnerOnlyFile(path: string, content: string): Promise<string> {
  const file = resolve(path);
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  await rm(file, { force: true });
  const handle = await open(file, 'wx', 0o600);
  try {
    await handle.chmod(0o600); // the umask can only narrow the mode, but say it explicitly
    await handle.writeFile(content, 'utf8');
  } finally {
    await handle.close();
  }
  await chmod(file, 0o600);
  return file;
}
