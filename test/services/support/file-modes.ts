import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Every folder and file under `dir` with its permission bits, e.g. `{ "data/drafts": "dir 700" }`. */
export async function fileModes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of await fs.readdir(dir, { recursive: true })) {
    const stat = await fs.lstat(path.join(dir, name));
    out[name] = `${stat.isDirectory() ? 'dir' : 'file'} ${(stat.mode & 0o777).toString(8)}`;
  }
  return out;
}
