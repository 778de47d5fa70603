import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { validateEntriesPlugin } from "./scripts/validate-entries-plugin.ts";

export default defineConfig({
  plugins: [validateEntriesPlugin(), react(), tailwindcss()],
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            { name: "router", test: /node_modules[\\/]react-router[\\/]/, priority: 2 },
            { name: "query", test: /node_modules[\\/]@tanstack[\\/]/, priority: 2 },
          ],
        },
      },
    },
  },
  test: {
    environment: "jsdom",
    globals: false,
    setupFiles: ["./tests/setup/setup-test-env.ts"],
    include: ["src/**/*.test.{ts,tsx}", "data/**/*.test.ts", "scripts/**/*.test.ts"],
    css: false,
  },
});
