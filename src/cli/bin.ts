/** Process wiring for the `poise` command; everything testable is in main.ts. */
import { run } from './main';

const readStdin = async (): Promise<Uint8Array> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin,
  stdinIsTTY: Boolean(process.stdin.isTTY),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`poise: internal error: ${(e as Error)?.stack ?? e}\n`);
    process.exitCode = 2;
  },
);
