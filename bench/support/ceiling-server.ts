import Fastify from 'fastify';

/**
 * The ceiling: a bare Fastify route answering a fixed JSON body as large as the platform's
 * busiest answer (`/ceiling`), or as large as the path says (`/ceiling/<bytes>`, to match one
 * answer). Whatever the platform does beyond that (routing, sessions, the database, validation,
 * serialisation) is what the ratio measures.
 */
const port = Number(process.argv[2]);
const bodyBytes = Number(process.argv[3]);
const bodies = new Map<number, string>();
const bodyOf = (bytes: number) => {
  const known = bodies.get(bytes);
  if (known) return known;
  const body = JSON.stringify({ padding: 'x'.repeat(Math.max(0, bytes - 14)) });
  bodies.set(bytes, body);
  return body;
};
const app = Fastify({ logger: false });
app.get('/ceiling', (_request, reply) => reply.type('application/json').send(bodyOf(bodyBytes)));
app.get('/ceiling/:bytes', (request, reply) =>
  reply.type('application/json').send(bodyOf(Math.min(Number((request.params as { bytes: string }).bytes), 1e7))),
);
await app.listen({ port, host: '127.0.0.1' });
console.log('ready');
