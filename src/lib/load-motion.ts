// Motion's `animate` (motion/mini: its Web Animations build, about 3.3 kB gzip) loads the
// first time something moves, not with the page: the countdown bar's place, a dragged
// sheet, Firefox's card reveal. The page's first load stays within its budget.
export const loadAnimate = () => import("motion/mini").then((module) => module.animate);
