/**
 * A question as its page carries it, with no tell in the source: the right option is kept only as
 * a hash of its wording salted per question and attempt, and what is shown after answering (the
 * explanation and the link to the sheet, which name the answer) is sealed with the same salt.
 * Not a lock: the salt is in the page, so whoever runs the hash over each option finds the answer.
 * It keeps the answer out of plain sight (view source, a search of the page), which is what a
 * knowledge check needs. Shared by the build, which seals, and the page, which checks and unseals.
 */
import { fingerprint, fnv1a } from "./fingerprint.ts";
import { seededRandom } from "./seeded.ts";

export interface SealedQuestion {
  prompt: string;
  options: string[];
  /** Different for every question of every attempt of every step. */
  salt: string;
  /** The salted hash of the right option's wording. */
  digest: string;
  /** What is shown after answering, as JSON, sealed. */
  sealed: string;
}

/** The salt of question `index` of an attempt at a step: fixed by the build, so builds repeat. */
export function saltFor(stepKey: string, attempt: number, index: number): string {
  return fingerprint({ stepKey, attempt, index });
}

const digestOf = (salt: string, option: string): string =>
  fnv1a(`${salt}\n${option}`).toString(16).padStart(8, "0");

export function sealQuestion<F>(
  question: { prompt: string; options: string[]; answer: number; feedback: F },
  salt: string,
): SealedQuestion {
  const right = question.options[question.answer];
  if (right === undefined) throw new Error(`answer ${question.answer} is not one of the options`);
  return {
    prompt: question.prompt,
    options: question.options,
    salt,
    digest: digestOf(salt, right),
    sealed: bytesToBase64(xor(new TextEncoder().encode(JSON.stringify(question.feedback)), salt)),
  };
}

export function isRightOption(question: SealedQuestion, choice: number): boolean {
  const option = question.options[choice];
  return option !== undefined && digestOf(question.salt, option) === question.digest;
}

export function unsealFeedback<F>(question: SealedQuestion): F {
  return JSON.parse(unsealed(question.salt, question.sealed)) as F;
}

const unsealed = (salt: string, sealed: string): string =>
  new TextDecoder().decode(xor(base64ToBytes(sealed), salt));
/** A sealed question as it stands in a page's JSON: the key order of `sealQuestion`. */
const SEALED_IN_PAGE =
  /"salt":"([0-9a-f]{8})","digest":"[0-9a-f]{8}","sealed":"([A-Za-z0-9+/=]*)"/g;

/**
 * Every sealed feedback in a built file, opened, one per line: what the leak check must read as
 * well, since a sealed explanation is not text it could find an internal figure in.
 */
export function openedFeedback(text: string): string {
  return [...text.matchAll(SEALED_IN_PAGE)]
    .map(([, salt, sealed]) => {
      try {
        return unsealed(salt!, sealed!);
      } catch {
        return "";
      }
    })
    .join("\n");
}

/** XOR with a keystream drawn from the salt: applied twice, it gives the bytes back. */
function xor(bytes: Uint8Array, salt: string): Uint8Array {
  const random = seededRandom(`seal:${salt}`);
  return bytes.map((byte) => byte ^ Math.floor(random() * 256));
}

function bytesToBase64(bytes: Uint8Array): string {
  return btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(""));
}

function base64ToBytes(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}
