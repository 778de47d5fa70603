// Servers the measuring scripts start and always stop: `vite preview` as a child process
// in its own process group (killing only its PID would leave the server running, see
// TOOLCHAIN.md), and a tiny in-process HTTP server for one generated HTML page.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:http";
import { createServer as createTcpServer } from "node:net";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const VITE_BIN = fileURLToPath(new URL("../../node_modules/.bin/vite", import.meta.url));
const START_TIMEOUT = 30_000; // ms for a server to answer its first request
const STOP_TIMEOUT = 5_000; // ms between SIGTERM and SIGKILL

export type RunningServer = { url: string; stop: () => Promise<void> };

const running = new Set<RunningServer>();

/** Stops every server still running: for `finally` blocks and signal handlers. */
export async function stopAllServers(): Promise<void> {
  await Promise.all([...running].map((server) => server.stop()));
}

// Ctrl-C or a kill must not leave a preview server behind.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void stopAllServers().finally(() => process.exit(130));
  });
}

async function waitUntilServing(url: string, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`the server for ${url} exited (${child.exitCode})`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${START_TIMEOUT} ms`);
}

function killGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const force = setTimeout(() => {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, STOP_TIMEOUT);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      clearTimeout(force);
      resolve();
    }
  });
}

/**
 * Fails when something already listens on the port: on a machine shared with other
 * checkouts, their server would answer in our place, and we would measure their build.
 */
async function assertPortFree(port: number): Promise<void> {
  const probe = createTcpServer();
  await new Promise<void>((resolve, reject) => {
    probe.once("error", () => reject(new Error(`port ${port} is in use: stop what listens there first`)));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}

/** `vite preview` of a built folder on 127.0.0.1:port, its own process group. */
export async function startPreview(outDir: string, port: number): Promise<RunningServer> {
  await assertPortFree(port);
  const args = ["preview", "--outDir", outDir, "--port", String(port), "--strictPort", "--host", "127.0.0.1"];
  const child = spawn(VITE_BIN, args, { cwd: ROOT, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const server: RunningServer = {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      running.delete(server);
      await killGroup(child);
    },
  };
  running.add(server);
  try {
    await waitUntilServing(server.url, child);
  } catch (error) {
    await server.stop();
    throw new Error(`vite preview --outDir ${outDir} did not start:\n${output}`, { cause: error });
  }
  return server;
}

export type ServedFile = { type: string; body: string };

/** Serves a few generated files by path, "/" being the HTML page (the reference pages). */
export async function serveFiles(files: Record<string, ServedFile>, port: number): Promise<RunningServer> {
  const httpServer = createServer((request, response) => {
    const file = files[request.url === "/index.html" ? "/" : (request.url ?? "")];
    if (!file) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": file.type, "cache-control": "no-cache" });
    response.end(file.body);
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(port, "127.0.0.1", () => resolve());
  });
  const server: RunningServer = {
    url: `http://127.0.0.1:${port}`,
    stop: () => {
      running.delete(server);
      return new Promise((resolve) => {
        httpServer.closeAllConnections();
        httpServer.close(() => resolve());
      });
    },
  };
  running.add(server);
  return server;
}
