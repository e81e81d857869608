import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startBlackholeProxy, type BlackholeProxy } from '../../e2e/harness/blackhole-proxy';

/** Sends a CONNECT, waits for the refusal, then resets the connection as a browser may. */
function connectAndReset(proxyUrl: string): Promise<string> {
  const { port } = new URL(proxyUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () =>
      socket.write('CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n'),
    );
    socket.on('error', reject);
    socket.once('data', (data) => {
      socket.resetAndDestroy();
      // Give the proxy's side of the socket time to see the reset.
      setTimeout(() => resolve(data.toString('latin1')), 100);
    });
  });
}

describe('the blackhole proxy of the browser tests', () => {
  let proxy: BlackholeProxy | undefined;
  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
  });

  it('refuses a tunnel and survives the browser resetting it', async () => {
    proxy = await startBlackholeProxy();
    const errors: unknown[] = [];
    const record = (error: unknown) => errors.push(error);
    process.on('uncaughtException', record);
    try {
      const answer = await connectAndReset(proxy.url);
      expect(answer).toMatch(/^HTTP\/1\.1 403/u);
      expect(proxy.refused).toEqual(['CONNECT example.org:443']);
      expect(errors).toEqual([]);
    } finally {
      process.off('uncaughtException', record);
    }
  });
});
