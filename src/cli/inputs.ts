/** Resolves the CLI's arguments to texts, with a clear message for every input that cannot be read. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export const TEMPLATE_EXTENSIONS = ['.txt', '.md', '.html', '.eml'];

export type Input = { file: string; content: string } | { file: string; error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes to text, or the reason they are not a text file we can lint. */
export function decode(bytes: Uint8Array): { content: string } | { error: string } {
  if (bytes.includes(0)) return { error: 'binary file (it contains NUL bytes); poise reads UTF-8 text' };
  try {
    return { content: utf8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { error: 'not UTF-8; convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8' };
  }
}

function readOne(file: string): Input {
  try {
    const d = decode(readFileSync(file));
    return 'error' in d ? { file, error: d.error } : { file, content: d.content };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied (unreadable)' : `unreadable (${code ?? (e as Error).message})`;
    return { file, error: why };
  }
}

function templatesIn(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...templatesIn(p));
    else if (TEMPLATE_EXTENSIONS.includes(extname(entry.name).toLowerCase())) out.push(p);
  }
  return out;
}

/** A directory means its template files (recursively); a file is read whatever its extension. */
export function readInputs(paths: readonly string[]): Input[] {
  const inputs: Input[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // readOne reports the missing or unreadable path
    }
    if (!isDir) {
      inputs.push(readOne(p));
      continue;
    }
    try {
      const files = templatesIn(p);
      if (files.length === 0) inputs.push({ file: p, error: `directory has no ${TEMPLATE_EXTENSIONS.join(', ')} files` });
      inputs.push(...files.map(readOne));
    } catch (e) {
      inputs.push({ file: p, error: `unreadable directory (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
    }
  }
  return inputs;
}
