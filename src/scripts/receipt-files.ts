// Receipt files as the manager hands them over: chosen one by one, a folder chosen, or files and
// folders dropped. A folder is read whole, but only its .json and .txt files: a folder of
// receipts often holds other things too, and those are not receipts with something wrong.
import type { ReceiptSource } from "../core/onboarding/team.ts";

const RECEIPT_FILE = /\.(json|txt)$/i;

export async function chosenFiles(
  files: FileList | null,
  inFolder: boolean,
): Promise<ReceiptSource[]> {
  const list = [...(files ?? [])].filter((file) => !inFolder || RECEIPT_FILE.test(file.name));
  return Promise.all(
    list.map(async (file) => ({
      name: file.webkitRelativePath || file.name,
      text: await file.text(),
    })),
  );
}

/** Files and folders dropped on the page; a folder's files are named by their path in it. */
export async function droppedFiles(transfer: DataTransfer | null): Promise<ReceiptSource[]> {
  if (!transfer) return [];
  const entries = [...transfer.items]
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry): entry is FileSystemEntry => Boolean(entry));
  if (entries.length === 0) return chosenFiles(transfer.files, false);
  const sources = await Promise.all(entries.map((entry) => read(entry, false)));
  return sources.flat();
}

async function read(entry: FileSystemEntry, inFolder: boolean): Promise<ReceiptSource[]> {
  if (entry.isFile) {
    if (inFolder && !RECEIPT_FILE.test(entry.name)) return [];
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    return [{ name: entry.fullPath.replace(/^\//, ""), text: await file.text() }];
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries returns a folder's entries in batches, an empty one at the end.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) break;
    children.push(...batch);
  }
  const nested = await Promise.all(children.map((child) => read(child, true)));
  return nested.flat();
}
