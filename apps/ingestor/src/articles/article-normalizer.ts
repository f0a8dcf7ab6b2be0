/**
 * Turns a raw article (file line, API push, later a feed item) into the Article contract: cleaned text,
 * canonical URL, a stable content hash for deduplication and a deterministic id.
 */
import { createHash } from 'node:crypto';
import type { Article, RawArticle } from '@marsad/contracts';

// C0/C1 control characters except tab and newline; they break JSON consumers and regexes downstream.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const TRACKING_PARAMS = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ocid)$/i;

export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(/\uFEFF/g, '')
    .replace(/[ \t\u00A0]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Lowercases scheme and host, drops fragments, default ports and tracking parameters; null if not http(s). */
export function canonicalizeUrl(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  for (const key of [...parsed.searchParams.keys()]) if (TRACKING_PARAMS.test(key)) parsed.searchParams.delete(key);
  parsed.searchParams.sort();
  if (parsed.pathname.length > 1 && parsed.pathname.endsWith('/')) parsed.pathname = parsed.pathname.slice(0, -1);
  return parsed.toString();
}

/** Hash of the folded text: the same story re-published with other whitespace or tracking URLs dedupes. */
export function contentHash(title: string | null, body: string): string {
  const folded = `${title ?? ''}\n${body}`.toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(folded, 'utf8').digest('hex');
}

function parseDate(value: string | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

export class EmptyArticleError extends Error {}

export function normalizeArticle(raw: RawArticle, options: { tenantId: string; fetchedAt: Date }): Article {
  const body = cleanText(raw.body);
  if (!body) throw new EmptyArticleError('body is empty after cleaning');
  const title = raw.title ? cleanText(raw.title) || null : null;
  const hash = contentHash(title, body);
  const url = raw.url?.trim() || null;
  return {
    id: raw.id?.trim() || `a_${hash.slice(0, 24)}`,
    tenantId: options.tenantId,
    url,
    canonicalUrl: canonicalizeUrl(raw.url),
    sourceId: raw.sourceId ?? null,
    title,
    body,
    language: raw.language ?? null,
    publishedAt: parseDate(raw.publishedAt),
    fetchedAt: options.fetchedAt.toISOString(),
    contentHash: hash,
  };
}
