/**
 * The blind set of screening pages (tests/fixtures/blind/screening/, written by someone who never
 * read the blinding code) and what one visit of a page yields. The set itself is frozen: this file
 * only reads it. EW_BLIND_SET_DIR names another folder of the same layout (pages and a
 * manifest.json), a held-out set the engineers never see; the test server serves it under
 * /blind-set/.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FROZEN_BLIND_SET_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/blind/screening');

/** True when EW_BLIND_SET_DIR points the harness at a held-out folder instead of the frozen set. */
export function isHeldOutSet(): boolean {
  return (process.env.EW_BLIND_SET_DIR ?? '') !== '';
}

/** The folder the pages come from: EW_BLIND_SET_DIR (an absolute path), else the frozen set. */
export function blindSetDir(): string {
  const chosen = process.env.EW_BLIND_SET_DIR ?? '';
  if (chosen === '') return FROZEN_BLIND_SET_DIR;
  if (!isAbsolute(chosen))
    throw new Error(`EW_BLIND_SET_DIR must be an absolute path to a folder with pages and a manifest.json, not "${chosen}".`);
  return chosen;
}

export type PageRole = 'applicants' | 'vacancy' | 'neither';

export interface BlindPage {
  file: string;
  role: PageRole;
  mustHide: { text: string; kind: string }[];
  mustStay: string[];
  photos: string[];
  fields: { selector: string; kind: string }[];
  dynamic?: string;
  settleMs?: number;
}

export function loadBlindSet(): BlindPage[] {
  const manifest = JSON.parse(readFileSync(join(blindSetDir(), 'manifest.json'), 'utf8')) as { pages: BlindPage[] };
  return manifest.pages;
}

/** What the page shows at one moment (tests/e2e/blind-set/page-snapshot.js). */
export interface Snapshot {
  /** False while the page is still held unpainted. */
  shown: boolean;
  /** Visible text, one entry per text node that is laid out. */
  text: string[];
  /** The same text as one string, as it reads: text of neighbouring boxes apart, of one box joined. */
  flow: string;
  title: string;
  attributes: string[];
  /** Values of form fields that are visible and not covered by our mask. */
  fieldValues: string[];
  photos: { selector: string; count: number; visible: number }[];
  /** `value` is what the form holds; `shown` what it displays (a select's option text); readable: shown, visible, not covered. */
  fields: { selector: string; found: boolean; value: string; shown: string; readable: boolean }[];
  /** Images, pictures and SVGs that are visible. */
  images: number;
  /** Field masks we draw. */
  masks: number;
  /** Text of the extension's own visible UI (launcher, panel). */
  ownUi: string;
}

export interface Visit {
  snapshot: Snapshot;
  /** Animation frames seen, and those in which an applicant's name was laid out for painting. */
  frames: number;
  paintedFrames: number;
}
