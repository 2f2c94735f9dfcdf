import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "lib/generated/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "bench/results/**"]),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The database is reached only through lib/: routes and components load data via lib/<domain>/queries.ts.
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/db", "@/lib/database/*", "@/lib/generated/prisma/client"], message: "UI code loads data through lib/<domain>/queries.ts and writes through actions." },
          ],
        },
      ],
    },
  },
  {
    // lib/ is the server side of the house: it never reaches into the UI (components/ and app/ depend on lib/, not back).
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/components/*", "@/app/*", "**/components/*", "**/app/*"], message: "lib/ must not import UI code: move what both need under lib/." },
          ],
        },
      ],
    },
  },
]);
