import { bodyPosition } from "../source/library.ts";
import type { Problem } from "../problem.ts";
import type { SourceFile } from "../source/file.ts";
import { localImageSources } from "../text/talk-track-parts.ts";

/** The files a talk track may show; read with the library, so that a missing one is found here. */
const IMAGE_FILE = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

export function isImageFile(path: string): boolean {
  return IMAGE_FILE.test(path);
}

/** The first bytes of each kind of image the site's image pipeline takes in. */
const SIGNATURES: ((bytes: Uint8Array) => boolean)[] = [
  (bytes) => starts(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), // PNG
  (bytes) => starts(bytes, 0, [0xff, 0xd8, 0xff]), // JPEG
  (bytes) => ascii(bytes, 0, "GIF87a") || ascii(bytes, 0, "GIF89a"),
  (bytes) => ascii(bytes, 0, "RIFF") && ascii(bytes, 8, "WEBP"),
  (bytes) => ascii(bytes, 4, "ftypavif") || ascii(bytes, 4, "ftypavis"),
];

interface WithTalkTrack {
  file: string;
  body: string;
  bodyLine: number;
}

/**
 * Every image a talk track shows from the library is a file of the library, and an image: a
 * missing file or a text file named .png would stop the build's image pipeline with a stack trace.
 * SVG is refused outright: it can carry scripts and event handlers that run when it is opened.
 */
export function checkImages(
  entries: readonly WithTalkTrack[],
  files: readonly SourceFile[],
): Problem[] {
  const byPath = new Map(files.map((file) => [file.path, file]));
  return entries.flatMap((entry) =>
    localImageSources(entry.body).flatMap((source): Problem[] => {
      const path = resolveFrom(entry.file, source);
      const problem = (message: string, hint: string): Problem[] => [
        {
          severity: "error",
          file: entry.file,
          ...bodyPosition(entry, Math.max(0, entry.body.indexOf(source))),
          field: "",
          message,
          hint,
          rule: "image",
        },
      ];
      if (path === undefined) {
        return problem(
          `the image "${source}" is outside the library folder`,
          "Put the image in the library (e.g. images/) and point to it from there.",
        );
      }
      if (/\.svg$/i.test(path)) {
        return problem(
          `the image "${source}" is an SVG, which the library does not take: it can hold scripts`,
          "Export the image as PNG, JPEG or WebP and point to that file instead.",
        );
      }
      const file = byPath.get(path);
      if (!file || file.link) {
        return problem(
          `the image "${source}" is not in the library (${path})`,
          "Check the file name and the folder: the address is relative to this file.",
        );
      }
      if (!SIGNATURES.some((matches) => matches(file.bytes))) {
        return problem(
          `"${source}" is not a PNG, JPEG, GIF, WebP or AVIF image`,
          "Save the picture again as PNG, JPEG or WebP: the file's name alone does not make it one.",
        );
      }
      return [];
    }),
  );
}

/** The library path an address points at from `file`, or undefined when it leaves the library. */
function resolveFrom(file: string, source: string): string | undefined {
  const parts = file.split("/").slice(0, -1);
  let address: string;
  try {
    address = decodeURI(source.replace(/[?#].*$/, ""));
  } catch {
    address = source;
  }
  for (const segment of address.split("/")) {
    if (segment === "..") {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

function starts(bytes: Uint8Array, offset: number, expected: readonly number[]): boolean {
  return expected.every((byte, index) => bytes[offset + index] === byte);
}

function ascii(bytes: Uint8Array, offset: number, text: string): boolean {
  return starts(
    bytes,
    offset,
    [...text].map((character) => character.charCodeAt(0)),
  );
}
