// Runs a command that starts a server (`npm run dev`, `npm start`…) in a copy of the project, as
// the README tells people to, and finds the address it prints.
import { spawn } from "node:child_process";
import { buildEnvironment } from "../build-env.ts";

export interface DevServer {
  url: string;
  /** Everything the server printed so far, standard output and error together. */
  output(): string;
  close(): Promise<void>;
}

/** Where Astro says it serves: "Local    http://localhost:4321/" (another port when that is taken). */
const LOCAL_ADDRESS = /Local\s+(http:\/\/[^\s/]+)/;

/**
 * Starts `command` in `project` with no setting of ours in its environment, and returns once the
 * address it prints answers. `startup` is how long that may take (npm start builds the site first).
 */
export async function startServer(
  project: string,
  command: string,
  startup = 90_000,
): Promise<DevServer> {
  // As a shell in `project` has it: its PWD (how a symlinked checkout shows), and the default library.
  const env = buildEnvironment({ PWD: project, NO_COLOR: "1" });
  delete env.FIELDGUIDE_CONTENT_DIR;
  // Its own process group, so that close() ends npm, astro and whatever astro started.
  const child = spawn("sh", ["-c", command], { cwd: project, env, detached: true });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const close = async () => {
    if (child.exitCode === null) process.kill(-child.pid!, "SIGTERM");
    await exited;
  };
  const deadline = Date.now() + startup;
  for (;;) {
    const url = LOCAL_ADDRESS.exec(output)?.[1];
    if (url && (await answers(url))) return { url, output: () => output, close };
    if (child.exitCode !== null || Date.now() > deadline) {
      await close();
      throw new Error(`${command} did not start a server:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** How the README starts the live preview (readme.test.ts holds it to that). */
export const DEV_COMMAND = "npm run dev";

/** The live preview in `project`, started as the README starts it. */
export function startDevServer(project: string): Promise<DevServer> {
  return startServer(project, DEV_COMMAND);
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}
