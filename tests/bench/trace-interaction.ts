/**
 * Where the time of one interaction goes: a helper for working on `npm run bench` figures.
 *
 *   BENCH_ENTRIES=1000 npx vite build --config vite.bench.config.ts --minify false --outDir dist-bench-1000-dev
 *   npx tsx tests/bench/trace-interaction.ts dist-bench-1000-dev drawer 10
 *
 * Serves the build, opens it as the benchmark does (1280×720, reduced motion), repeats the
 * interaction (chip | drawer) and prints, summed over the timed repetitions: the browser's
 * own durations (script, style, layout; CDP Performance.getMetrics) and the functions with
 * the most self time (CDP Profiler). Build without minifying to read the names.
 */
import { chromium, type CDPSession, type Page } from "@playwright/test";
import { CHROME_PATH, CHROMIUM_FLAGS } from "../../scripts/chromium.ts";
import { startPreview, stopAllServers } from "../../scripts/perf/servers.ts";

const [outDir = "dist-bench-1000", scenario = "drawer", rounds = "10"] = process.argv.slice(2);
const PORT = 4390;
const TOP_FUNCTIONS = 30;
const METRICS = ["TaskDuration", "ScriptDuration", "RecalcStyleDuration", "LayoutDuration"] as const;

type ProfileNode = {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
};
type Profile = { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] };

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send("Performance.getMetrics")) as {
    metrics: { name: string; value: number }[];
  };
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}

async function interact(page: Page): Promise<void> {
  if (scenario === "chip") {
    const chip = page.getByRole("button", { name: /^Grief/ });
    const pressed = await chip.getAttribute("aria-pressed");
    await chip.click();
    await page.waitForFunction(
      ([was]) =>
        document.querySelector("[aria-pressed][data-trace-chip]")?.getAttribute("aria-pressed") !== was,
      [pressed],
    );
  } else {
    await page.locator("article h2 a").first().click();
    await page.locator("dialog[open]").waitFor();
  }
  await page.waitForTimeout(300);
}

async function undo(page: Page): Promise<void> {
  if (scenario === "drawer") {
    await page.keyboard.press("Escape");
    await page.locator("dialog[open]").waitFor({ state: "detached" });
    await page.waitForTimeout(300);
  }
}

async function main(): Promise<void> {
  const server = await startPreview(outDir, PORT);
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: [...CHROMIUM_FLAGS] });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      reducedMotion: "reduce",
      serviceWorkers: "block",
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/`, { waitUntil: "networkidle" });
    await page.locator("article").first().waitFor();
    await page
      .getByRole("button", { name: /^Grief/ })
      .evaluate((element) => element.setAttribute("data-trace-chip", ""));
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
    for (let i = 0; i < 3; i += 1) {
      await interact(page);
      await undo(page);
    }

    const totals = Object.fromEntries(METRICS.map((name) => [name, 0]));
    const selfTime = new Map<string, number>();
    const totalTime = new Map<string, number>();
    for (let i = 0; i < Number(rounds); i += 1) {
      const before = await metrics(cdp);
      await cdp.send("Profiler.start");
      await interact(page);
      const { profile } = (await cdp.send("Profiler.stop")) as { profile: Profile };
      const after = await metrics(cdp);
      for (const name of METRICS)
        totals[name] = (totals[name] ?? 0) + ((after[name] ?? 0) - (before[name] ?? 0));
      const byId = new Map(profile.nodes.map((node) => [node.id, node]));
      const parentOf = new Map<number, number>();
      for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
      const keyOf = ({ callFrame: { functionName, url, lineNumber } }: ProfileNode) =>
        `${functionName || "(anonymous)"} ${url.split("/").pop() ?? ""}:${lineNumber + 1}`;
      profile.samples?.forEach((id, index) => {
        const node = byId.get(id);
        if (!node) return;
        const { functionName, url } = node.callFrame;
        if (["(idle)", "(program)", "(garbage collector)"].includes(functionName) && url === "") return;
        const ms = (profile.timeDeltas?.[index] ?? 0) / 1000;
        selfTime.set(keyOf(node), (selfTime.get(keyOf(node)) ?? 0) + ms);
        // Inclusive time: once per function on the stack, however deep the recursion.
        const onStack = new Set<string>();
        for (let at: ProfileNode | undefined = node; at; at = byId.get(parentOf.get(at.id) ?? -1)) {
          onStack.add(keyOf(at));
        }
        for (const key of onStack) totalTime.set(key, (totalTime.get(key) ?? 0) + ms);
      });
      await undo(page);
    }
    const per = (value: number) => (value / Number(rounds)).toFixed(1);
    console.log(`${scenario} on ${outDir}, per interaction (ms):`);
    for (const name of METRICS) console.log(`  ${name.padEnd(20)} ${per((totals[name] ?? 0) * 1000)}`);
    console.log(`Top ${TOP_FUNCTIONS} functions by self time, per interaction (ms):`);
    for (const [key, ms] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, TOP_FUNCTIONS)) {
      console.log(`  ${per(ms).padStart(6)}  ${key}`);
    }
    // Components are named in PascalCase: their inclusive time is what rendering them costs.
    console.log("Components by inclusive time, per interaction (ms):");
    const components = [...totalTime].filter(([key]) => /^[A-Z][A-Za-z]+ /.test(key));
    for (const [key, ms] of components.sort((a, b) => b[1] - a[1]).slice(0, TOP_FUNCTIONS)) {
      console.log(`  ${per(ms).padStart(6)}  ${key}`);
    }
  } finally {
    await browser.close();
    await stopAllServers();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
