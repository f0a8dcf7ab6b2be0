/**
 * Reads articles from a file or a directory: NDJSON (one article per line) and plain `.txt` (a whole article,
 * id from the file name). Bad lines are reported with file and line number and never stop the rest.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { RawArticleSchema, type RawArticle } from '@marsad/contracts';

export type ReadResult =
  { ok: true; origin: string; article: RawArticle } | { ok: false; origin: string; error: string };

const MAX_FILE_BYTES = 200 * 1024 * 1024;

function decode(buffer: Buffer, origin: string): string {
  // Refuse what is not UTF-8 instead of storing mojibake; a BOM is tolerated.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    throw new Error(`${origin}: not valid UTF-8 (convert it first, e.g. iconv -f windows-1256 -t utf-8)`);
  }
}

function validate(value: unknown, origin: string): ReadResult {
  const parsed = RawArticleSchema.safeParse(value);
  if (parsed.success) return { ok: true, origin, article: parsed.data };
  const why = parsed.error.issues.map((i) => `${i.path.join('.') || 'article'}: ${i.message}`).join('; ');
  return { ok: false, origin, error: why };
}

export function parseNdjson(text: string, file: string): ReadResult[] {
  const results: ReadResult[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const origin = `${file}:${i + 1}`;
    try {
      results.push(validate(JSON.parse(line), origin));
    } catch {
      results.push({ ok: false, origin, error: 'line is not valid JSON' });
    }
  });
  return results;
}

export async function readArticleFile(path: string): Promise<ReadResult[]> {
  const info = await stat(path);
  if (info.size > MAX_FILE_BYTES) return [{ ok: false, origin: path, error: `file is over ${MAX_FILE_BYTES} bytes` }];
  let text: string;
  try {
    text = decode(await readFile(path), path);
  } catch (err) {
    return [{ ok: false, origin: path, error: (err as Error).message }];
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.ndjson' || ext === '.jsonl') return parseNdjson(text, path);
  if (ext === '.txt') return [validate({ id: basename(path, ext), body: text }, path)];
  return [{ ok: false, origin: path, error: `unsupported file type "${ext}" (use .ndjson, .jsonl or .txt)` }];
}

/** Every supported file under a path (recursively for directories), in a stable order. */
export async function listArticleFiles(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) files.push(...(await listArticleFiles(full)));
    else if (/\.(ndjson|jsonl|txt)$/i.test(entry.name)) files.push(full);
  }
  return files;
}
