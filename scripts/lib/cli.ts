// Shared helpers for the command-line scripts: fail with a clear message, never a stack trace.
export function fail(message: string, code = 1): never {
  console.error(`✗ ${message}`);
  process.exit(code);
}

export async function runMain(main: () => Promise<void>): Promise<void> {
  try {
    await main();
    process.exit(0);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}
