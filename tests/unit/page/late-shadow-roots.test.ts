import { describe, expect, it } from 'vitest';
import { createLateShadowRoots } from '../../../lib/page/late-shadow-roots';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

describe('shadow roots attached after their host was read', () => {
  it('finds a root attached to a custom element later, in the next animation frame', async () => {
    const found: ShadowRoot[] = [];
    const late = createLateShadowRoots((root) => found.push(root));
    const host = document.createElement('x-spotlight');
    const plain = document.createElement('div');
    document.body.append(host, plain);
    late.offer(host);
    late.offer(plain);
    await nextFrame();
    expect(found).toEqual([]);
    const root = host.attachShadow({ mode: 'open' });
    plain.attachShadow({ mode: 'open' });
    await nextFrame();
    await nextFrame();
    expect(found).toEqual([root]);
    late.stop();
  });

  it('stops looking once stopped', async () => {
    const found: ShadowRoot[] = [];
    const late = createLateShadowRoots((root) => found.push(root));
    const host = document.createElement('x-card');
    document.body.append(host);
    late.offer(host);
    late.stop();
    host.attachShadow({ mode: 'open' });
    await nextFrame();
    await nextFrame();
    expect(found).toEqual([]);
  });
});
