// The builds `npm run bench` times: this checkout's, one per size (vite.bench.config.ts), and
// with BENCH_AGAINST=<git ref> another commit's next to it, so the bench can time both in one
// run, their cells interleaved. This machine's speed drifts from one
// hour to the next more than most changes move a figure; only a side-by-side run compares.
// The commit is checked out in a git worktree under perf-results/ (node_modules shared by a
// symlink) and built there with its own vite.bench.config.ts; removed again by `remove()`.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { RESULTS_DIR } from "../../scripts/perf/report.ts";
import { ROOT } from "../../scripts/perf/servers.ts";

export type ReferenceBuild = {
  /** What the table calls it: the ref and its short commit. */
  label: string;
  /** The build's folder for `size` entries (an absolute path). */
  outDir: (size: number) => string;
  remove: () => void;
};

const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8" }).trim();

/** The folder a build with `size` entries goes to, inside the checkout it was built in (vite.bench.config.ts). */
export const benchDir = (size: number) => `dist-bench-${size}`;

/** Builds the app in `cwd` with `size` entries, into `cwd`/benchDir(size). */
export function buildBenchApp(cwd: string, size: number, name: string): void {
  console.log(`Building ${name} with ${size} entries…`);
  const build = spawnSync(
    join(ROOT, "node_modules/.bin/vite"),
    ["build", "--config", "vite.bench.config.ts", "--logLevel", "warn"],
    {
      cwd,
      stdio: "inherit",
      // The bench config imports the app's schema; Vite's note about a future config loader is noise here.
      env: { ...process.env, BENCH_ENTRIES: String(size), VITE_CONFIG_NATIVE_IGNORE_WARNING: "true" },
    },
  );
  if (build.status !== 0) throw new Error(`the ${size}-entry build of ${name} failed`);
}

export function buildReference(ref: string, sizes: readonly number[]): ReferenceBuild {
  const commit = git("rev-parse", "--short", `${ref}^{commit}`);
  const tree = join(RESULTS_DIR, `bench-ref-${commit}`);
  const remove = () => {
    if (!existsSync(tree)) return;
    git("worktree", "remove", "--force", tree);
  };
  remove();
  git("worktree", "add", "--detach", tree, commit);
  try {
    symlinkSync(join(ROOT, "node_modules"), join(tree, "node_modules"), "dir");
    for (const size of sizes) buildBenchApp(tree, size, `${ref} (${commit})`);
  } catch (error) {
    remove();
    rmSync(tree, { recursive: true, force: true });
    throw error;
  }
  return {
    label: ref === commit ? commit : `${ref} (${commit})`,
    outDir: (size) => join(tree, benchDir(size)),
    remove,
  };
}
