import { describe, expect, it } from 'vitest';
import { createPhotoHider, frameOf } from '../../../lib/page/photo-hider';

describe('createPhotoHider', () => {
  it('hides with an inline rule and puts back exactly what the style said before', () => {
    document.body.replaceChildren(
      document
        .createRange()
        .createContextualFragment('<div id="card"><img id="a"><span id="b" style="visibility: visible">TK</span></div><img id="c">'),
    );
    const [a, b, c] = ['#a', '#b', '#c'].map((selector) => document.querySelector<HTMLElement>(selector)!);
    const photos = createPhotoHider();
    for (const element of [a!, b!, c!]) photos.hide(element);
    expect(photos.count).toBe(3);
    expect(a!.style.getPropertyPriority('visibility')).toBe('important');
    photos.showIn(document.querySelector('#card')!);
    expect(a!.style.visibility).toBe('');
    expect(b!.style.visibility).toBe('visible');
    expect(c!.style.visibility).toBe('hidden');
    // A revealed photo stays shown when the page is read again.
    photos.hide(a!);
    expect(a!.style.visibility).toBe('');
    photos.showAll();
    expect(c!.style.visibility).toBe('');
    expect(photos.count).toBe(0);
  });

  it('hides the wrapper that holds nothing but the photo, never a card or the body', () => {
    document.body.replaceChildren(
      document
        .createRange()
        .createContextualFragment(
          '<div class="row"><div class="av" id="circle"><img id="a"></div><div class="nm">Kandidaat 1</div></div>' +
            '<div id="card"><img id="b"> Noor</div><img id="c">',
        ),
    );
    const [a, b, c] = ['#a', '#b', '#c'].map((selector) => document.querySelector<HTMLElement>(selector)!);
    expect(frameOf(a!).id).toBe('circle');
    expect(frameOf(b!)).toBe(b);
    expect(frameOf(c!)).toBe(c);
    // A photo slotted into a custom element's card is framed by nothing: the host is the whole card.
    const host = document.createElement('wh-card');
    host.attachShadow({ mode: 'open' });
    const slotted = Object.assign(document.createElement('img'), { slot: 'avatar' });
    host.append(slotted);
    document.body.append(host);
    expect(frameOf(slotted)).toBe(slotted);
    const photos = createPhotoHider();
    photos.hide(a!);
    expect(document.querySelector<HTMLElement>('#circle')!.style.visibility).toBe('hidden');
    photos.showIn(document.querySelector('.row')!);
    expect(document.querySelector<HTMLElement>('#circle')!.style.visibility).toBe('');
  });
});
