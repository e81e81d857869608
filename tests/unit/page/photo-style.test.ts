import { describe, expect, it } from 'vitest';
import { photoCss } from '../../../lib/page/photo-style';

describe('photoCss', () => {
  it('hides adapter photos, images in applicant containers and avatar-like images', () => {
    const css = photoCss(['.avatar-x'], ['.row']);
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    expect(css).toContain('.avatar-x{visibility:hidden!important}');
    expect(css).toContain('.row img{visibility:hidden!important}');
    expect(css).toContain('img[alt*="profielfoto" i]');
  });

  it('drops selectors that would break out of a rule', () => {
    expect(photoCss(['a{} body', '.ok'], [])).not.toContain('body');
  });
});
