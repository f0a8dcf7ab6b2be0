// Placeholder: the database fixture is being written; replace this file entirely.
export {};
