import type { Instrumentation } from "next";

// Runs once when a server process starts: brings the database up to date before the first request
// (and, on the embedded database, loads the sample content on first use), and starts the jobs runner.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerServices } = await import("@/lib/server-startup");
  await startServerServices();
}

// Every uncaught error of a page, route handler or server action, as one JSON log line with the request id
// (never the request's headers or body, which may hold cookies and form data).
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("@/lib/log");
  logRequestError(error, request, context);
};
