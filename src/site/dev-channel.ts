import type { Problem } from "../core/problem.ts";

/**
 * How `npm run dev` tells the previewed page about the library's problems: a page asks for the
 * latest result on load (PROBLEMS_PATH) and is sent every later one over Vite's HMR socket
 * (PROBLEMS_EVENT).
 */
export const PROBLEMS_PATH = "/__fieldguide/problems";
export const PROBLEMS_EVENT = "fieldguide:problems";

export interface ProblemsReport {
  /** Counts the checks run since the server started, so an older answer never replaces a newer one. */
  run: number;
  /** The library folder, as the dev server was given it, so paths read as in the terminal. */
  root: string;
  problems: Problem[];
}
