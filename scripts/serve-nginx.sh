#!/usr/bin/env bash
# Serves dist/ with nginx and deploy/nginx.conf on 127.0.0.1:8080, as a real host would
# (docs/deploy.md). Playwright's "nginx" project starts it; it runs in the foreground.
set -euo pipefail
cd "$(dirname "$0")/.."

nginx_bin="$(command -v nginx || true)"
[ -z "$nginx_bin" ] && [ -x /usr/sbin/nginx ] && nginx_bin=/usr/sbin/nginx
if [ -z "$nginx_bin" ]; then
  echo "nginx is missing. As root, run:" >&2
  echo "  apt-get update && apt-get install -y --no-install-recommends nginx" >&2
  exit 1
fi
if [ ! -f dist/index.html ]; then
  echo "There is no build in dist/: run npm run build first." >&2
  exit 1
fi
# Started as root, nginx reads files as an unprivileged user (TOOLCHAIN.md, pitfall 11),
# and a checkout may sit where only root can go (a `mktemp -d` folder is 0700): serve a
# copy of the build that anyone may read. Deploys serve dist/ itself (docs/deploy.md).
site="$(mktemp -d "${TMPDIR:-/tmp}/made-us-cry-site.XXXXXX")"
cp -R dist/. "$site/"
chmod -R a+rX "$site"
exec "$nginx_bin" -p "$site/" -c "$PWD/deploy/nginx.conf" -g 'daemon off;'
