// Physical stream and subject names for one deployment prefix, so tests and demos never share streams or subjects.
import { STREAMS, deadLetterSubject } from '@marsad/contracts';

export type StreamKey = keyof typeof STREAMS;

/** A stream as provisioned: its physical name and the physical subjects it captures. */
export interface StreamSpec {
  key: StreamKey;
  name: string;
  subjects: string[];
}

const PREFIX_PATTERN = /^[A-Z0-9_]*$/;

/**
 * Names derived from `config.nats.streamPrefix`: '' in production gives `ARTICLES` / `articles.ingested`;
 * 'T3F9A' gives `T3F9A_ARTICLES` / `t3f9a.articles.ingested`. Code speaks in logical subjects (those of
 * @marsad/contracts) and converts at the edge.
 */
export class MessagingNames {
  private readonly subjectPrefix: string;

  constructor(readonly prefix: string = '') {
    if (!PREFIX_PATTERN.test(prefix)) {
      throw new Error(`Invalid stream prefix "${prefix}": use upper-case letters, digits and underscores only.`);
    }
    this.subjectPrefix = prefix ? `${prefix.toLowerCase()}.` : '';
  }

  /** Physical stream name, e.g. `T3F9A_ARTICLES`. */
  stream(key: StreamKey): string {
    return this.prefix ? `${this.prefix}_${STREAMS[key].name}` : STREAMS[key].name;
  }

  /** Physical subject for a logical one, e.g. `t3f9a.articles.ingested`. */
  subject(logical: string): string {
    return `${this.subjectPrefix}${logical}`;
  }

  /** Logical subject for a physical one; throws when the subject does not belong to this prefix. */
  logicalSubject(physical: string): string {
    if (!physical.startsWith(this.subjectPrefix)) {
      throw new Error(`Subject "${physical}" is outside prefix "${this.prefix}".`);
    }
    return physical.slice(this.subjectPrefix.length);
  }

  /** Physical dead-letter subject for a logical subject: `dlq.<subject>` under the prefix. */
  deadLetter(logical: string): string {
    return this.subject(deadLetterSubject(logical));
  }

  /** Every stream of @marsad/contracts with physical names. */
  streams(): StreamSpec[] {
    return (Object.keys(STREAMS) as StreamKey[]).map((key) => ({
      key,
      name: this.stream(key),
      subjects: STREAMS[key].subjects.map((s) => this.subject(s)),
    }));
  }

  /** The stream capturing a logical subject; throws when none does (a publish there would get no PubAck). */
  streamFor(logical: string): StreamSpec {
    const found = this.streams().find((s) =>
      s.subjects.some((pattern) => subjectMatches(pattern, this.subject(logical))),
    );
    if (!found) throw new Error(`No stream captures subject "${logical}".`);
    return found;
  }
}

/** NATS wildcard match: `*` is one token, a trailing `>` one or more tokens. */
export function subjectMatches(pattern: string, subject: string): boolean {
  const p = pattern.split('.');
  const s = subject.split('.');
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '>') return s.length > i;
    if (i >= s.length) return false;
    if (p[i] !== '*' && p[i] !== s[i]) return false;
  }
  return p.length === s.length;
}
