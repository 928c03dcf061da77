// The web-platform globals src/core may use, with no DOM: each exists in browsers and in
// Node alike. Only tsconfig.core.json includes this file (the rest of the code sees the DOM
// library's own declarations). Add a global here only if Node has it too.

declare function queueMicrotask(callback: () => void): void;
declare function structuredClone<T>(value: T): T;

interface TextEncoder {
  encode(input?: string): Uint8Array;
}
declare var TextEncoder: { new (): TextEncoder };

interface URL {
  readonly href: string;
  readonly protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}
declare var URL: { new (url: string, base?: string | URL): URL; canParse?(url: string, base?: string): boolean };

/** Web Storage as `webStorageStore` uses it (localStorage, sessionStorage, or a stand-in). */
interface Storage {
  readonly length: number;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
}

interface AbortSignal {
  readonly aborted: boolean;
}
interface Response {
  readonly ok: boolean;
  readonly status: number;
  text(): Promise<string>;
}
declare function fetch(input: string, init?: { signal?: AbortSignal | undefined; credentials?: 'omit' | 'same-origin' | 'include' }): Promise<Response>;

interface Console {
  log(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
}
declare var console: Console;

/** The event the elements dispatch; the core only names its detail types. */
interface CustomEvent<T = unknown> {
  readonly type: string;
  readonly detail: T;
}

/** Browsers' localStorage; absent in Node (read through globalThis, so it is never a ReferenceError). */
declare var localStorage: Storage | undefined;
