import type { Config } from "tailwindcss";

// Tailwind 4 reads its theme from CSS (src/styles.css); this file keeps the design
// card's layout and holds the content globs and font stacks.
export default {
  content: ["./index.html", "./src/**/*.{ts,tsx}"],
  theme: {
    extend: {
      fontFamily: {
        serif: ['"Iowan Old Style"', '"Palatino Linotype"', "Palatino", '"Noto Serif"', "Georgia", "serif"],
        sans: [
          "system-ui",
          "-apple-system",
          '"Segoe UI"',
          "Roboto",
          '"Noto Sans"',
          '"Noto Sans JP"',
          "sans-serif",
        ],
      },
    },
  },
} satisfies Config;
