// Loaded after first paint: layout animations and drag (about 30 kB gzip) stay out of
// the initial bundle. See LazyMotion in ./motion-provider.
export { domMax } from "motion/react";
