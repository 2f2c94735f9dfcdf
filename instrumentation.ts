import type { Instrumentation } from "next";

// Runs once when a server process starts: brings the database up to date before the first request
// (and, on the embedded database, loads the sample content on first use), and starts the jobs runner.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerServices } = await import("@/lib/server-startup");
  await startServerServices();
}

// Every uncaught error of a page, route handler or server action, as one JSON log line with the request id
// (never the request's headers or body, which may hold cookies and form data). A failure that came from an
// unreachable database is noted on the request, so it is answered 503 instead of 500 (lib/database/outage.ts).
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { noteUncaughtError } = await import("@/lib/errors");
  noteUncaughtError(error);
  const { logRequestError } = await import("@/lib/log");
  logRequestError(error, request, context);
};
