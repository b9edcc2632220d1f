import { percentile, round } from './measure.ts';

export type Answer = { ok: boolean; status: number; body: string };
/**
 * One virtual user's next request: its group (`read`, `write`) and kind (the endpoint), each of
 * which gets its own figures, and the request itself, its answer read.
 */
export type Step = { group: string; kind: string; send: (signal: AbortSignal) => Promise<Answer> };
export type VirtualUser = () => Step;

/** A request whose answer is read to the end, so the connection is free for the next one. */
export async function request(url: string, init: RequestInit, signal: AbortSignal): Promise<Answer> {
  const response = await fetch(url, { ...init, signal });
  return { ok: response.ok, status: response.status, body: await response.text() };
}

export type KindFigures = {
  kind: string;
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  /** Statuses other than 2xx, and `timeout` or `network` for requests that got no answer. */
  errorsBy: Record<string, number>;
};

export type LoadFigures = { figures: KindFigures[]; errorSamples: string[] };

/** A request that has had no answer by then counts as an error, so a stalled server cannot stall the run. */
const REQUEST_TIMEOUT_MS = 10_000;

/**
 * A closed loop: each virtual user sends its next request as soon as the last one is answered,
 * like autocannon's connections, but a user may be a reader or a writer with a body of its own and
 * each kind gets its own latencies. Requests answered during the warm-up are not counted.
 */
export async function runClosedLoop(
  users: readonly VirtualUser[],
  { warmupMs, durationMs }: { warmupMs: number; durationMs: number },
): Promise<LoadFigures> {
  const started = performance.now();
  const measureFrom = started + warmupMs;
  const end = measureFrom + durationMs;
  const samples = new Map<string, { latencies: number[]; errorsBy: Record<string, number> }>();
  const errorSamples: string[] = [];
  const record = (step: Step, sentAt: number, outcome: string | null) => {
    const answeredAt = performance.now();
    if (sentAt < measureFrom) return;
    for (const kind of [step.group, `${step.group} ${step.kind}`]) {
      const entry = samples.get(kind) ?? { latencies: [], errorsBy: {} };
      samples.set(kind, entry);
      entry.latencies.push(answeredAt - sentAt);
      if (outcome) entry.errorsBy[outcome] = (entry.errorsBy[outcome] ?? 0) + 1;
    }
  };
  const loop = async (user: VirtualUser) => {
    while (performance.now() < end) {
      const step = user();
      const sentAt = performance.now();
      try {
        const answer = await step.send(AbortSignal.timeout(REQUEST_TIMEOUT_MS));
        record(step, sentAt, answer.ok ? null : String(answer.status));
        if (!answer.ok && errorSamples.length < 5) errorSamples.push(`${step.kind}: ${answer.body.slice(0, 300)}`);
      } catch (error) {
        record(step, sentAt, (error as Error).name === 'TimeoutError' ? 'timeout' : 'network');
      }
    }
  };
  await Promise.all(users.map(loop));
  const seconds = durationMs / 1000;
  const figures = [...samples].map(([kind, { latencies, errorsBy }]) => ({
    kind,
    requests: latencies.length,
    perSecond: round(latencies.length / seconds, 1),
    p50Ms: round(percentile(latencies, 0.5), 1),
    p99Ms: round(percentile(latencies, 0.99), 1),
    maxMs: round(Math.max(...latencies), 1),
    errors: Object.values(errorsBy).reduce((sum, count) => sum + count, 0),
    errorsBy,
  }));
  return { figures: figures.sort((a, b) => a.kind.localeCompare(b.kind)), errorSamples };
}
