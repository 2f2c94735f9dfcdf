// `npm run dev`: Next.js development server with hot reload, on the same database rule as `npm start`.
import { ensurePrismaClient, run } from "./lib/build";

ensurePrismaClient();
run("npx", ["next", "dev", ...process.argv.slice(2)]);
