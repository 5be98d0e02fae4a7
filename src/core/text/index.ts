// text/: words as a reader sees them: folding, phrases, figures, sentences, slugs.
// Its public face: what the project outside src/core uses, and all it may import from here
// (docs/architecture.md says why the core itself and the browser's islands import the files).
export { readTalkTrack } from "./mdx.ts";
export type { TalkTrackKind } from "./mdx.ts";
export { urlSegment } from "./slug.ts";
export { showsLocalImage, talkTrackParts } from "./talk-track-parts.ts";
export type { TalkTrackPart } from "./talk-track-parts.ts";
