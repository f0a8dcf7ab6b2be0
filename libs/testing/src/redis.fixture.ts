// Placeholder: the redis fixture is being written; replace this file entirely.
export {};
