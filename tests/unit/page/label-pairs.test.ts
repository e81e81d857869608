import { beforeEach, describe, expect, it } from 'vitest';
import { pairedLabel } from '../../../lib/page/harvest/label-pairs';

const build = (markup: string) => document.body.replaceChildren(document.createRange().createContextualFragment(markup));
const find = (selector: string) => document.querySelector(selector)!;

describe('labels and values side by side in one grid', () => {
  beforeEach(() => document.body.replaceChildren());

  it('gives each value the label before it when every other child reads as a label', () => {
    build(
      '<div class="facts"><span>E-mail</span><span id="m">d.g@example.org</span><span>Telefoon</span><span id="t">06 48 09 66 13</span><span>Woonplaats</span><span id="w">Zeewolde</span></div>',
    );
    expect(pairedLabel(find('#m'))).toBe('E-mail');
    expect(pairedLabel(find('#t'))).toBe('Telefoon');
    expect(pairedLabel(find('#w'))).toBe('Woonplaats');
  });

  it('gives nothing in a row of headers, a row of names or to a label itself', () => {
    build('<div><span>Student</span><span id="h">Niveau</span><span>Leerweg</span><span>Status</span></div>');
    expect(pairedLabel(find('#h'))).toBeUndefined();
    build('<div><span id="l">E-mail</span><span>a@example.org</span><span>Telefoon</span><span>06 1234 5678</span></div>');
    expect(pairedLabel(find('#l'))).toBeUndefined();
    build('<div><span>Noor Bakx</span><span id="n">Joris Kok</span><span>Mirte Bos</span><span>Bram Oost</span></div>');
    expect(pairedLabel(find('#n'))).toBeUndefined();
  });

  it('reads a form-like table row whose label cells are classed apart from its value cells', () => {
    build(
      '<table><tr><td class="lbl">Recruiter:</td><td id="r"><a href="#">Bart Koster</a></td><td class="lbl">Hiring Manager:</td><td id="h">Annelies Smit</td></tr></table>',
    );
    expect(pairedLabel(find('#r'))).toBe('Recruiter:');
    expect(pairedLabel(find('#h'))).toBe('Hiring Manager:');
    // Values of two shapes are no pairs of one grid.
    build('<div><b>E-mail:</b><span id="m">a@example.org</span><b>Telefoon:</b><i>06 1234 5678</i></div>');
    expect(pairedLabel(find('#m'))).toBeUndefined();
  });
});
