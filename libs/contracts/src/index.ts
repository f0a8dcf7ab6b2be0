export * from './plover';
export * from './messages/article';
export * from './messages/event';
export * from './messages/changes';
export * from './jobs/webhook-delivery';
export * from './subjects';
export * from './text-key';
export * from './outbox';
