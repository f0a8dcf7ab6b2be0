// Worker-thread entry of WorkerExtractor: loads the gazetteer once, says it is ready, then extracts the articles
// it is sent with the rule extractor, one at a time, off the service's event loop.
import { parentPort } from 'node:worker_threads';
import { RuleExtractor, loadGazetteer } from '@marsad/extraction';
import type { WorkerReply, WorkerRequest } from './worker-messages';

const port = parentPort;
if (!port) throw new Error('extraction.worker.ts runs as a worker thread of WorkerExtractor');
loadGazetteer();
const rules = new RuleExtractor();
const reply = (message: WorkerReply) => port.postMessage(message);

port.on('message', ({ article }: WorkerRequest) => {
  try {
    reply({ kind: 'events', events: rules.extract(article) });
  } catch (err) {
    reply({ kind: 'failed', error: err instanceof Error ? err.message : String(err) });
  }
});
reply({ kind: 'ready' });
