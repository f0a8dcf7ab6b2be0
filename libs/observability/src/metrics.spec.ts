import { PipelineMetrics } from './metrics';

describe('PipelineMetrics', () => {
  it('exposes pipeline counters in Prometheus text format', async () => {
    const m = new PipelineMetrics('test', false);
    m.eventsExtracted.inc({ type: 'ASSAULT', language: 'ar' }, 3);
    const text = await m.metrics();
    expect(text).toContain('marsad_events_extracted_total{type="ASSAULT",language="ar",service="test"} 3');
  });
});
