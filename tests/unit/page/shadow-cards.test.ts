import { beforeEach, describe, expect, it } from 'vitest';
import { createHarvester } from '../../../lib/page/harvest/harvester';
import { createPageMarks } from '../../../lib/page/harvest/page-marks';
import { firstShownText, firstTextElement, itemOf } from '../../../lib/page/harvest/structure';
import { testLexicon } from '../blinding/test-lexicon';

/** A board of custom-element cards: name and initials in an open shadow root, a photo slotted in. */
function board(photos: boolean[]): Element[] {
  document.body.replaceChildren();
  const lane = document.createElement('div');
  document.body.append(lane);
  return photos.map((photo, index) => {
    const card = document.createElement('wh-card');
    if (photo) {
      const image = document.createElement('img');
      image.setAttribute('slot', 'avatar');
      card.append(image);
    }
    lane.append(card);
    const root = card.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = ':host { display: block }';
    const slot = document.createElement('slot');
    slot.setAttribute('name', 'avatar');
    const initials = document.createElement('span');
    initials.textContent = 'PR';
    slot.append(initials);
    const title = document.createElement('div');
    title.className = 'title';
    title.textContent = `Priya Raghunathan ${index}`;
    root.append(style, slot, title);
    return card;
  });
}

describe('cards drawn by custom elements in open shadow roots', () => {
  beforeEach(() => document.body.replaceChildren());

  it('are the items of a board: a text in the shadow root belongs to its host, one of several alike', () => {
    const [card] = board([true, true]);
    const title = card!.shadowRoot!.querySelector('.title')!;
    expect(itemOf(title)).toBe(card);
  });

  it('show their text through the shadow root, without style text or the initials a slot shows for a missing photo', () => {
    const [withPhoto, withoutPhoto] = board([true, false]);
    expect(firstShownText(withoutPhoto!, 5)?.data).toBe('Priya Raghunathan 1');
    expect(firstShownText(withoutPhoto!, 5, (text) => text.startsWith('PR'))).toBeUndefined();
    expect(firstTextElement(withPhoto!)).toBe(withPhoto!.shadowRoot!.querySelector('.title'));
    expect(firstTextElement(withoutPhoto!)).toBe(withoutPhoto!.shadowRoot!.querySelector('.title'));
  });

  it('keep initials that stand as text of their own in a light card', () => {
    document.body.innerHTML = '<div class="c"><span>MW</span><b>Mark de Wit</b></div><div class="c"></div>';
    expect(firstTextElement(document.querySelector('.c')!)?.tagName).toBe('SPAN');
  });

  it("counts words about applicants in a shadow root, which the document's own count cannot see", () => {
    const host = document.createElement('wh-board');
    document.body.append(host);
    const heading = document.createElement('h2');
    heading.textContent = 'Sollicitanten · Klantenservice';
    host.attachShadow({ mode: 'open' }).append(heading);
    const harvester = createHarvester({ lexicon: testLexicon({}), marks: createPageMarks() });
    harvester.pass(host.shadowRoot!).run();
    expect(harvester.evidence.applicantTokens).toBe(1);
    harvester.pass(document.documentElement).run();
    expect(harvester.evidence.applicantTokens).toBe(1);
  });
});
