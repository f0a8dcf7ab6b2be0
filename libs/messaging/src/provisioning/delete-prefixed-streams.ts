// Removes every stream of one test or demo prefix; refuses the empty prefix so production streams are never matched.
import type { JetStreamManager } from '@nats-io/jetstream';

export async function deletePrefixedStreams(jsm: JetStreamManager, prefix: string): Promise<string[]> {
  if (!prefix) throw new Error('Refusing to delete streams without a prefix: that would match production streams.');
  const doomed: string[] = [];
  for await (const name of jsm.streams.names()) if (name.startsWith(`${prefix}_`)) doomed.push(name);
  for (const name of doomed) await jsm.streams.delete(name);
  return doomed;
}
