/**
 * What `guidepost preview` and `guidepost edit` share: a local server on 127.0.0.1, its
 * `--port`, the problems printed after each change, and stopping cleanly on Ctrl+C.
 */
import type { Server } from 'node:http';
import { UsageError } from './args.js';
import type { FileReport } from './check-file.js';
import { listen } from './preview-server.js';
import { formatProblems } from './report.js';
import type { Terminal } from './terminal.js';

/** Which command serves, and what it calls itself in messages ("the preview", "the editor"). */
export interface Serving {
  command: 'preview' | 'edit';
  what: string;
  defaultPort: number;
}

/** Prints a file's problems, if it has any. */
export function printProblems(report: FileReport, terminal: Terminal): void {
  const lines = formatProblems([report], terminal.style);
  if (lines.length > 0) terminal.out(lines.join('\n'));
}

/** The `--port` asked for, or undefined for the command's own (and the next free one). */
export function portOption(value: string | true | undefined, serving: Serving): number | undefined {
  if (value === undefined || value === true) return undefined;
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new UsageError(
      `--port ${value} is not a port. Use a whole number up to 65535, for example --port ${serving.defaultPort}, or --port 0 for any free port.`,
      serving.command,
    );
  }
  return port;
}

/** Starts `server` on `port` (or the default); a port in use is a plain message, not a throw. */
export async function startServer(server: Server, port: number | undefined, serving: Serving): Promise<number> {
  const wanted = port ?? serving.defaultPort;
  try {
    return await listen(server, wanted, port === undefined);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const message =
      code === 'EADDRINUSE'
        ? `Port ${wanted} is already in use, perhaps by another ${serving.command === 'preview' ? 'preview' : 'guidepost command'}. Choose another port, for example --port ${wanted + 1}, or --port 0 for any free one.`
        : code === 'EACCES'
          ? `Port ${wanted} needs administrator rights on this computer. Choose a port from 1024 to 65535, or --port 0.`
          : `${serving.what[0]!.toUpperCase()}${serving.what.slice(1)} could not start on port ${wanted} (${code ?? String(error)}).`;
    throw new UsageError(message, serving.command);
  }
}

/** Resolves on Ctrl+C (SIGINT) or SIGTERM, which then no longer end the process abruptly. */
export function stopped(): Promise<void> {
  return new Promise((done) => {
    const finish = () => {
      process.off('SIGINT', finish);
      process.off('SIGTERM', finish);
      done();
    };
    process.on('SIGINT', finish);
    process.on('SIGTERM', finish);
  });
}

/** Closes `server`, its open connections too (a browser keeps some alive). */
export function closeServer(server: Server): Promise<void> {
  return new Promise<void>((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });
}
