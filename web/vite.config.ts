// The dashboard's build (issue: dashboard): root web/, output dist/web/, relative asset URLs so the
// pages work under any base path `tally serve` mounts them at. Everything is bundled: no CDN,
// no remote fonts or tiles (the basemap is world-atlas, fetched from the bundle's own assets).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "./",
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    // The basemap (world-atlas, ~750 kB of JSON) is an asset fetched when a map is drawn.
    assetsInlineLimit: 4096,
    chunkSizeWarningLimit: 800,
  },
  server: { host: "127.0.0.1" },
});
