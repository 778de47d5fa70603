import { QueryClient } from "@tanstack/react-query";

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The ranking is static: one try plus one retry, then show the error with Retry.
        retry: 1,
        refetchOnWindowFocus: false,
      },
    },
  });
}
