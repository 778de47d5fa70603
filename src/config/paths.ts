// Every URL the app builds comes from here, so a route can move in one place.
export const paths = {
  home: {
    pattern: "/",
    getHref: () => "/",
  },
  entry: {
    pattern: "/anime/:slug",
    getHref: (slug: string) => `/anime/${encodeURIComponent(slug)}`,
  },
} as const;
