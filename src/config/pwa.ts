/** The web app manifest's file name: vite-plugin-pwa writes it, boot.ts links it (after the first paint). */
export const MANIFEST_FILE = "manifest.webmanifest";
