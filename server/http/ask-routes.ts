import { createHash, randomBytes } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { streamSSE } from 'hono/streaming';
import type { AskPipeline } from '../ask/pipeline.js';
import { askInput } from '../ask/types.js';
import { errorFields, logger, textFields } from '../log.js';
import type { AuthEnv } from './auth-routes.js';
import { readJson, RequestCancelled } from './errors.js';
import { requestSignal } from './middleware/deadline.js';
import { boundQuestion } from './middleware/bounded-question.js';

/** The validated question with meaningless repetition cut before it costs CPU (issue 14). */
const readQuestion = async (c: Parameters<typeof readJson>[0]) => {
  const input = await readJson(c, askInput);
  return { ...input, question: boundQuestion(input.question) };
};

const CONVERSATION_COOKIE = 'ww_gesprek';

/**
 * Who owns the conversations of this request: the signed-in user, else this browser. A browser without our cookie
 * gets a random one (HttpOnly, SameSite=Strict; `__Host-` behind HTTPS), so a conversation id alone, seen in a log,
 * a feedback row or over a shoulder, never continues someone else's conversation. Clients without cookies (curl)
 * keep the cookie (`-c`/`-b`) or use an API token to continue a conversation.
 */
function conversationOwner(c: Context<AuthEnv>, secure: boolean): string {
  const user = c.get('user');
  if (user) return `gebruiker:${user.id}`;
  const name = secure ? `__Host-${CONVERSATION_COOKIE}` : CONVERSATION_COOKIE;
  let value = getCookie(c, name);
  if (!value || !/^[A-Za-z0-9_-]{32,64}$/.test(value)) {
    value = randomBytes(24).toString('base64url');
    setCookie(c, name, value, { httpOnly: true, sameSite: 'Strict', path: '/', secure });
  }
  return `browser:${createHash('sha256').update(value).digest('base64url')}`;
}

export function askRoutes(pipeline: AskPipeline, opts: { secureCookies?: boolean } = {}) {
  const owner = (c: Context<AuthEnv>) => conversationOwner(c, opts.secureCookies ?? false);
  return new Hono<AuthEnv>()
    .post('/ask', async (c) => {
      const input = await readQuestion(c);
      const answer = await pipeline.ask(input, owner(c), requestSignal(c));
      logger.info({ question: textFields(input.question), persona: input.persona, confidence: answer.confidence }, 'vraag beantwoord');
      return c.json(answer);
    })
    .post('/ask/stream', async (c) => {
      const input = await readQuestion(c);
      const signal = requestSignal(c);
      const events = pipeline.stream(input, owner(c), signal);
      // The first step runs before the stream opens, so a refused conversation is a plain 404, not an SSE error.
      const first = await events.next();
      return streamSSE(c, async (stream) => {
        try {
          for (let e = first; !e.done; e = await events.next()) {
            const event = e.value;
            await stream.writeSSE({ event: event.event, data: JSON.stringify(event.data) });
          }
        } catch (err) {
          // The client went away: nobody reads the rest, and nothing went wrong on our side.
          if (err instanceof RequestCancelled || signal.aborted) return;
          logger.error({ err: errorFields(err), question: textFields(input.question) }, 'antwoordstroom mislukt');
          await stream.writeSSE({
            event: 'error',
            data: JSON.stringify({ code: 'interne-fout', message: 'Het antwoord kon niet worden gemaakt. Probeer het opnieuw.' }),
          });
        }
      });
    });
}
