import { fromNestLogger } from './messaging-logger';

describe('fromNestLogger', () => {
  it('maps info to log and appends the context as JSON', () => {
    const lines: string[] = [];
    const logger = fromNestLogger({
      log: (m) => lines.push(`log:${m}`),
      warn: (m) => lines.push(`warn:${m}`),
      error: (m) => lines.push(`error:${m}`),
    });
    logger.info({ seq: 3 }, 'started');
    logger.warn({}, 'careful');
    logger.error({ e: 'x' }, 'failed');
    expect(lines).toEqual(['log:started {"seq":3}', 'warn:careful', 'error:failed {"e":"x"}']);
  });
});
