// Runs once when a server process starts: brings the database up to date before the first request
// (and, on the embedded database, loads the sample content on first use).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerServices } = await import("@/lib/server-startup");
  await startServerServices();
}
