// Open-load generator: requests at a fixed rate, whatever the server's pace (autocannon's rate option sends each
// connection's share of a second back to back and then waits, which is a saturating burst every second). Latency is
// measured from the moment each request was due, so a server that falls behind is charged for it (no coordinated
// omission). Keep-alive connections, at most `connections` at once.
import http from 'node:http';

export async function openLoad({ url, rate, durationSeconds, connections = 64, request }) {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  let non2xx = 0;
  let errors = 0;
  let sent = 0;
  const total = Math.round(rate * durationSeconds);
  const start = performance.now();
  const inflight = new Set();

  const fire = (dueAt) => {
    const { method, path, headers, body } = request();
    const p = new Promise((resolve) => {
      const req = http.request(
        {
          host: target.hostname,
          port: target.port,
          method,
          path,
          headers: { ...headers, 'content-length': Buffer.byteLength(body ?? '') },
          agent,
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - dueAt);
            if (res.statusCode < 200 || res.statusCode >= 300) non2xx += 1;
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors += 1;
        resolve();
      });
      req.end(body);
    });
    inflight.add(p);
    p.then(() => inflight.delete(p));
  };

  await new Promise((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate));
      while (sent < due) {
        fire(start + (sent * 1000) / rate);
        sent += 1;
      }
      if (sent >= total) resolve();
      else setTimeout(tick, 1);
    };
    tick();
  });
  await Promise.all(inflight);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] * 10) / 10;
  return {
    title: `${request().method} ${request().path} at ${rate} req/s (open load)`,
    rate,
    durationSeconds,
    completed: latencies.length,
    achievedPerSecond: Math.round(latencies.length / ((performance.now() - start) / 1000)),
    latencyMs: {
      p50: at(0.5),
      p95: at(0.95),
      p99: at(0.99),
      max: Math.round(latencies[latencies.length - 1] * 10) / 10,
    },
    non2xx,
    errors,
  };
}
