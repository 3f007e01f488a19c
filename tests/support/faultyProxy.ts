// A TCP proxy between a device and the hub that can break one exchange on
// purpose: cut a request half-way (a hub killed while receiving a push), cut
// the hub's answer after some bytes (a connection lost mid-pull), or call
// back when the hub starts answering (to kill the hub after it committed a
// push but before the device heard so). Requests are recognised by their
// first line, e.g. "GET /v1/pull".
import net from 'node:net';

export type Fault =
  | { kind: 'cut-answer'; afterBytes: number }
  /** Forwards half of the request's first chunk, runs `then` (e.g. kills the hub) and drops the connection. */
  | { kind: 'cut-request'; then: () => void }
  /** Holds the answer back, runs `then` (e.g. kills the hub) and drops the connection. */
  | { kind: 'drop-answer'; then: () => void };

export interface FaultyProxy {
  url: string;
  /** Breaks the next request whose first line starts with `requestLine`. */
  breakNext(requestLine: string, fault: Fault): void;
  /** Points the proxy at another hub address (after a restart). */
  retarget(port: number): void;
  close(): Promise<void>;
}

export function startFaultyProxy(targetPort: number): Promise<FaultyProxy> {
  let target = targetPort;
  let pending: { requestLine: string; fault: Fault } | null = null;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    const upstream = net.connect(target, '127.0.0.1');
    sockets.add(upstream);
    let fault: Fault | null = null;
    let answered = 0;
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('data', (chunk: Buffer) => {
      if (pending && chunk.toString('latin1').startsWith(pending.requestLine)) {
        fault = pending.fault;
        pending = null;
      }
      if (fault?.kind === 'cut-request') {
        const { then } = fault;
        upstream.write(chunk.subarray(0, chunk.length >> 1), () => {
          then();
          end();
        });
        return;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (fault?.kind === 'drop-answer') {
        fault.then();
        end();
        return;
      }
      if (fault?.kind === 'cut-answer' && answered + chunk.length >= fault.afterBytes) {
        client.write(chunk.subarray(0, Math.max(0, fault.afterBytes - answered)), end);
        return;
      }
      answered += chunk.length;
      client.write(chunk);
    });
    client.on('error', end);
    upstream.on('error', end);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        breakNext: (requestLine, fault) => {
          pending = { requestLine, fault };
        },
        retarget: (port) => {
          target = port;
        },
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
