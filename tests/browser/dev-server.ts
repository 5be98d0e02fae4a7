// Runs `npm run dev` (astro dev) in a copy of the project, as the README starts it, for the dev
// preview's browser tests.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { buildEnvironment } from "../build-env.ts";

export interface DevServer {
  url: string;
  /** Everything the server printed so far, standard output and error together. */
  output(): string;
  close(): Promise<void>;
}

/** Starts `npm run dev` in `project` on a free port, with no setting of ours in its environment. */
export async function startDevServer(project: string): Promise<DevServer> {
  const port = await freePort();
  // As a shell in `project` has it: its PWD (how a symlinked checkout shows), and the default library.
  const env = buildEnvironment({ PWD: project, NO_COLOR: "1" });
  delete env.FIELDGUIDE_CONTENT_DIR;
  const child = spawn(
    "npm",
    ["run", "dev", "--", "--port", String(port), "--host", "127.0.0.1", "--strictPort"],
    {
      cwd: project,
      env,
      // Its own process group, so that close() ends npm, astro and whatever astro started.
      detached: true,
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const server: DevServer = {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    close: async () => {
      if (child.exitCode === null) process.kill(-child.pid!, "SIGTERM");
      await exited;
    },
  };
  const deadline = Date.now() + 90_000;
  while (!(await answers(server.url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await server.close();
      throw new Error(`astro dev did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return server;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
