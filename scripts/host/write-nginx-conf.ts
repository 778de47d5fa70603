import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderNginxConf } from "./render-host-files.ts";
import { SITE_RULES } from "./site-rules.ts";

// npm run deploy:nginx-conf: writes deploy/nginx.conf from the site's rules. Commit the
// result; scripts/host-files.test.ts fails while the two differ.
const file = fileURLToPath(new URL("../../deploy/nginx.conf", import.meta.url));
writeFileSync(file, renderNginxConf(SITE_RULES));
console.log(`wrote ${file}`);
