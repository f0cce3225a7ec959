import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AskPipeline } from '../ask/pipeline.js';
import { askInput } from '../ask/types.js';
import { errorFields, logger, textFields } from '../log.js';
import { readJson } from './errors.js';
import { boundQuestion } from './middleware/bounded-question.js';

/** The validated question with meaningless repetition cut before it costs CPU (issue 14). */
const readQuestion = async (c: Parameters<typeof readJson>[0]) => {
  const input = await readJson(c, askInput);
  return { ...input, question: boundQuestion(input.question) };
};

export function askRoutes(pipeline: AskPipeline) {
  return new Hono()
    .post('/ask', async (c) => {
      const input = await readQuestion(c);
      const answer = await pipeline.ask(input);
      logger.info({ question: textFields(input.question), persona: input.persona, confidence: answer.confidence }, 'vraag beantwoord');
      return c.json(answer);
    })
    .post('/ask/stream', async (c) => {
      const input = await readQuestion(c);
      return streamSSE(c, async (stream) => {
        try {
          for await (const event of pipeline.stream(input)) {
            await stream.writeSSE({ event: event.event, data: JSON.stringify(event.data) });
          }
        } catch (err) {
          logger.error({ err: errorFields(err), question: textFields(input.question) }, 'antwoordstroom mislukt');
          await stream.writeSSE({
            event: 'error',
            data: JSON.stringify({ code: 'interne-fout', message: 'Het antwoord kon niet worden gemaakt. Probeer het opnieuw.' }),
          });
        }
      });
    });
}
