import { beforeEach, describe, expect, it } from 'vitest';
import { createPagePhotos } from '../../../entrypoints/screening.content/page-photos';
import { NO_ADAPTER } from '../../../entrypoints/screening.content/generic-adapter';

const shown = (element: Element) => getComputedStyle(element).visibility !== 'hidden' && (element as HTMLElement).style.display !== 'none';

describe('photos found before the settings came', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    document.body.innerHTML = '<img id="photo" alt="" src="data:,">';
    style = document.createElement('style');
    document.head.append(style);
  });

  it('are hidden once the page turns out to be about applicants, when photos are hidden at all', () => {
    const settings = { hidden: undefined as boolean | undefined }; // undefined: the session has not answered yet
    const photos = createPagePhotos(style, () => settings.hidden === true);
    const photo = document.getElementById('photo')!;
    photos.offer(photo); // the names are read while the session is on its way
    settings.hidden = true;
    photos.activate(NO_ADAPTER);
    expect(shown(photo)).toBe(false);
  });

  it('stay shown when the recruiter chose to see photos', () => {
    const settings = { hidden: undefined as boolean | undefined };
    const photos = createPagePhotos(style, () => settings.hidden === true);
    const photo = document.getElementById('photo')!;
    photos.offer(photo);
    settings.hidden = false;
    photos.activate(NO_ADAPTER);
    expect(shown(photo)).toBe(true);
  });
});
