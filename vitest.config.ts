import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Builds dist/ once, for the tests that run the CLI as a process.
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 30_000,
    // A hook that links reports loads the GeoNames gazetteer once (1–2 CPU-s, longer in wall time
    // on a loaded machine); vitest's default of 10 s cut it short under load.
    hookTimeout: 60_000,
  },
});
