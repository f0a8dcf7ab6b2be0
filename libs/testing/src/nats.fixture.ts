// Placeholder: the nats fixture is being written; replace this file entirely.
export {};
