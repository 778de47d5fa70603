import type { PathPattern, SiteRules } from "./site-rules.ts";

// The site's rules (site-rules.ts) in each host's own format. Pure functions: the build
// writes _headers and _redirects (host-files-plugin.ts), and deploy/nginx.conf is
// committed, with a test that it matches renderNginxConf (scripts/host-files.test.ts).

const GENERATED = "Generated from scripts/host/site-rules.ts; edit that, not this (docs/deploy.md).";

/** Where nginx listens: the address the end-to-end tests use (tests/nginx). */
export const NGINX_LISTEN = "127.0.0.1:8080";

// Text worth compressing, beyond text/html, which gzip always covers. Hosts like Netlify
// and Cloudflare Pages choose for themselves.
const GZIP_TYPES = [
  "text/css",
  "text/javascript",
  "application/javascript",
  "application/json",
  "application/manifest+json",
  "image/svg+xml",
  "application/xml",
  "text/xml",
  "text/plain",
];
const GZIP_MIN_LENGTH = 256; // bytes; below this the gzip header costs more than it saves

// nginx writes nothing into the folder it serves: its pid and temporary files go to /tmp,
// its errors to stderr, and it keeps no access log.
const TEMP = "/tmp/made-us-cry-nginx";

function quoted(value: string): string {
  if (/["\\$\n]/.test(value)) throw new Error(`Cannot write ${JSON.stringify(value)} into nginx.conf`);
  return `"${value}"`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** nginx's `map` key for a pattern: an exact string, or a regular expression for a prefix. */
function mapKey(pattern: PathPattern): string {
  return "exact" in pattern ? quoted(pattern.exact) : quoted(`~^${escapeRegExp(pattern.prefix)}`);
}

function extensionOf(path: string): string {
  const extension = /\.(\w+)$/.exec(path)?.[1];
  if (!extension) throw new Error(`${path} has no extension for nginx's types`);
  return extension;
}

/** The pattern in _headers syntax, which Netlify and Cloudflare Pages share. */
function headersPath(pattern: PathPattern): string {
  return "exact" in pattern ? pattern.exact : `${pattern.prefix}*`;
}

/**
 * A complete nginx.conf for `nginx -p dist/ -c "$PWD/deploy/nginx.conf"`. Every header is
 * added once, in the server block, with `always` (so the 404 carries it too): a location
 * with an add_header of its own would drop all of the server's. Cache-Control differs by
 * path through a map instead. The map reads the URI after try_files and error_page have
 * rewritten it, so a missing /assets/ file answers with the 404 page's no-cache, never
 * with immutable.
 */
export function renderNginxConf(rules: SiteRules): string {
  const width = Math.max(
    ...rules.cache.flatMap((rule) => rule.paths.map((pattern) => mapKey(pattern).length)),
    "default".length,
  );
  const cacheMap = [
    `        ${"default".padEnd(width)} ${quoted(rules.defaultCacheControl)};`,
    ...rules.cache.flatMap((rule) =>
      rule.paths.map((pattern) => `        ${mapKey(pattern).padEnd(width)} ${quoted(rule.cacheControl)};`),
    ),
  ];
  const headers = rules.securityHeaders.map(
    ([name, value]) => `        add_header ${name} ${quoted(value)} always;`,
  );
  const hostFiles = rules.hostFiles.map(
    (path) => `        location = ${path} {\n            return 404;\n        }`,
  );
  const redirects = rules.redirects.map(
    ({ from, to, status }) => `        location = ${from} {\n            return ${status} ${to};\n        }`,
  );
  return `# ${GENERATED}
# Regenerate: npm run deploy:nginx-conf
# Serves the build on ${NGINX_LISTEN}: nginx -p dist/ -c "$PWD/deploy/nginx.conf" -g 'daemon off;'
# Started as root, nginx reads files as an unprivileged user: dist/ must be readable by others.

worker_processes auto;
pid ${TEMP}.pid;
error_log stderr warn;

events {
    worker_connections 1024;
}

http {
    include /etc/nginx/mime.types;
    types {
${rules.contentTypes.map(({ path, contentType }) => `        ${contentType} ${extensionOf(path)};`).join("\n")}
    }
    default_type application/octet-stream;
    charset utf-8;

    access_log off;
    server_tokens off;
    sendfile on;
    # Redirects say only the path: behind a proxy that ends TLS, nginx would name the wrong scheme.
    absolute_redirect off;

    client_body_temp_path ${TEMP}-client-body;
    proxy_temp_path ${TEMP}-proxy;
    fastcgi_temp_path ${TEMP}-fastcgi;
    uwsgi_temp_path ${TEMP}-uwsgi;
    scgi_temp_path ${TEMP}-scgi;

    gzip on;
    gzip_vary on;
    gzip_proxied any;
    gzip_comp_level 6;
    gzip_min_length ${GZIP_MIN_LENGTH};
    gzip_types ${GZIP_TYPES.join(" ")};

    map $uri $cache_control {
${cacheMap.join("\n")}
    }

    server {
        listen ${NGINX_LISTEN};
        # Relative to the prefix (-p dist/): the build itself.
        root .;

${headers.join("\n")}
        add_header Cache-Control $cache_control always;

        location = / {
            try_files /index.html =404;
        }

        # /anime/hal is anime/hal.html. No fallback to index.html: a path with no page is a 404.
        location / {
            try_files $uri $uri${rules.pageExtension} =404;
        }

        error_page 404 ${rules.notFoundPage};
${[...hostFiles, ...redirects].map((block) => `\n${block}`).join("\n")}
    }
}
`;
}

/** Netlify's and Cloudflare Pages' _headers: the same headers, by the same paths. */
export function renderHeadersFile(rules: SiteRules): string {
  const block = (path: string, lines: readonly string[]) =>
    [path, ...lines.map((line) => `  ${line}`)].join("\n");
  const comment = [
    `# ${GENERATED}`,
    "# Read by Netlify and Cloudflare Pages, which do not serve it. Paths no rule below names",
    "# (the pages, the 404) get the host's own Cache-Control, max-age=0, must-revalidate:",
    `# the same as our ${rules.defaultCacheControl}.`,
  ].join("\n");
  // One block per path, in the rules' order: the security headers on every path, then
  // each path's Cache-Control and Content-Type.
  const byPath = new Map<string, string[]>([
    ["/*", rules.securityHeaders.map(([name, value]) => `${name}: ${value}`)],
  ]);
  const add = (path: string, line: string) => byPath.set(path, [...(byPath.get(path) ?? []), line]);
  for (const rule of rules.cache) {
    for (const pattern of rule.paths) add(headersPath(pattern), `Cache-Control: ${rule.cacheControl}`);
  }
  for (const { path, contentType } of rules.contentTypes) add(path, `Content-Type: ${contentType}`);
  const blocks = Array.from(byPath, ([path, lines]) => block(path, lines));
  return `${[comment, ...blocks].join("\n\n")}\n`;
}

/** Netlify's and Cloudflare Pages' _redirects. */
export function renderRedirectsFile(rules: SiteRules): string {
  return [
    `# ${GENERATED}`,
    `# Both hosts serve /anime/hal from anime/hal${rules.pageExtension} themselves, and ${rules.notFoundPage} with`,
    "# status 404 for a path with no file, as long as no rule here sends every path to",
    "# /index.html (the single-page fallback this site does not want).",
    ...rules.redirects.map(({ from, to, status }) => `${from} ${to} ${status}`),
  ]
    .join("\n")
    .concat("\n");
}
