/** Elements of one kind whose state adds class words ("topic active" among "topic"). */

/**
 * `b` has the classes of `a` and a few more, each a state: "resume-card is-selected" among
 * "resume-card" (set Q, a CV database), "mail-row unread sel" among "mail-row" (set S, an inbox),
 * "item unseen selected" among "item" (set DD, a webmail's list).
 */
export function oneStateClassMore(a: Element, b: Element): boolean {
  const shorter = a.getAttribute('class') ?? '';
  const longer = b.getAttribute('class') ?? '';
  // Cheap first: asked of every pair of siblings on the way to a twin.
  if (shorter.trim() === '' || longer.length <= shorter.length) return false;
  const fewer = shorter.trim().split(/\s+/u);
  if (!longer.includes(fewer[0]!)) return false;
  const more = longer.trim().split(/\s+/u);
  if (more.length <= fewer.length || more.length > fewer.length + MAX_STATE_CLASSES || !fewer.every((name) => more.includes(name)))
    return false;
  // Only states: a private note among messages ("conv priv") is another kind of entry.
  return more.every((name) => fewer.includes(name) || STATE_CLASS.test(name));
}
const MAX_STATE_CLASSES = 3;

const STATE_CLASS =
  /^(?:is|has)-|(?:^|[-_])(?:selected|sel|active|current|open|opened|expanded|collapsed|focus|focused|checked|highlight|highlighted|hover|unread|read|unseen|seen|flagged|starred|pinned|important|answered|replied|new|odd|even|first|last|alt)$/iu;
