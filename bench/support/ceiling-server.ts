import Fastify from 'fastify';

/**
 * The ceiling: a bare Fastify route answering a fixed JSON body as large as the platform's
 * busiest answer. Whatever the platform does beyond that (routing, sessions, the database,
 * validation, serialisation) is what the ratio measures.
 */
const port = Number(process.argv[2]);
const bodyBytes = Number(process.argv[3]);
const body = JSON.stringify({ padding: 'x'.repeat(Math.max(0, bodyBytes - 14)) });
const app = Fastify({ logger: false });
app.get('/ceiling', (_request, reply) => reply.type('application/json').send(body));
await app.listen({ port, host: '127.0.0.1' });
console.log('ready');
