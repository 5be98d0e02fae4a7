import { cpus, freemem, loadavg, totalmem } from "node:os";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  /** Load average (1 min) when the benchmark started: other work on the machine skews absolute times. */
  loadAtStart: number;
  freeMemoryGiB: number;
}

export function describeMachine(): Machine {
  const processors = cpus();
  const gib = (bytes: number) => Math.round((bytes / 2 ** 30) * 10) / 10;
  return {
    cpu: processors[0]?.model.trim() ?? "unknown",
    cores: processors.length,
    memoryGiB: gib(totalmem()),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAtStart: Math.round(loadavg()[0]! * 100) / 100,
    freeMemoryGiB: gib(freemem()),
  };
}
