// Tests run server modules directly; `server-only` would throw outside a React Server environment.
export {};
