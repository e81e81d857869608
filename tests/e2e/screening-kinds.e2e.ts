/**
 * Blind screenen on kinds of screens that fooled it before, on our own invented pages
 * (tests/fixtures/pages/screening/kinds/, with a manifest of what must be hidden and what must
 * stay): candidate records whose notes are a thread of comments (with and without a record
 * number, the name after a title, alone, in a file name and in Cyrillic), webmail inboxes with a
 * reading pane (Outlook-like, senders as tooltips, the recruiter addressed in the mail), windowed
 * lists recycled in place (Chinese and Indian names, text nodes given new data or replaced), modal
 * dialogs opened and filled late, a card board and a table whose trade names are also surnames,
 * assignees' initials avatars, profile fields in web components, HR forms with initials and a date
 * of birth split over three fields, and the recruiter's own name, address and contact block; a
 * kanban of custom-element cards with a hover card, a recruiter's list of prospects, spreadsheet
 * exports (an ARIA grid numbering its columns, a table under a frozen header table), an interview
 * scorecard, a team chat about applicants, a calendar with interviews, an applicant's page with a
 * breadcrumb and activity lines, forwarded applications with the forwarder's remarks, and names
 * beside their spelling in another script; a sheet whose column headers are letters, a PDF text
 * layer with one span per word, a grid whose rows are tables of their own with alternating classes
 * and a notes panel, and a vacancy with an empty application form (nothing changes); a sheet drawn
 * as positioned cells without rows, a chat log whose later messages speak of the applicant by
 * pronoun with a bot's card, and a profile card below the page's header beside a list of other
 * candidates with initials avatars; a booking tool's interview invitees, a cv in a document viewer
 * whose bar names the file, avatar components that draw initials in their shadow root, and a
 * letter in a frame the page writes with document.open(); a call whose guest waits in a lobby dialog
 * shown late, beside the hosts' notes and a shared portrait; a colleague's forward in a frame that
 * speaks of the applicant without her name. Each page is judged like a page of the
 * blind set (tests/e2e/blind-set/judge.ts): nothing left, nothing over-redacted, no frame painted
 * with a name.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BlindPage, Visit } from './blind-set/blind-set';
import { judgePage, type PageResult } from './blind-set/judge';
import { visitPage } from './blind-set/visit';
import { enableSite, fixtureUrl, useExtension } from './harness';

const KINDS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages/screening/kinds');
const PAGES = (JSON.parse(readFileSync(resolve(KINDS_DIR, 'manifest.json'), 'utf8')) as { pages: BlindPage[] }).pages;

describe('Blind screenen on kinds of screens it missed before', () => {
  const ext = useExtension({ language: 'nl' });
  const off = new Map<string, Visit>();
  const results = new Map<string, PageResult>();
  const url = (file: string) => fixtureUrl(`screening/kinds/${file}`);

  it('reads every page without the extension, then with screening switched on', { timeout: 240_000 }, async () => {
    await enableSite(ext.context, 'http://127.0.0.1/*', { vacancy: false, screening: false, checklist: false });
    for (const page of PAGES) off.set(page.file, await visitPage(ext.context, url(page.file), page));
    await enableSite(ext.context, 'http://127.0.0.1/*', { vacancy: false, screening: true, checklist: false });
    for (const page of PAGES)
      results.set(page.file, judgePage(page, off.get(page.file)!, await visitPage(ext.context, url(page.file), page)));
    expect(results.size).toBe(PAGES.length);
    expect(PAGES.map((page) => page.file)).toEqual(
      expect.arrayContaining([
        'notes-record.html',
        'record-comments-nl.html',
        'record-comments-en.html',
        'candidate-timeline-nl.html',
        'inbox.html',
        'owa-inbox.html',
        'owa-reading-pane.html',
        'virtual-list.html',
        'windowed-list-cjk.html',
        'recycled-cards.html',
        'modal-quickview.html',
        'employer-dialog.html',
        'dialog-late-text.html',
        'profile-elements-en.html',
        'personnel-form-initials.html',
        'trade-titles-board.html',
        'profile-owner-contact.html',
        'profile-recruiter-sidebar-en.html',
        'record-plain-title.html',
        'kanban-shadow-cards.html',
        'pipeline-list-en.html',
        'grid-export-nl.html',
        'table-frozen-header.html',
        'scorecard-form.html',
        'team-chat.html',
        'booking-interviews.html',
        'document-viewer-cv.html',
        'document-written-frame.html',
        'avatar-components.html',
        'calendar-week.html',
        'applicant-detail-activity.html',
        'forwarded-application-mail.html',
        'non-latin-names-cards.html',
        'personal-details.html',
        'flat-grid-sheet.html',
        'chat-log-pronouns.html',
        'profile-card-under-header.html',
        'call-lobby.html',
        'colleague-forward-frame.html',
        'staffing-grid-and-record.html',
      ]),
    );
  });

  it.each(PAGES.map((page) => page.file))('%s: every marker hidden, colleagues readable, no frame painted with a name', (file) => {
    const result = results.get(file);
    expect(result, `no result for ${file}`).toBeDefined();
    expect({
      setProblems: result!.setProblems,
      left: result!.left.map((marker) => `${marker.kind}: ${marker.text}`),
      missing: result!.missing,
      photosVisible: result!.photosVisible,
      fieldsChanged: result!.fieldsChanged,
      fieldsReadable: result!.fieldsReadable,
      paintedFrames: result!.paintedFrames,
      neverShown: result!.neverShown,
      changes: result!.changes,
    }).toEqual({
      setProblems: [],
      left: [],
      missing: [],
      photosVisible: 0,
      fieldsChanged: [],
      fieldsReadable: [],
      paintedFrames: 0,
      neverShown: false,
      changes: [],
    });
    expect(result!.pass).toBe(true);
  });
});
