import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The Content Security Policy a host sends with every page of the built site (the `/*` rule of
 * public/_headers), for `npm run dev` to send too: what the preview shows is then held to the same
 * sources (no other origin, no plugin, no framing) as what ships. The built pages' own <meta>
 * policy (script-src and style-src by hash, astro.config.mjs) is not repeated: Astro writes it only
 * into a build, and Vite's dev client runs scripts and styles that no build hash covers.
 */
export function sitePolicy(publicDir: string): string | undefined {
  const file = join(publicDir, "_headers");
  if (!existsSync(file)) return undefined;
  let everyPage = false;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) everyPage = line.trim() === "/*";
    else if (everyPage) {
      const header = /^\s*Content-Security-Policy\s*:\s*(.*)$/i.exec(line);
      if (header) return header[1]!.trim();
    }
  }
  return undefined;
}
